using EnforcementPortal.Domain.Departments;
using Stateless;

namespace EnforcementPortal.Domain.Cases;

/// <summary>What the lifecycle's guards need to know about a case at the moment a step is asked for.</summary>
internal interface ICaseFacts
{
    /// <summary>The interview of the current round must be accompanied by a notice (serious finding; 安监站 after a failed review).</summary>
    bool InterviewNeedsNotice { get; }

    bool NoticeIssuedForCurrentRound { get; }

    /// <summary>建管科/人防: the current interview is for a serious finding, which is transferred whatever the party says.</summary>
    bool InterviewLeadsStraightToTransfer { get; }

    /// <summary>The deadline of the current rectification term; whether it has passed depends on the step's day, the trigger's parameter.</summary>
    DateOnly? RectificationDeadline { get; }

    bool PendingTransferCitesPenaltyMatter { get; }

    /// <summary>The pending transfer has no 法制审核 opinion 同意 yet (建法〔2025〕40号 (十三)).</summary>
    bool TransferAwaitsLegalReview { get; }

    /// <summary>
    /// The concluded case may not be archived on its rectification alone (建法〔2025〕40号 (九)) until a legal reviewer has
    /// agreed that no penalty is due (or the department reviews every serious finding before closing).
    /// </summary>
    bool ClosingAwaitsLegalReview { get; }
}

/// <summary>
/// The lifecycle machine of one case for one step: built once, asked once whether the step may be taken, fired once,
/// then dropped. The day of the step is not kept anywhere: a trigger whose guard depends on it (登记逾期未回复: the
/// rectification deadline has passed) is a Stateless parameterised trigger and receives the day with the call.
/// </summary>
internal sealed class CaseMachine
{
    private readonly StateMachine<CaseState, CaseAction> _machine;
    private readonly IReadOnlyDictionary<CaseAction, StateMachine<CaseState, CaseAction>.TriggerWithParameters<DateOnly>> _dated;

    internal CaseMachine(StateMachine<CaseState, CaseAction> machine, IReadOnlyDictionary<CaseAction, StateMachine<CaseState, CaseAction>.TriggerWithParameters<DateOnly>> dated)
    {
        _machine = machine;
        _dated = dated;
    }

    /// <summary>Whether <paramref name="action"/> may be taken on <paramref name="day"/>; if not, the descriptions of the unmet guards (null when the state does not handle the action at all).</summary>
    public bool CanFire(CaseAction action, DateOnly day, out ICollection<string> unmetGuards) =>
        _dated.TryGetValue(action, out var dated) ? _machine.CanFire(dated, day, out unmetGuards) : _machine.CanFire(action, out unmetGuards);

    public void Fire(CaseAction action, DateOnly day)
    {
        if (_dated.TryGetValue(action, out var dated))
        {
            _machine.Fire(dated, day);
        }
        else
        {
            _machine.Fire(action);
        }
    }

    public Stateless.Reflection.StateMachineInfo GetInfo() => _machine.GetInfo();
}

/// <summary>
/// The enforcement lifecycle (《伊宁市住建局 执法流程与办事指南》) as one Stateless configuration, varied per department by
/// <see cref="DepartmentPolicy"/>. A machine is built for one case and one step and then dropped. The states are grouped
/// in the procedure's stages (<see cref="Stages"/>: 整改阶段, 移交阶段, 已结束) as Stateless superstates, so that the
/// diagrams read by stage; a stage is never a case's state and has no transitions of its own.
/// </summary>
public static class CaseLifecycle
{
    public const string GuardNoticeWithInterview = "约谈须同步下发整改通知书";
    public const string GuardNoticeNotYetIssued = "仅当本轮约谈须同步下发整改通知书且尚未下发时可下发";
    public const string GuardCooperateRepeatsLoop = "约谈后配合整改：重复“整改-复查”流程";
    public const string GuardSeriousStraightToTransfer = "严重违规：约谈并下发通知书后直接移交城市管理局";
    public const string GuardDeadlinePassed = "整改期限届满后方可登记逾期未回复";
    public const string GuardCitesPenaltyMatter = "移交须引用至少一项行政处罚事项";
    public const string GuardLegalReviewBeforeApproval = "待法制审核：移交须经法制审核同意后方可批准";
    public const string GuardTransferAwaitsLegalReview = "移交申请待法制审核";
    public const string GuardNoRectificationInsteadOfPenalty = "不得以责令改正代替行政处罚：涉及行政处罚事项的，须移交或经法制审核认定不予处罚后方可归档";
    public const string GuardClosingAwaitsLegalReview = "结案待法制审核（是否应予处罚）";

