using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.Domain.Cases;

/// <summary>
/// 法制审核 (建法〔2025〕40号 (十三)): every transfer is reviewed by a legal reviewer before the chief may approve it; and
/// (九) 不得以责令改正代替行政处罚: a case with a finding linked to a penalty matter that was closed on its rectification
/// alone is archived only after a legal reviewer has recorded that no penalty is due, with the reason.
/// </summary>
public sealed partial class EnforcementCase
{
    /// <summary>法制审核人员不得审核本人参与检查的案件.</summary>
    public const string LegalReviewRecusalMessage = "您参加了本案的检查或提请了本案移交，依回避规定不能对本案作出法制审核意见。";

    private readonly List<LegalReview> _legalReviews = [];

    public IReadOnlyList<LegalReview> LegalReviews => [.. _legalReviews.OrderBy(r => r.ReviewedAt)];

    /// <summary>The department reviewed serious findings before closing when the case was opened (its setting then).</summary>
    public bool SeriousFindingNeedsLegalReview { get; private set; }

    /// <summary>What waits for a legal reviewer now, if anything; stored for the reviewers' queue and the chiefs' list.</summary>
    public LegalReviewSubject? PendingLegalReview { get; private set; }

    /// <summary>The pending transfer has no opinion 同意 yet: the chief cannot approve it.</summary>
    public bool TransferAwaitsLegalReview =>
        CurrentTransfer is { Status: TransferStatus.PendingApproval } transfer
        && !_legalReviews.Any(r => r.TransferId == transfer.Id && r.Opinion == LegalReviewOpinion.Agreed);

    /// <summary>
    /// The case was concluded without a transfer although a finding is linked to a penalty matter (or it had a serious
    /// finding and the department reviews those): whether no penalty is due is for a legal reviewer to say.
    /// </summary>
    public bool ClosingNeedsLegalReview =>
        !_transfers.Any(t => t.Status == TransferStatus.Approved)
        && (_findings.Any(f => f.PenaltyMatterId is not null) || SeriousFindingNeedsLegalReview);

    /// <summary>The concluded case waits for the opinion that no penalty is due; until then it cannot be archived.</summary>
    public bool ClosingAwaitsLegalReview =>
        State == CaseState.Concluded
        && ClosingNeedsLegalReview
        && !_legalReviews.Any(r => r.Subject == LegalReviewSubject.Closing && r.Opinion == LegalReviewOpinion.Agreed);

    /// <summary>
    /// 法制审核意见: 同意, 退回补充 or 不同意, with the reasons. On a transfer, 同意 lets the chief approve it and the other two
    /// send the request back to the officer; on a closing, 同意 (no penalty due) opens the archive, 退回补充 asks for more,
    /// and 不同意 (a penalty is due) sends the case to the transfer.
    /// </summary>
    public LegalReview RecordLegalReview(LegalReviewDraft draft, Actor reviewer, DateTime at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(reviewer);
        ArgumentNullException.ThrowIfNull(calendar);
        var today = DateOnly.FromDateTime(at);
        var subject = TransferAwaitsLegalReview ? LegalReviewSubject.Transfer : LegalReviewSubject.Closing;
        var action = LegalReview.StepOf(draft.Opinion);
        var machine = Permit(action, today);
        Require(!string.IsNullOrWhiteSpace(draft.Reasons), "请填写审核意见及理由。");
        Require(draft.Reasons.Trim().Length <= LegalReview.ReasonsMaxLength, $"审核意见及理由不能超过{LegalReview.ReasonsMaxLength}字。");
        var transfer = subject == LegalReviewSubject.Transfer ? CurrentTransfer : null;
        Require(!WasInspectedBy(reviewer.UserId) && transfer?.RequestedById != reviewer.UserId, LegalReviewRecusalMessage);

        var review = new LegalReview(Guid.NewGuid(), subject, transfer?.Id, draft.Opinion, draft.Reasons.Trim(), reviewer, at);
        var from = Fire(machine, action, today);
        _legalReviews.Add(review);
        var opinion = LegalReview.NameOf(draft.Opinion, subject);
        if (transfer is not null && draft.Opinion != LegalReviewOpinion.Agreed)
        {
            transfer.Return(reviewer, at, $"法制审核{opinion}：{review.Reasons}");
        }

        if (subject == LegalReviewSubject.Closing && State == CaseState.AwaitingTransfer)
        {
            // A penalty is due after all: the transfer's 10 working days run from the reviewer's opinion.
            TransferDeterminedOn = today;
            ConcludedOn = null;
        }

        RefreshOpenDeadline(calendar);
        var next = (subject, draft.Opinion) switch
        {
            (LegalReviewSubject.Transfer, LegalReviewOpinion.Agreed) => "待科长/站长审批移交",
            (LegalReviewSubject.Transfer, _) => "移交申请退回承办人",
            (_, LegalReviewOpinion.Agreed) => "可归档",
            (_, LegalReviewOpinion.ReturnedForSupplement) => "待承办人补充材料后重新审核",
            _ => "转入案件移交程序",
        };
        AppendEvent(reviewer, at, action, from, State, $"{reviewer.Name}法制审核（{LegalReview.NameOf(subject)}）：{opinion}，{next}。理由：{Abbreviate(review.Reasons)}");
        EndStep();
        return review;
    }

    private void RefreshPendingLegalReview() =>
        PendingLegalReview = TransferAwaitsLegalReview ? LegalReviewSubject.Transfer
            : ClosingAwaitsLegalReview ? LegalReviewSubject.Closing
            : null;
}
