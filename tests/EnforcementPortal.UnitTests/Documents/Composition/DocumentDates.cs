using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.UnitTests.Documents.Composition.CompositionFixtures;

namespace EnforcementPortal.UnitTests.Documents.Composition;

/// <summary>
/// A document is dated by the act it records, whenever its PDF is produced: a 2024 inspection's 检查通知书 printed in
/// 2026 still reads 2024, and producing it again changes neither its date nor its text.
/// </summary>
public sealed class DocumentDates
{
    private static readonly DocumentIssue GeneratedIn2026 = new(Code, "https://zjj.yining.gov.cn/verify/K7QM-3XTP", new DateOnly(2026, 11, 20));

    [Theory]
    [InlineData(EnforcementDocumentKind.InspectionNotice)]
    [InlineData(EnforcementDocumentKind.InspectionRecord)]
    public void TheInspectionDocumentsOfA2024InspectionAreDatedOnTheInspectionDay(EnforcementDocumentKind kind)
    {
        var c = CaseBuilder.For(DepartmentCode.Quality).WithGeneralFindings(1).InspectedAt(new DateTime(2024, 5, 14, 10, 0, 0)).Open().IssueNotice().Case;

        var definition = CaseDocumentComposer.Compose(Source(c), new DocumentRequest(kind), GeneratedIn2026);
        var text = Text(Renderer.RenderPdf(definition));

        definition.DocumentDate.ShouldBe(new DateOnly(2024, 5, 14));
        text.ShouldContain("2024年5月14日");
        text.ShouldNotContain("2026年11月20日");
    }

    [Fact]
    public void TheInspectionNoticesSealCarriesTheInspectionDay()
    {
        var c = CaseBuilder.For(DepartmentCode.Housing).WithGeneralFindings(1).InspectedAt(new DateTime(2024, 5, 14, 10, 0, 0)).Open().Case;

        var definition = CaseDocumentComposer.InspectionNotice(Source(c), GeneratedIn2026);

        definition.Blocks.OfType<Domain.Documents.Layout.SignatureBlock>().Single().Date.ShouldBe("2024年5月14日");
    }

    [Fact]
    public void ProducingADocumentAgainGivesTheSameTextAndDate()
    {
        var c = Transferred(DepartmentCode.Safety);
        foreach (var available in CaseDocumentComposer.Available(c).Where(a => a.Kind != EnforcementDocumentKind.ArchiveVolume))
        {
            var request = new DocumentRequest(available.Kind, available.SubjectId);
            var first = CaseDocumentComposer.Compose(Source(c), request, Issue);
            var later = CaseDocumentComposer.Compose(Source(c), request, Issue with { IssuedOn = Issue.IssuedOn.AddYears(1) });

            Text(Renderer.RenderPdf(later)).ShouldBe(Text(Renderer.RenderPdf(first)), available.Title);
            later.DocumentDate.ShouldBe(first.DocumentDate, available.Title);
        }
    }

    [Fact]
    public void TheInterviewNoticeIsDatedItsOwnIssueDayBeforeTheInterviewAndNamesTheInterviewDateAndPlace()
    {
        var c = Transferred(DepartmentCode.Housing);
        var interview = c.Interviews[0];

        var definition = CaseDocumentComposer.InterviewNotice(Source(c), interview, Issue);
        var text = Text(Renderer.RenderPdf(definition));

        definition.DocumentDate.ShouldBe(interview.NoticeIssuedOn);
        definition.DocumentDate!.Value.ShouldBeLessThan(DateOnly.FromDateTime(interview.HeldAt));
        definition.Blocks.OfType<Domain.Documents.Layout.SignatureBlock>().Single().Date.ShouldBe(CaseDocumentComposer.Date(interview.NoticeIssuedOn));
        text.ShouldContain(Squeeze(CaseDocumentComposer.DateTime(interview.HeldAt)));
        text.ShouldContain(Squeeze(interview.Place));
    }

    [Fact]
    public void TheInterviewRecordIsDatedOnTheInterviewDay()
    {
        var c = Transferred(DepartmentCode.Housing);
        var interview = c.Interviews[0];

        CaseDocumentComposer.InterviewRecord(Source(c), interview, GeneratedIn2026).DocumentDate.ShouldBe(DateOnly.FromDateTime(interview.HeldAt));
    }
}