    /// <summary>
    /// The states in the order of the procedure (执法启动 → 现场检查 → 问题判定 → 整改 → 复查 → 约谈 → 移交 → 闭环 → 归档), as the
    /// service guide and docs/lifecycle.md list them. Explicit, so that a state inserted later takes its place here while
    /// its stored value is simply the next free number.
    /// </summary>
    public static IReadOnlyList<CaseState> ProcedureOrder { get; } =
    [
        CaseState.Inspected,
        CaseState.AwaitingNotice,
        CaseState.Rectifying,
        CaseState.AwaitingReview,
        CaseState.AwaitingInterview,
        CaseState.AwaitingTransfer,
        CaseState.TransferPendingApproval,
        CaseState.Transferred,
        CaseState.AwaitingDisposal,
        CaseState.Concluded,
        CaseState.Ended,
        CaseState.Archived,
    ];

    /// <summary>The stages of the procedure and the states in each, in the order of the procedure.</summary>
    public static IReadOnlyList<(CaseState Stage, IReadOnlyList<CaseState> States)> Stages { get; } =
    [
        (CaseState.RectificationStage, [CaseState.AwaitingNotice, CaseState.Rectifying, CaseState.AwaitingReview, CaseState.AwaitingInterview]),
        (CaseState.TransferStage, [CaseState.AwaitingTransfer, CaseState.TransferPendingApproval, CaseState.Transferred, CaseState.AwaitingDisposal]),
        (CaseState.FinishedStage, [CaseState.Concluded, CaseState.Ended, CaseState.Archived]),
    ];

    /// <summary>Whether <paramref name="state"/> is a stage (a superstate that groups states), not a state a case can be in.</summary>
    public static bool IsStage(CaseState state) => Stages.Any(s => s.Stage == state);

    /// <summary>The stage <paramref name="state"/> belongs to, if any (已检查待判定 belongs to none).</summary>
    public static CaseState? StageOf(CaseState state) => Stages.Where(s => s.States.Contains(state)).Select(s => (CaseState?)s.Stage).FirstOrDefault();

    /// <summary>The steps in the order of the procedure, for listing the ways out of a state.</summary>
    public static IReadOnlyList<CaseAction> StepOrder { get; } =
    [
        CaseAction.DetermineNoViolation,
        CaseAction.DetermineGeneral,
        CaseAction.DetermineSerious,
        CaseAction.IssueNotice,
        CaseAction.RecordReply,
        CaseAction.RecordNoReply,
        CaseAction.ReviewPassed,
        CaseAction.ReviewFailed,
        CaseAction.InterviewCooperative,
        CaseAction.InterviewRefused,
        CaseAction.RequestTransfer,
        CaseAction.ApproveTransfer,
        CaseAction.ReturnTransfer,
        CaseAction.FilingAccepted,
        CaseAction.FilingDeclined,
        CaseAction.RecordDisposal,
        CaseAction.LegalReviewAgreed,
        CaseAction.LegalReviewReturned,
        CaseAction.LegalReviewDisagreed,
        CaseAction.Archive,
    ];

    /// <summary>The three opinions of a legal reviewer (法制审核意见: 同意 / 退回补充 / 不同意).</summary>
    public static IReadOnlyList<CaseAction> LegalReviewSteps { get; } =
        [CaseAction.LegalReviewAgreed, CaseAction.LegalReviewReturned, CaseAction.LegalReviewDisagreed];

