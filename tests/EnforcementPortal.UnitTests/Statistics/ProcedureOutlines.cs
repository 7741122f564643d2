using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Disclosure;

namespace EnforcementPortal.UnitTests.Statistics;

/// <summary>办理流程 of the public service guide, read from each department's lifecycle machine.</summary>
public sealed class ProcedureOutlines
{
    [Fact]
    public void TheOutlineStartsAtTheInspectionAndEndsInTheArchive()
    {
        var steps = ProcedureOutline.For(DepartmentCode.Housing);

        steps[0].State.ShouldBe(CaseState.Inspected);
        steps.Single(s => s.State == CaseState.Archived).IsFinal.ShouldBeTrue();
        steps.Single(s => s.State == CaseState.AwaitingNotice).Transitions.Single().ActionName.ShouldBe("下发整改通知书");
    }

    [Fact]
    public void NoViolationEndsForHousingAndArchivesForConstructionManagement()
    {
        To(DepartmentCode.Housing, CaseState.Inspected, CaseAction.DetermineNoViolation).ShouldBe(CaseState.Ended);
        To(DepartmentCode.ConstructionManagement, CaseState.Inspected, CaseAction.DetermineNoViolation).ShouldBe(CaseState.Archived);
    }

    [Fact]
    public void ConstructionManagementTransfersASeriousCaseDirectlyAndSaysSo()
    {
        var interview = ProcedureOutline.For(DepartmentCode.ConstructionManagement).Single(s => s.State == CaseState.AwaitingInterview);

        var cooperative = interview.Transitions.Where(t => t.Action == CaseAction.InterviewCooperative).ToList();
        cooperative.Select(t => t.To).ShouldBe([CaseState.Rectifying, CaseState.AwaitingTransfer], ignoreOrder: true);
        cooperative.Single(t => t.To == CaseState.AwaitingTransfer).Conditions.ShouldContain(CaseLifecycle.GuardSeriousStraightToTransfer);
    }

    [Fact]
    public void TheApprovalStepNamesItsCondition()
    {
        var approval = ProcedureOutline.For(DepartmentCode.Quality).Single(s => s.State == CaseState.TransferPendingApproval);

        approval.Transitions.Single(t => t.Action == CaseAction.ApproveTransfer).Conditions.ShouldBe([CaseLifecycle.GuardCitesPenaltyMatter, CaseLifecycle.GuardLegalReviewBeforeApproval]);
    }

    [Fact]
    public void TheNoticeIssuedWithTheInterviewIsShownWithinTheInterviewStep()
    {
        var interview = ProcedureOutline.For(DepartmentCode.Safety).Single(s => s.State == CaseState.AwaitingInterview);

        var notice = interview.Transitions.Single(t => t.Action == CaseAction.IssueNotice);
        notice.IsWithinStep.ShouldBeTrue();
        notice.Conditions.ShouldBe([CaseLifecycle.GuardNoticeNotYetIssued]);
    }

    private static CaseState To(DepartmentCode department, CaseState from, CaseAction action) =>
        ProcedureOutline.For(department).Single(s => s.State == from).Transitions.Single(t => t.Action == action).To;
}
