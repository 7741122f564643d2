using System.Reflection;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.UnitTests.Documents.Composition.CompositionFixtures;

namespace EnforcementPortal.UnitTests.Documents.Composition;

/// <summary>整改要求 numbered once; findings in item order whatever order the store returned them in.</summary>
public sealed class NumberingAndOrder
{
    [Fact]
    public void RequirementsTheOfficerNumberedAreNumberedOnce()
    {
        var scenario = CaseBuilder.For(DepartmentCode.Safety).WithGeneralFindings(2).Open();
        scenario.IssueNotice(scenario.NoticeDraft() with { Requirements = "1. 立即设置临边防护栏杆；\n2、补办安全技术交底\n（3）1.5米以上作业佩戴安全带" });
        var c = scenario.Case;

        var text = Text(Renderer.RenderPdf(CaseDocumentComposer.RectificationNotice(Source(c), c.Notices[0], Issue)));

        CaseDocumentComposer.RequirementLines(c.Notices[0].Requirements).ShouldBe(["立即设置临边防护栏杆；", "补办安全技术交底", "1.5米以上作业佩戴安全带"]);
        text.ShouldContain("1.立即设置临边防护栏杆；");
        text.ShouldNotContain("1.1.");
        text.ShouldNotContain("2.2、");
        text.ShouldContain("3.1.5米以上作业佩戴安全带");
    }

    [Fact]
    public void FindingsPrintInItemOrderWhateverOrderTheyWereLoadedIn()
    {
        var c = CaseBuilder.For(DepartmentCode.Safety).WithGeneralFindings(5).Open().IssueNotice().Case;
        Shuffle(c);

        c.Findings.Select(f => f.Number).ShouldBe([1, 2, 3, 4, 5]);
        var text = Text(Renderer.RenderPdf(CaseDocumentComposer.InspectionRecord(Source(c), Issue)));
        var positions = c.Findings.Select(f => text.IndexOf(Squeeze($"{f.Number}. {f.Description}"), StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBeInOrder();
    }

    /// <summary>The order a database may return an owned collection in (by a random key): 2, 4, 1, 5, 3.</summary>
    private static void Shuffle(EnforcementCase c)
    {
        var field = typeof(EnforcementCase).GetField("_findings", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var list = (List<Finding>)field.GetValue(c)!;
        var shuffled = new[] { 2, 4, 1, 5, 3 }.Select(n => list.Single(f => f.Number == n)).ToList();
        list.Clear();
        list.AddRange(shuffled);
    }
}
