using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.CaseReview;

/// <summary>A department's results in a campaign.</summary>
public sealed record DepartmentScores(
    DepartmentCode Department,
    int Drawn,
    int Scored,
    decimal? AverageTotal,
    int? LowestTotal,
    int Excellent,
    int Failing,
    IReadOnlyDictionary<ReviewItem, decimal> AverageByItem);

/// <summary>A checklist item on which files lost points: how many files, the points lost and the reviewers' comments.</summary>
public sealed record CommonProblem(ReviewItem Item, int FilesWithDeduction, int Scored, int PointsDeducted, IReadOnlyList<string> Comments)
{
    /// <summary>Share of the scored files with a deduction on the item, in percent (one decimal).</summary>
    public decimal Share => Scored == 0 ? 0 : Math.Round(FilesWithDeduction * 100m / Scored, 1, MidpointRounding.AwayFromZero);
}

/// <summary>The campaign report, computed from the scored files only.</summary>
public sealed record CampaignReport(IReadOnlyList<DepartmentScores> Departments, IReadOnlyList<CommonProblem> CommonProblems, decimal? AverageTotal)
{
    public static CampaignReport Of(ReviewCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var scored = campaign.Files.Where(f => f.IsScored).ToList();
        var departments = campaign.Files.GroupBy(f => f.Department).OrderBy(g => g.Key).Select(g =>
        {
            var done = g.Where(f => f.IsScored).ToList();
            return new DepartmentScores(
                g.Key,
                g.Count(),
                done.Count,
                done.Count == 0 ? null : Average(done.Select(f => f.Total)),
                done.Count == 0 ? null : done.Min(f => f.Total),
                done.Count(f => f.Total >= ReviewChecklist.ExcellentTotal),
                done.Count(f => f.Total < ReviewChecklist.PassingTotal),
                ReviewChecklist.Items.ToDictionary(i => i, i => done.Count == 0 ? 0m : Average(done.Select(f => ScoreOf(f, i)))));
        }).ToList();
        var problems = ReviewChecklist.Items
            .Select(item =>
            {
                var deducted = scored.Where(f => ScoreOf(f, item) < ReviewChecklist.MaxScore).ToList();
                return new CommonProblem(
                    item,
                    deducted.Count,
                    scored.Count,
                    deducted.Sum(f => ReviewChecklist.MaxScore - ScoreOf(f, item)),
                    [.. deducted.Select(f => $"{f.CaseNumber}：{f.Scores.Single(s => s.Item == item).Comment}")]);
            })
            .Where(p => p.FilesWithDeduction > 0)
            .OrderByDescending(p => p.FilesWithDeduction).ThenByDescending(p => p.PointsDeducted).ThenBy(p => p.Item)
            .ToList();
        return new CampaignReport(departments, problems, scored.Count == 0 ? null : Average(scored.Select(f => f.Total)));
    }

    private static int ScoreOf(ReviewFile file, ReviewItem item) => file.Scores.Single(s => s.Item == item).Score;

    private static decimal Average(IEnumerable<int> values) => Math.Round((decimal)values.Average(), 1, MidpointRounding.AwayFromZero);
}
