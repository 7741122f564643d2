using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.Domain.Cases;

/// <summary>
/// 城市管理局 closes the loop itself (建法〔2025〕40号 (三)): its liaison signs for the 移交单, reports the filing decision
/// and the final disposal on the portal, each report due 5 working days after the decision it reports. The steps are
/// the case's own (<see cref="RecordFiling"/>, <see cref="RecordDisposal"/>) with the liaison as the actor and the day
/// of entry as the day the department received the feedback, so the sending department sees them at once.
/// </summary>
public sealed partial class EnforcementCase
{
    public const int DecisionNumberMaxLength = 64;

    /// <summary>The transfer the receiving bureau is working on: approved, sent to it, the loop not yet closed.</summary>
    public Transfer? TransferAwaitingBureau =>
        State is CaseState.Transferred or CaseState.AwaitingDisposal && CurrentTransfer is { Status: TransferStatus.Approved } transfer ? transfer : null;

    /// <summary>签收移交单: the liaison records the day the 移交单 reached the receiving bureau.</summary>
    public void AcknowledgeTransferReceipt(DateOnly receivedOn, Actor liaison, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(liaison);
        var transfer = CurrentTransfer;
        Require(State == CaseState.Transferred && transfer is { Status: TransferStatus.Approved, ReceivedOn: null, FilingDecision: null }, "只有已移交、尚未签收的案件可以签收。");
        var approvedOn = DateOnly.FromDateTime(transfer!.DecidedAt!.Value);
        Require(receivedOn >= approvedOn, $"签收日期不能早于移交批准日期（{approvedOn:yyyy年M月d日}）。");
        Require(receivedOn <= DateOnly.FromDateTime(at), "签收日期不能晚于今天。");
        transfer.RecordReceipt(receivedOn, liaison.Name);
        transfer.RecordSent(receivedOn);
        AppendEvent(liaison, at, null, null, State, $"{transfer.ReceivingBureau}{liaison.Name}于{receivedOn:yyyy年M月d日}签收移交单；应在作出立案决定后{FilingFeedbackWorkingDays}个工作日内反馈。");
        EndStep();
    }

    /// <summary>
    /// 立案反馈 by the receiving bureau itself: 立案 with its 立案号, or 不予立案 with the reason; the feedback counts as
    /// received the day the liaison enters it. The 移交单 must have been signed for.
    /// </summary>
    public void RecordFilingByReceivingBureau(FilingDecision decision, DateOnly decidedOn, string? reference, Actor liaison, DateTime at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(liaison);
        Require(Enum.IsDefined(decision), "请选择立案决定。");
        Require(CurrentTransfer is { ReceivedOn: not null }, "请先签收移交单，再登记立案决定。");
        Require(decidedOn >= CurrentTransfer!.ReceivedOn!.Value, "立案决定日期不能早于签收日期。");
        Require(decision != FilingDecision.Filed || !string.IsNullOrWhiteSpace(reference), "立案的，请填写立案号。");
        RecordFiling(decision, decidedOn, reference, liaison, at, calendar);
    }

    /// <summary>
    /// 处置结果 by the receiving bureau itself: the decision's number (行政处罚决定书文号), the penalty (or the termination of
    /// the investigation) and the day of the decision; closes the transfer loop (闭环).
    /// </summary>
    public void RecordDisposalByReceivingBureau(string decisionNumber, string penalty, DateOnly decidedOn, Actor liaison, DateTime at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(liaison);
        Require(!string.IsNullOrWhiteSpace(decisionNumber), "请填写处罚决定书文号。");
        Require(decisionNumber.Trim().Length <= DecisionNumberMaxLength, $"处罚决定书文号不能超过{DecisionNumberMaxLength}字。");
        Require(!string.IsNullOrWhiteSpace(penalty), "请填写处罚内容。");
        Require(decidedOn <= DateOnly.FromDateTime(at), "处罚决定日期不能晚于今天。");
        RecordDisposal(decidedOn, DateOnly.FromDateTime(at), DisposalText(decisionNumber, penalty), liaison, at, calendar);
    }

    /// <summary>How the receiving bureau's disposal reads on the case: 伊城管罚决字〔2026〕第15号：罚款人民币五万元.</summary>
    public static string DisposalText(string decisionNumber, string penalty)
    {
        ArgumentNullException.ThrowIfNull(decisionNumber);
        ArgumentNullException.ThrowIfNull(penalty);
        return $"{decisionNumber.Trim()}：{penalty.Trim()}";
    }
}
