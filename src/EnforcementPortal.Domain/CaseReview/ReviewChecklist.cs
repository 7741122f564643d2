namespace EnforcementPortal.Domain.CaseReview;

/// <summary>The items of the 案卷评查 checklist (建法〔2025〕40号 (十三): 完善案卷评查标准). Stored values are explicit and stable.</summary>
public enum ReviewItem
{
    /// <summary>程序.</summary>
    Procedure = 0,

    /// <summary>证据.</summary>
    Evidence = 1,

    /// <summary>文书.</summary>
    Documents = 2,

    /// <summary>期限.</summary>
    Deadlines = 3,

    /// <summary>法律依据.</summary>
    LegalBasis = 4,
}

/// <summary>One item's score on one file, with the reviewer's comment (required when points are deducted).</summary>
public sealed record ItemScore(ReviewItem Item, int Score, string? Comment);

/// <summary>The checklist: five items of <see cref="MaxScore"/> points each, a file out of 100.</summary>
public static class ReviewChecklist
{
    public const int MaxScore = 20;
    public const int CommentMaxLength = 300;

    /// <summary>A file scoring at least this is 合格; below it, 不合格.</summary>
    public const int PassingTotal = 60;

    /// <summary>A file scoring at least this is 优秀.</summary>
    public const int ExcellentTotal = 90;

    public static IReadOnlyList<ReviewItem> Items { get; } = [ReviewItem.Procedure, ReviewItem.Evidence, ReviewItem.Documents, ReviewItem.Deadlines, ReviewItem.LegalBasis];

    public static int MaxTotal => MaxScore * Items.Count;

    public static string Label(ReviewItem item) => item switch
    {
        ReviewItem.Procedure => "程序",
        ReviewItem.Evidence => "证据",
        ReviewItem.Documents => "文书",
        ReviewItem.Deadlines => "期限",
        ReviewItem.LegalBasis => "法律依据",
        _ => item.ToString(),
    };

    /// <summary>What the reviewer checks under the item.</summary>
    public static string Guidance(ReviewItem item) => item switch
    {
        ReviewItem.Procedure => "检查、整改、复查、约谈、移交各环节是否依次履行，执法人员是否两人以上并持有效执法证。",
        ReviewItem.Evidence => "现场照片、笔录、整改材料等证据是否齐全、清晰，能否证明认定的问题。",
        ReviewItem.Documents => "执法文书是否齐全、格式规范、文号完整，送达是否有送达回证。",
        ReviewItem.Deadlines => "整改期限、移交期限、反馈期限和归档期限是否遵守。",
        ReviewItem.LegalBasis => "认定问题和移交所引用的法律依据、处罚事项是否准确。",
        _ => string.Empty,
    };

    public static string Grade(int total) => total >= ExcellentTotal ? "优秀" : total >= PassingTotal ? "合格" : "不合格";
}