    internal static CaseMachine Build(Func<CaseState> readState, Action<CaseState> writeState, DepartmentPolicy policy, ICaseFacts facts)
    {
        var machine = new StateMachine<CaseState, CaseAction>(readState, writeState);
        var dated = new Dictionary<CaseAction, StateMachine<CaseState, CaseAction>.TriggerWithParameters<DateOnly>>
        {
            [CaseAction.RecordNoReply] = machine.SetTriggerParameters<DateOnly>(CaseAction.RecordNoReply),
        };
        Configure(machine, policy, facts, dated[CaseAction.RecordNoReply]);
        return new CaseMachine(machine, dated);
    }

    /// <summary>The department's machine in Mermaid notation, for the documentation and the public service guide.</summary>
    public static string ToMermaid(DepartmentCode department)
    {
        var machine = BuildForDiagram(department);
        return Stateless.Graph.MermaidGraph.Format(machine.GetInfo());
    }

    /// <summary>The department's machine in Graphviz DOT notation.</summary>
    public static string ToDot(DepartmentCode department)
    {
        var machine = BuildForDiagram(department);
        return Stateless.Graph.UmlDotGraph.Format(machine.GetInfo());
    }

    private static CaseMachine BuildForDiagram(DepartmentCode department)
    {
        var state = CaseState.Inspected;
        return Build(() => state, s => state = s, DepartmentPolicy.For(department), DrawingFacts.Instance);
    }

    /// <summary>
    /// A machine for reading its shape (diagrams, the public procedure outline): its guards are only labelled, never
    /// evaluated, and its state never changes.
    /// </summary>
    internal static CaseMachine BuildForReading(DepartmentCode department) => BuildForDiagram(department);

