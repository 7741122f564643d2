using System.ComponentModel.DataAnnotations;
using EnforcementPortal.Domain.CaseReview;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>A row of the campaign list.</summary>
public sealed record ReviewCampaignRow(Guid Id, string Title, DateOnly PeriodFrom, DateOnly PeriodTo, int Files, int Scored, bool IsFinished, DateTime CreatedAt, string CreatedByName);

/// <summary>新建评查: the period and the percentage per department.</summary>
public sealed class ReviewCampaignForm
{
    /// <summary>The percentage offered for every department on a new form.</summary>
    public const int UsualPercent = 10;

    [Display(Name = "评查活动名称")]
    public string? Title { get; set; }

    [Display(Name = "归档日期起")]
    public DateOnly? PeriodFrom { get; set; }

    [Display(Name = "归档日期止")]
    public DateOnly? PeriodTo { get; set; }

    /// <summary>抽查比例 (%) per department; 0 leaves the department out.</summary>
    public Dictionary<DepartmentCode, int> Percents { get; set; } = [];
}

/// <summary>One checklist item as the reviewer enters it.</summary>
public sealed class ScoreInput
{
    public ReviewItem Item { get; set; }

    public int? Score { get; set; }

    public string? Comment { get; set; }
}

/// <summary>评分: one score and comment per checklist item.</summary>
public sealed class ScoreForm
{
    public int Version { get; set; }

    public List<ScoreInput> Items { get; set; } = [];

    public static ScoreForm For(ReviewFile file, int version) => new()
    {
        Version = version,
        Items = [.. ReviewChecklist.Items.Select(item => file.Scores.FirstOrDefault(s => s.Item == item) is { } s
            ? new ScoreInput { Item = item, Score = s.Score, Comment = s.Comment }
            : new ScoreInput { Item = item, Score = ReviewChecklist.MaxScore })],
    };
}

/// <summary>The campaign page: the draw, the files and the report computed from the scores.</summary>
public sealed record ReviewCampaignPage(ReviewCampaign Campaign, CampaignReport Report, bool CanScore)
{
    /// <summary>Set after 复核抽样: whether the recorded seed reproduces the drawn files.</summary>
    public bool? Replayed { get; init; }
}

/// <summary>The score page of one drawn file.</summary>
public sealed record ScoreFilePage(ReviewCampaign Campaign, ReviewFile File, ScoreForm Form);
