using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Disclosure;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>
/// A step is one change of the case: one new version, however many timeline entries it adds (the step and its evidence).
/// The day of a step reaches the guard that needs it as a trigger parameter, so the same case answers for any day asked.
/// The stages of the procedure are superstates of the machine, never a case's state.
/// </summary>
public class OneMachinePerStep
{
    [Fact]
    public void EveryStepOfATransferredCaseAddsExactlyOneVersion()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(2).Open();
        scenario.Case.Version.ShouldBe(1, "opening (inspection and determination) is one step");
        var steps = new (string Name, Action Step)[]
        {
            ("下发整改通知书", () => scenario.IssueNotice()),
            ("整改回复", () => scenario.Reply()),
            ("复查：未到位", () => scenario.ReviewFailed()),
            ("约谈：拒不配合", () => scenario.InterviewRefused()),
            ("提请移交", () => scenario.RequestTransfer()),
            ("法制审核：同意", () => scenario.LegalReviewAgreed()),
            ("批准移交", () => scenario.ApproveTransfer()),
            ("立案反馈", () => scenario.FilingAccepted()),
            ("处置结果", () => scenario.Disposal()),
            ("归档", () => scenario.Archive()),
        };

        foreach (var (name, step) in steps)
        {
            var before = scenario.Case.Version;
            step();
            scenario.Case.Version.ShouldBe(before + 1, name);
        }
    }

    [Fact]
    public void AReplyWithItsMaterialsIsOneVersionAndTheFilesAreBoundToTheReply()
    {
        var scenario = CaseBuilder.For(Safety).WithGeneralFindings(1).Open().IssueNotice();
        var (versionBefore, eventsBefore) = (scenario.Case.Version, scenario.Case.Events.Count);

        var reply = scenario.Case.RecordReply(scenario.ReplyDraft(), scenario.Actor, scenario.Now, Bureau.Calendar, [File(scenario, "整改回执.pdf", EvidenceStep.Reply), File(scenario, "整改后照片.jpg", EvidenceStep.Reply)]);

        scenario.Case.Version.ShouldBe(versionBefore + 1);
        scenario.Case.Events.Count.ShouldBe(eventsBefore + 3);
        scenario.Case.Events[eventsBefore].Action.ShouldBe(CaseAction.RecordReply);
        scenario.Case.Evidence.Where(e => e.Step == EvidenceStep.Reply).ShouldAllBe(e => e.StepId == reply.Id);
        scenario.Case.Evidence.Count(e => e.Step == EvidenceStep.Reply).ShouldBe(2);
        scenario.Case.VerifyTimeline().IsIntact.ShouldBeTrue();
    }

    [Fact]
    public void SeveralUploadsAtOnceAreOneVersion()
    {
        var scenario = CaseBuilder.For(Quality).WithGeneralFindings(1).Open().IssueNotice();
        var versionBefore = scenario.Case.Version;

        scenario.Case.AttachEvidence([File(scenario, "a.jpg"), File(scenario, "b.jpg"), File(scenario, "c.jpg")], scenario.Actor, scenario.Now);

        scenario.Case.Version.ShouldBe(versionBefore + 1);
        scenario.Case.Evidence.Count.ShouldBe(3);
    }

    [Fact]
    public void TheSameCaseAnswersForTheDayItIsAskedAbout()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).Open().IssueNotice();
        var deadline = scenario.Case.RectificationDeadline!.Value;

        scenario.Case.CanDo(CaseAction.RecordNoReply, deadline).ShouldBeFalse();
        scenario.Case.CanDo(CaseAction.RecordNoReply, deadline.AddDays(1)).ShouldBeTrue();
        scenario.Case.CanDo(CaseAction.RecordNoReply, deadline).ShouldBeFalse("asking about a later day left nothing behind");
        scenario.Case.AvailableActions(deadline).Single(a => a.Action == CaseAction.RecordNoReply).Reasons.ShouldBe([CaseLifecycle.GuardDeadlinePassed]);
    }

    [Fact]
    public void ARefusedStepChangesNothing()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).Open().IssueNotice();
        var (version, state, events) = (scenario.Case.Version, scenario.Case.State, scenario.Case.Events.Count);

        Should.Throw<ActionNotPermittedException>(() => scenario.Case.RecordNoReply(scenario.Actor, scenario.Now, Bureau.Calendar))
            .Message.ShouldBe($"当前不能{CaseNames.Of(CaseAction.RecordNoReply)}：{CaseLifecycle.GuardDeadlinePassed}。");

        (scenario.Case.Version, scenario.Case.State, scenario.Case.Events.Count).ShouldBe((version, state, events));
    }

    [Fact]
    public void EveryStateAfterTheDeterminationBelongsToOneStage()
    {
        foreach (var state in CaseLifecycle.ProcedureOrder.Where(s => s != CaseState.Inspected))
        {
            CaseLifecycle.Stages.Count(s => s.States.Contains(state)).ShouldBe(1, state.ToString());
        }

        CaseLifecycle.StageOf(CaseState.Inspected).ShouldBeNull();
        CaseLifecycle.StageOf(CaseState.Rectifying).ShouldBe(CaseState.RectificationStage);
        CaseLifecycle.StageOf(CaseState.AwaitingDisposal).ShouldBe(CaseState.TransferStage);
        CaseLifecycle.StageOf(CaseState.Archived).ShouldBe(CaseState.FinishedStage);
        CaseLifecycle.Stages.Select(s => CaseNames.Of(s.Stage)).ShouldBe(["整改阶段", "移交阶段", "已结束（办结、归档）"]);
    }

    [Theory]
    [InlineData(Housing)]
    [InlineData(ConstructionManagement)]
    [InlineData(Safety)]
    public void TheStagesAreDrawnAsBoxesButAreNoStepOfTheProcedure(DepartmentCode department)
    {
        var mermaid = CaseLifecycle.ToMermaid(department);
        foreach (var (stage, _) in CaseLifecycle.Stages)
        {
            mermaid.ShouldContain($"state {stage} {{");
        }

        ProcedureOutline.For(department).ShouldAllBe(step => !CaseLifecycle.IsStage(step.State));
        ProcedureOutline.For(department).SelectMany(step => step.Transitions).ShouldAllBe(t => !CaseLifecycle.IsStage(t.To));
    }

    private static EvidenceFile File(CaseScenario scenario, string name, EvidenceStep step = EvidenceStep.Inspection) =>
        new(Guid.NewGuid(), step, null, null, name, "image/jpeg", 2048, new string('b', 64), "2026/03/04/" + name, scenario.Now, scenario.Actor, null);
}
