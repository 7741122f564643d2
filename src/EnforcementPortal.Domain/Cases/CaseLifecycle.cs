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

    bool RectificationDeadlinePassed { get; }

    bool PendingTransferCitesPenaltyMatter { get; }
}

/// <summary>
/// The enforcement lifecycle (《伊宁市住建局 执法流程与办事指南》) as one Stateless configuration, varied per department by
/// <see cref="DepartmentPolicy"/>. A machine is built for one case and one request and then dropped.
/// </summary>
public static class CaseLifecycle
{
    public const string GuardNoticeWithInterview = "约谈须同步下发整改通知书";
    public const string GuardNoticeNotYetIssued = "仅当本轮约谈须同步下发整改通知书且尚未下发时可下发";
    public const string GuardCooperateRepeatsLoop = "约谈后配合整改：重复“整改-复查”流程";
    public const string GuardSeriousStraightToTransfer = "严重违规：约谈并下发通知书后直接移交城市管理局";
    public const string GuardDeadlinePassed = "整改期限届满后方可登记逾期未回复";
    public const string GuardCitesPenaltyMatter = "移交须引用至少一项行政处罚事项";

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
        CaseAction.Archive,
    ];

    internal static StateMachine<CaseState, CaseAction> Build(Func<CaseState> readState, Action<CaseState> writeState, DepartmentPolicy policy, ICaseFacts facts)
    {
        var machine = new StateMachine<CaseState, CaseAction>(readState, writeState);
        Configure(machine, policy, facts);
        return machine;
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

    private static StateMachine<CaseState, CaseAction> BuildForDiagram(DepartmentCode department)
    {
        var state = CaseState.Inspected;
        return Build(() => state, s => state = s, DepartmentPolicy.For(department), DrawingFacts.Instance);
    }

    /// <summary>
    /// A machine for reading its shape (diagrams, the public procedure outline): its guards are only labelled, never
    /// evaluated, and its state never changes.
    /// </summary>
    internal static StateMachine<CaseState, CaseAction> BuildForReading(DepartmentCode department) => BuildForDiagram(department);

    private static void Configure(StateMachine<CaseState, CaseAction> machine, DepartmentPolicy policy, ICaseFacts facts)
    {
        machine.Configure(CaseState.Inspected)
            .Permit(CaseAction.DetermineNoViolation, policy.NoViolationArchives ? CaseState.Archived : CaseState.Ended)
            .Permit(CaseAction.DetermineGeneral, CaseState.AwaitingNotice)
            .Permit(CaseAction.DetermineSerious, CaseState.AwaitingInterview);

        machine.Configure(CaseState.AwaitingNotice)
            .Permit(CaseAction.IssueNotice, CaseState.Rectifying);

        machine.Configure(CaseState.Rectifying)
            .Permit(CaseAction.RecordReply, CaseState.AwaitingReview)
            .PermitIf(CaseAction.RecordNoReply, CaseState.AwaitingReview, () => facts.RectificationDeadlinePassed, GuardDeadlinePassed);

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

        machine.Configure(CaseState.TransferPendingApproval)
            .PermitIf(CaseAction.ApproveTransfer, CaseState.Transferred, () => facts.PendingTransferCitesPenaltyMatter, GuardCitesPenaltyMatter)
            .Permit(CaseAction.ReturnTransfer, CaseState.AwaitingTransfer);

        machine.Configure(CaseState.Transferred)
            .Permit(CaseAction.FilingAccepted, CaseState.AwaitingDisposal)
            .Permit(CaseAction.FilingDeclined, CaseState.Concluded);

        machine.Configure(CaseState.AwaitingDisposal)
            .Permit(CaseAction.RecordDisposal, CaseState.Concluded);

        machine.Configure(CaseState.Concluded)
            .Permit(CaseAction.Archive, CaseState.Archived);
    }

    private static Tuple<Func<bool>, string> Guard(Func<bool> guard, string description) => Tuple.Create(guard, description);

    /// <summary>The one stub of the facts, for drawing and outlining: guards are only labelled, never evaluated.</summary>
    private sealed class DrawingFacts : ICaseFacts
    {
        public static readonly DrawingFacts Instance = new();

        public bool InterviewNeedsNotice => true;

        public bool NoticeIssuedForCurrentRound => true;

        public bool InterviewLeadsStraightToTransfer => false;

        public bool RectificationDeadlinePassed => true;

        public bool PendingTransferCitesPenaltyMatter => true;
    }
}
