using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>
/// A step the lifecycle does not offer in the case's state (a stale page, a crafted request) is refused with
/// <see cref="ActionNotPermittedException"/> and leaves the case exactly as it was.
/// </summary>
public class CaseActionsOutOfTurn
{
    /// <summary>A procedure that brings a case of every department into each state (but the transient Inspected).</summary>
    public static TheoryData<DepartmentCode, CaseState, string> States
    {
        get
        {
            var data = new TheoryData<DepartmentCode, CaseState, string>();
            foreach (var department in Enum.GetValues<DepartmentCode>())
            {
                var safety = department == Safety;
                data.Add(department, CaseState.AwaitingNotice, "");
                data.Add(department, CaseState.Rectifying, "下发整改通知书");
                data.Add(department, CaseState.AwaitingReview, "下发整改通知书 → 整改回复");
                data.Add(department, CaseState.AwaitingInterview, "下发整改通知书 → 整改回复 → 复查：整改未到位");
                data.Add(department, CaseState.AwaitingTransfer, "下发整改通知书 → 整改回复 → 复查：不配合 → " + (safety ? "同步下发整改通知书 → " : "") + "约谈：仍不配合");
                data.Add(department, CaseState.TransferPendingApproval, "同步下发整改通知书 → 约谈：仍不配合 → 提请移交");
                data.Add(department, CaseState.Transferred, "同步下发整改通知书 → 约谈：仍不配合 → 提请移交 → 法制审核：同意 → 批准移交");
                data.Add(department, CaseState.AwaitingDisposal, "同步下发整改通知书 → 约谈：仍不配合 → 提请移交 → 法制审核：同意 → 批准移交 → 立案");
                data.Add(department, CaseState.Concluded, "下发整改通知书 → 整改回复 → 复查：整改到位");
                data.Add(department, CaseState.Archived, "下发整改通知书 → 整改回复 → 复查：整改到位 → 归档");
                if (!DepartmentPolicy.For(department).NoViolationArchives)
                {
                    data.Add(department, CaseState.Ended, "未发现问题");
                }
            }

            return data;
        }
    }

    [Fact]
    public void ArchivingWhileTheNoticeIsBeingRectifiedIsRefusedAndChangesNothing()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(2).Open().IssueNotice();
        var enforcementCase = scenario.Case;
        var before = Snapshot.Of(enforcementCase);

        var refusal = Should.Throw<ActionNotPermittedException>(() => enforcementCase.Archive(Bureau.Officer1, scenario.Now, Bureau.Calendar));

        refusal.Message.ShouldBe("案件当前状态为“整改中”，不能执行“归档结案”。请刷新页面查看最新状态。");
        refusal.UnmetGuards.ShouldBeEmpty();
        Snapshot.Of(enforcementCase).ShouldBe(before);
        enforcementCase.State.ShouldBe(CaseState.Rectifying);
    }

    [Fact]
    public void ApprovingATransferNobodyRequestedIsRefused()
    {
        var scenario = CaseBuilder.For(Quality).WithGeneralFindings(1).Open().IssueNotice().Reply();
        var before = Snapshot.Of(scenario.Case);

        var refusal = Should.Throw<ActionNotPermittedException>(() => scenario.Case.ApproveTransfer(Bureau.Chief, scenario.Now, Bureau.Calendar));

        refusal.Message.ShouldBe("案件当前状态为“待复查”，不能执行“批准移交”。请刷新页面查看最新状态。");
        Snapshot.Of(scenario.Case).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(States))]
    public void EveryStepTheStateDoesNotOfferIsRefusedAndChangesNothing(DepartmentCode department, CaseState state, string procedure)
    {
        var scenario = Reach(department, procedure);
        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(state);
        var offered = enforcementCase.AvailableActions(scenario.Today).Select(a => a.Action).ToHashSet();
        var notOffered = Steps.Keys.Where(a => !offered.Contains(a)).ToList();
        notOffered.ShouldNotBeEmpty();

        foreach (var action in notOffered)
        {
            var before = Snapshot.Of(enforcementCase);

            var refusal = Should.Throw<ActionNotPermittedException>(() => Steps[action](scenario), $"{CaseNames.Of(action)} in {state}");

            refusal.Message.ShouldBe($"案件当前状态为“{CaseNames.Of(state)}”，不能执行“{CaseNames.Of(action)}”。请刷新页面查看最新状态。");
            refusal.UnmetGuards.ShouldBeEmpty();
            enforcementCase.CanDo(action, scenario.Today).ShouldBeFalse();
            Snapshot.Of(enforcementCase).ShouldBe(before, $"{CaseNames.Of(action)} in {state} changed the case");
        }
    }

    private static CaseScenario Reach(DepartmentCode department, string procedure) => procedure switch
    {
        "未发现问题" => CaseBuilder.For(department).WithoutFindings().Open(),
        _ when procedure.StartsWith("同步下发整改通知书", StringComparison.Ordinal) =>
            CaseBuilder.For(department).WithSeriousFindings(1).Open().Follow(procedure),
        _ => CaseBuilder.For(department).WithGeneralFindings(2).Open().Follow(procedure),
    };

    /// <summary>Every public step of the aggregate, tried with plausible data at the scenario's clock.</summary>
    private static readonly Dictionary<CaseAction, Action<CaseScenario>> Steps = new()
    {
        [CaseAction.IssueNotice] = s => s.Case.IssueNotice(s.NoticeDraft(), s.Actor, s.Now, Bureau.Calendar),
        [CaseAction.RecordReply] = s => s.Case.RecordReply(s.ReplyDraft(), s.Actor, s.Now, Bureau.Calendar),
        [CaseAction.RecordNoReply] = s => s.Case.RecordNoReply(s.Actor, s.Now.AddDays(200), Bureau.Calendar),
        [CaseAction.ReviewPassed] = s => s.Case.RecordReview(s.ReviewDraft(ReviewOutcome.Rectified), s.Actor, s.Now, Bureau.Calendar),
        [CaseAction.ReviewFailed] = s => s.Case.RecordReview(s.ReviewDraft(ReviewOutcome.NotRectified), s.Actor, s.Now, Bureau.Calendar),
        [CaseAction.InterviewCooperative] = s => s.Case.RecordInterview(s.InterviewDraft(InterviewOutcome.Cooperative), s.Actor, s.Now, Bureau.Calendar),
        [CaseAction.InterviewRefused] = s => s.Case.RecordInterview(s.InterviewDraft(InterviewOutcome.Refused), s.Actor, s.Now, Bureau.Calendar),
        [CaseAction.RequestTransfer] = s => s.Case.RequestTransfer(s.TransferDraft(), s.Actor, s.Now),
        [CaseAction.ApproveTransfer] = s => s.Case.ApproveTransfer(Bureau.Chief, s.Now, Bureau.Calendar),
        [CaseAction.ReturnTransfer] = s => s.Case.ReturnTransfer(Bureau.Chief, "材料不全", s.Now, Bureau.Calendar),
        [CaseAction.FilingAccepted] = s => s.Case.RecordFiling(FilingDecision.Filed, s.Today, "立案号", s.Actor, s.Now, Bureau.Calendar),
        [CaseAction.FilingDeclined] = s => s.Case.RecordFiling(FilingDecision.NotFiled, s.Today, "不予立案理由", s.Actor, s.Now, Bureau.Calendar),
        [CaseAction.RecordDisposal] = s => s.Case.RecordDisposal(s.Today, s.Today, "罚款", s.Actor, s.Now, Bureau.Calendar),
        [CaseAction.Archive] = s => s.Case.Archive(s.Actor, s.Now, Bureau.Calendar),
    };
}
