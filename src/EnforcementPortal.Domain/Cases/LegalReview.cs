using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.Domain.Cases;

/// <summary>What a legal review (法制审核) decides on.</summary>
public enum LegalReviewSubject
{
    /// <summary>移交: the transfer to 城市管理局 before the chief approves it.</summary>
    Transfer = 1,

    /// <summary>
    /// 结案: a case closed on its rectification alone although a finding is linked to a penalty matter (建法〔2025〕40号
    /// (九)), or a serious finding where the department reviews those.
    /// </summary>
    Closing = 2,
}

/// <summary>法制审核意见.</summary>
public enum LegalReviewOpinion
{
    /// <summary>同意 (for a closing: 不予处罚, 同意结案).</summary>
    Agreed = 1,

    /// <summary>退回补充.</summary>
    ReturnedForSupplement = 2,

    /// <summary>不同意 (for a closing: 应予处罚, 转入移交).</summary>
    Disagreed = 3,
}

/// <summary>The legal reviewer's opinion as entered.</summary>
public sealed record LegalReviewDraft(LegalReviewOpinion Opinion, string Reasons);

/// <summary>
/// 法制审核意见: one opinion of a legal reviewer (法制审核员, bureau-wide) on a case, with its reasons and date; printed as
/// the 法制审核意见书.
/// </summary>
public sealed class LegalReview
{
    public const int ReasonsMaxLength = 2000;

    private LegalReview()
    {
        Reasons = string.Empty;
        ReviewerName = string.Empty;
    }

    internal LegalReview(Guid id, LegalReviewSubject subject, Guid? transferId, LegalReviewOpinion opinion, string reasons, Actor reviewer, DateTime reviewedAt)
    {
        Id = id;
        Subject = subject;
        TransferId = transferId;
        Opinion = opinion;
        Reasons = reasons;
        ReviewerId = reviewer.UserId;
        ReviewerName = reviewer.Name;
        ReviewedAt = reviewedAt;
    }

    public Guid Id { get; private set; }

    public LegalReviewSubject Subject { get; private set; }

    /// <summary>The transfer reviewed (for <see cref="LegalReviewSubject.Transfer"/>).</summary>
    public Guid? TransferId { get; private set; }

    public LegalReviewOpinion Opinion { get; private set; }

    /// <summary>审核意见及理由.</summary>
    public string Reasons { get; private set; }

    public Guid ReviewerId { get; private set; }

    public string ReviewerName { get; private set; }

    public DateTime ReviewedAt { get; private set; }

    public DateOnly ReviewedOn => DateOnly.FromDateTime(ReviewedAt);

    public static CaseAction StepOf(LegalReviewOpinion opinion) => opinion switch
    {
        LegalReviewOpinion.Agreed => CaseAction.LegalReviewAgreed,
        LegalReviewOpinion.ReturnedForSupplement => CaseAction.LegalReviewReturned,
        _ => CaseAction.LegalReviewDisagreed,
    };

    /// <summary>The opinion in the words of the 意见书 (a closing's 同意 means no penalty is due).</summary>
    public static string NameOf(LegalReviewOpinion opinion, LegalReviewSubject subject) => (opinion, subject) switch
    {
        (LegalReviewOpinion.Agreed, LegalReviewSubject.Transfer) => "同意移交",
        (LegalReviewOpinion.Agreed, _) => "同意结案（不予行政处罚）",
        (LegalReviewOpinion.ReturnedForSupplement, _) => "退回补充",
        (LegalReviewOpinion.Disagreed, LegalReviewSubject.Transfer) => "不同意移交",
        _ => "不同意结案（应予行政处罚，转入移交程序）",
    };

    public static string NameOf(LegalReviewSubject subject) => subject switch
    {
        LegalReviewSubject.Transfer => "案件移交",
        _ => "整改后结案（是否应予行政处罚）",
    };
}
