using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Inspections;
using EnforcementPortal.Domain.Parties;

namespace EnforcementPortal.UnitTests.Inspections;

/// <summary>编制年度检查计划 (住建部 建法〔2025〕40号 (八)): the lines of a plan, revising a draft, the plan's timeline.</summary>
public class PlanDrafting
{
    private static readonly Actor Chief = new(Guid.Parse("3c1b8f0e-6a51-4f0b-9d0a-000000000009"), "王志强");
    private static readonly DateTime Now = new(2026, 11, 16, 10, 0, 0);

    private static InspectionPlan Draft() => InspectionPlan.Draft(Guid.NewGuid(), DepartmentCode.Safety, 2027,
    [
        new PlanTaskDraft(1, PartyKind.Contractor, 6, "在建工地安全生产检查"),
        new PlanTaskDraft(2, PartyKind.Contractor, 4, "起重机械专项检查"),
    ], Chief, Now);

    [Fact]
    public void ALineDuplicatedIsRefusedNamingBothRows()
    {
        var refusal = Should.Throw<DomainException>(() => InspectionPlan.Draft(Guid.NewGuid(), DepartmentCode.Safety, 2027,
        [
            new PlanTaskDraft(1, PartyKind.Contractor, 6, "在建工地安全生产检查"),
            new PlanTaskDraft(2, PartyKind.Contractor, 2, "起重机械专项检查"),
            new PlanTaskDraft(1, PartyKind.Contractor, 3, " 在建工地安全生产检查 "),
        ], Chief, Now));

        refusal.Message.ShouldBe("第3行与第1行重复（同一季度、同类单位、同一检查内容），请合并为一行。");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(InspectionPlan.MaxCount + 1)]
    public void ACountThatIsNotAPositiveNumberIsRefused(int count)
    {
        Should.Throw<DomainException>(() => InspectionPlan.CheckTasks([new PlanTaskDraft(1, PartyKind.Contractor, 2, "检查"), new PlanTaskDraft(3, PartyKind.Contractor, count, "检查")]))
            .Message.ShouldBe($"第2行：检查家数须为1至{InspectionPlan.MaxCount}之间的正整数。");
    }

    [Fact]
    public void AQuarterOutsideOneToFourAndAnEmptyPlanAreRefused()
    {
        Should.Throw<DomainException>(() => InspectionPlan.CheckTasks([new PlanTaskDraft(5, PartyKind.Contractor, 2, "检查")])).Message.ShouldBe("第1行：季度须为第1至第4季度。");
        Should.Throw<DomainException>(() => InspectionPlan.CheckTasks([])).Message.ShouldBe("年度检查计划至少须有一项检查任务。");
        Should.Throw<DomainException>(() => InspectionPlan.Draft(Guid.NewGuid(), DepartmentCode.Safety, 2029, [new PlanTaskDraft(1, PartyKind.Contractor, 2, "检查")], Chief, Now))
            .Message.ShouldContain("上一年度至下一年度");
    }

    [Fact]
    public void ADraftIsRevisedKeepingTheIdsOfUnchangedLinesAndEachChangeIsOnTheTimeline()
    {
        var plan = Draft();
        var kept = plan.Tasks.Single(t => t.Quarter == 1);

        plan.Revise(
        [
            new PlanTaskDraft(1, PartyKind.Contractor, 8, "在建工地安全生产检查"),
            new PlanTaskDraft(4, PartyKind.Contractor, 3, "冬季施工安全检查"),
        ], Chief, Now.AddHours(1));

        plan.Tasks.Count.ShouldBe(2);
        plan.Tasks.Single(t => t.Quarter == 1).Id.ShouldBe(kept.Id, "a line whose quarter, kind and subject stay is the same task");
        plan.Tasks.Single(t => t.Quarter == 1).Count.ShouldBe(8);
        plan.PlannedTotal.ShouldBe(11);
        plan.Version.ShouldBe(1);
        plan.Events.Count.ShouldBe(2);
        plan.Events[0].Summary.ShouldStartWith("编制2027年度检查计划");
        plan.Events[1].Summary.ShouldContain("修改年度检查计划");
        plan.Events[1].Summary.ShouldContain("计划检查11家次");
        plan.Events[1].ActorName.ShouldBe("王志强");
    }

    [Fact]
    public void AnApprovedPlanIsNoLongerRevised()
    {
        var plan = Draft();
        plan.Approve(Chief, Now.AddHours(1));

        Should.Throw<DomainException>(() => plan.Revise([new PlanTaskDraft(1, PartyKind.Contractor, 1, "检查")], Chief, Now.AddHours(2)))
            .Message.ShouldBe("年度检查计划已批准，不能再修改。");
        plan.Events[^1].Summary.ShouldStartWith("批准2027年度检查计划");
        plan.PlannedTotal.ShouldBe(10);
    }
}
