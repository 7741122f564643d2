using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Inspections;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.UnitTests.Inspections;

/// <summary>
/// 信用风险等级 drives the 双随机 draw (建法〔2025〕40号 (二) 分级分类监管): each party weighs its grade's recommended
/// inspections a year, the weights are recorded, and the draw still replays from its seed.
/// </summary>
public class GradeWeightedDraw
{
    private static readonly Actor Officer = new(Guid.Parse("3c1b8f0e-6a51-4f0b-9d0a-000000000001"), "马建军");
    private static readonly DateTime Now = new(2026, 11, 16, 10, 0, 0);

    private static readonly List<Guid> GradeAParties = [.. Enumerable.Range(1, 10).Select(i => Guid.Parse($"10000000-0000-0000-0000-{i:000000000000}"))];
    private static readonly List<Guid> GradeDParties = [.. Enumerable.Range(11, 10).Select(i => Guid.Parse($"10000000-0000-0000-0000-{i:000000000000}"))];

    private static readonly Dictionary<Guid, CreditGrade> Grades =
        GradeAParties.Select(p => (p, CreditGrade.A)).Concat(GradeDParties.Select(p => (p, CreditGrade.D))).ToDictionary(x => x.p, x => x.Item2);

    private static List<OfficerOnDuty> Officers =>
        [.. Enumerable.Range(1, 3).Select(n => new OfficerOnDuty(Guid.Parse($"00000000-0000-0000-0000-{n:000000000000}"), $"执法人员{n}", $"650400{n:00000}", new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31)))];

    private static (InspectionPlan Plan, PlanTask Task) Plan()
    {
        var plan = InspectionPlan.Draft(Guid.NewGuid(), DepartmentCode.Safety, 2026, [new PlanTaskDraft(4, PartyKind.Contractor, 4, "冬季施工安全检查")], Officer, new DateTime(2026, 1, 5, 9, 0, 0));
        plan.Approve(Officer, new DateTime(2026, 1, 6, 9, 0, 0));
        return (plan, plan.Tasks[0]);
    }

    [Fact]
    public void TheWeightedDrawRecordsTheGradesWeightsAndReplaysFromItsSeed()
    {
        var (plan, task) = Plan();

        var draw = InspectionDraw.Perform(Guid.NewGuid(), plan, task.Id, [.. GradeAParties, .. GradeDParties], Officers, 20261116, Officer, Now, Grades);

        draw.DrawnParties.Count.ShouldBe(4);
        draw.DrawnParties.Distinct().Count().ShouldBe(4);
        draw.WeightOf(GradeAParties[0]).ShouldBe(CreditGrading.FrequencyOf(CreditGrade.A).PerYear);
        draw.WeightOf(GradeDParties[0]).ShouldBe(CreditGrading.FrequencyOf(CreditGrade.D).PerYear);
        draw.Replays().ShouldBeTrue();

        var again = RandomDraw.RunWeighted(20261116, draw.PartyPool, draw.PartyWeights, 4, draw.OfficerPool, 2);
        again.Parties.ShouldBe(draw.DrawnParties);
        again.Officers.ShouldBe(draw.DrawnOfficers);
    }

    [Fact]
    public void OverManySeedsGradeDPartiesAreDrawnMoreOftenThanGradeAParties()
    {
        var (plan, task) = Plan();
        int drawnA = 0, drawnD = 0;
        for (var seed = 1L; seed <= 500; seed++)
        {
            var draw = InspectionDraw.Perform(Guid.NewGuid(), plan, task.Id, [.. GradeAParties, .. GradeDParties], Officers, seed, Officer, Now, Grades);
            drawnA += draw.DrawnParties.Count(GradeAParties.Contains);
            drawnD += draw.DrawnParties.Count(GradeDParties.Contains);
        }

        drawnA.ShouldBeGreaterThan(0, "an A party is still drawn now and then");
        drawnD.ShouldBeGreaterThan(drawnA * 3, "D (12 a year) weighs twelve times A (1 a year); equal pools would draw about as many of each");
    }
}