    private static void Configure(StateMachine<CaseState, CaseAction> machine, DepartmentPolicy policy, ICaseFacts facts, StateMachine<CaseState, CaseAction>.TriggerWithParameters<DateOnly> recordNoReply)
    {
        foreach (var (stage, states) in Stages)
        {
            // A state the department never reaches (已结束 where 未发现违规 archives at once) is not drawn in its stage.
            foreach (var state in states.Where(s => s != CaseState.Ended || !policy.NoViolationArchives))
            {
                machine.Configure(state).SubstateOf(stage);
            }
        }

        machine.Configure(CaseState.Inspected)
            .Permit(CaseAction.DetermineNoViolation, policy.NoViolationArchives ? CaseState.Archived : CaseState.Ended)
            .Permit(CaseAction.DetermineGeneral, CaseState.AwaitingNotice)
            .Permit(CaseAction.DetermineSerious, CaseState.AwaitingInterview);

        machine.Configure(CaseState.AwaitingNotice)
            .Permit(CaseAction.IssueNotice, CaseState.Rectifying);

        machine.Configure(CaseState.Rectifying)
            .Permit(CaseAction.RecordReply, CaseState.AwaitingReview)
            .PermitIf(recordNoReply, CaseState.AwaitingReview, day => facts.RectificationDeadline is { } deadline && day > deadline, GuardDeadlinePassed);

        machine.Configure(CaseState.AwaitingReview)
            .Permit(CaseAction.ReviewPassed, CaseState.Concluded)
            .Permit(CaseAction.ReviewFailed, CaseState.AwaitingInterview);

        bool NoticeInPlace() => !facts.InterviewNeedsNotice || facts.NoticeIssuedForCurrentRound;

        var interview = machine.Configure(CaseState.AwaitingInterview)
            .InternalTransitionIf(
                CaseAction.IssueNotice,
                _ => facts.InterviewNeedsNotice && !facts.NoticeIssuedForCurrentRound,
                _ => { },
                GuardNoticeNotYetIssued)
            .PermitIf(CaseAction.InterviewRefused, CaseState.AwaitingTransfer, NoticeInPlace, GuardNoticeWithInterview);

        if (policy.SeriousFindingGoesStraightToTransfer)
        {
            interview
                .PermitIf(
                    CaseAction.InterviewCooperative,
                    CaseState.Rectifying,
                    Guard(NoticeInPlace, GuardNoticeWithInterview),
                    Guard(() => !facts.InterviewLeadsStraightToTransfer, GuardCooperateRepeatsLoop))
                .PermitIf(
                    CaseAction.InterviewCooperative,
                    CaseState.AwaitingTransfer,
                    Guard(NoticeInPlace, GuardNoticeWithInterview),
                    Guard(() => facts.InterviewLeadsStraightToTransfer, GuardSeriousStraightToTransfer));
        }
        else
        {
            interview.PermitIf(CaseAction.InterviewCooperative, CaseState.Rectifying, NoticeInPlace, GuardNoticeWithInterview);
        }

        machine.Configure(CaseState.AwaitingTransfer)
            .Permit(CaseAction.RequestTransfer, CaseState.TransferPendingApproval);

        // 法制审核 before the chief's approval: 同意 leaves the request with the chief; 退回补充 and 不同意 send it back.
        machine.Configure(CaseState.TransferPendingApproval)
            .PermitIf(
                CaseAction.ApproveTransfer,
                CaseState.Transferred,
                Guard(() => facts.PendingTransferCitesPenaltyMatter, GuardCitesPenaltyMatter),
                Guard(() => !facts.TransferAwaitsLegalReview, GuardLegalReviewBeforeApproval))
            .Permit(CaseAction.ReturnTransfer, CaseState.AwaitingTransfer)
            .InternalTransitionIf(CaseAction.LegalReviewAgreed, _ => facts.TransferAwaitsLegalReview, _ => { }, GuardTransferAwaitsLegalReview)
            .PermitIf(CaseAction.LegalReviewReturned, CaseState.AwaitingTransfer, () => facts.TransferAwaitsLegalReview, GuardTransferAwaitsLegalReview)
            .PermitIf(CaseAction.LegalReviewDisagreed, CaseState.AwaitingTransfer, () => facts.TransferAwaitsLegalReview, GuardTransferAwaitsLegalReview);

        machine.Configure(CaseState.Transferred)
            .Permit(CaseAction.FilingAccepted, CaseState.AwaitingDisposal)
            .Permit(CaseAction.FilingDeclined, CaseState.Concluded);

        machine.Configure(CaseState.AwaitingDisposal)
            .Permit(CaseAction.RecordDisposal, CaseState.Concluded);

        // 不得以责令改正代替行政处罚: 同意 (no penalty due) opens the archive; 不同意 (a penalty is due) goes to the transfer.
        machine.Configure(CaseState.Concluded)
            .PermitIf(CaseAction.Archive, CaseState.Archived, () => !facts.ClosingAwaitsLegalReview, GuardNoRectificationInsteadOfPenalty)
            .InternalTransitionIf(CaseAction.LegalReviewAgreed, _ => facts.ClosingAwaitsLegalReview, _ => { }, GuardClosingAwaitsLegalReview)
            .InternalTransitionIf(CaseAction.LegalReviewReturned, _ => facts.ClosingAwaitsLegalReview, _ => { }, GuardClosingAwaitsLegalReview)
            .PermitIf(CaseAction.LegalReviewDisagreed, CaseState.AwaitingTransfer, () => facts.ClosingAwaitsLegalReview, GuardClosingAwaitsLegalReview);
    }

    private static Tuple<Func<bool>, string> Guard(Func<bool> guard, string description) => Tuple.Create(guard, description);

    /// <summary>The one stub of the facts, for drawing and outlining: guards are only labelled, never evaluated.</summary>
    private sealed class DrawingFacts : ICaseFacts
    {
        public static readonly DrawingFacts Instance = new();

        public bool InterviewNeedsNotice => true;

        public bool NoticeIssuedForCurrentRound => true;

        public bool InterviewLeadsStraightToTransfer => false;

        public DateOnly? RectificationDeadline => DateOnly.MinValue;

        public bool PendingTransferCitesPenaltyMatter => true;

        public bool TransferAwaitsLegalReview => true;

        public bool ClosingAwaitsLegalReview => true;
    }
}
