using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.CaseReview;

/// <summary>
/// 案卷评查 (建法〔2025〕40号 (十三)): a campaign over the files archived in a period, a random sample per department drawn
/// with a recorded seed (<see cref="SampleDraw"/>), each drawn file scored on the checklist by a reviewer, then finished.
/// </summary>
public sealed class ReviewCampaign
{
    public const int TitleMaxLength = 100;
    public const int ActorNameMaxLength = 64;

    private readonly List<ReviewFile> _files = [];

    private ReviewCampaign()
    {
        Title = string.Empty;
        CreatedByName = string.Empty;
        Quotas = [];
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    /// <summary>First day of the period whose archived files are sampled.</summary>
    public DateOnly PeriodFrom { get; private set; }

    /// <summary>Last day of the period (inclusive).</summary>
    public DateOnly PeriodTo { get; private set; }

    /// <summary>The seed of the draw, kept so that anyone can replay it.</summary>
    public long Seed { get; private set; }

    public List<ReviewQuota> Quotas { get; private set; }

    public Guid CreatedById { get; private set; }

    public string CreatedByName { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public string? FinishedByName { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ReviewFile> Files => _files;

    public bool IsFinished => FinishedAt is not null;

    public int ScoredCount => _files.Count(f => f.IsScored);

    /// <summary>Draws the sample and opens the campaign.</summary>
    public static ReviewCampaign Draw(
        Guid id, string? title, DateOnly periodFrom, DateOnly periodTo, IReadOnlyDictionary<DepartmentCode, int> percents,
        long seed, IReadOnlyCollection<ArchivedCaseRef> population, DateOnly today, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(percents);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("请填写评查活动名称。");
        }

        if (title.Trim().Length > TitleMaxLength)
        {
            throw new DomainException($"评查活动名称不能超过{TitleMaxLength}字。");
        }

        if (periodTo < periodFrom)
        {
            throw new DomainException("评查期间的结束日期不能早于开始日期。");
        }

        if (periodTo > today)
        {
            throw new DomainException("评查期间不能晚于今天：只抽查已归档的案卷。");
        }

        if (percents.Values.Any(p => p is < 0 or > 100))
        {
            throw new DomainException("抽查比例应在0%至100%之间。");
        }

        if (!percents.Values.Any(p => p > 0))
        {
            throw new DomainException("请至少为一个科室设定抽查比例。");
        }

        var inPeriod = population.Where(c => c.ArchivedOn >= periodFrom && c.ArchivedOn <= periodTo).ToList();
        var (sample, quotas) = SampleDraw.Draw(inPeriod, percents, seed);
        if (sample.Count == 0)
        {
            throw new DomainException($"{periodFrom:yyyy年M月d日}至{periodTo:yyyy年M月d日}期间，所选科室没有已归档的案卷。");
        }

        var campaign = new ReviewCampaign
        {
            Id = id,
            Title = title.Trim(),
            PeriodFrom = periodFrom,
            PeriodTo = periodTo,
            Seed = seed,
            Quotas = [.. quotas],
            CreatedById = actor.UserId,
            CreatedByName = actor.Name,
            CreatedAt = at,
        };
        campaign._files.AddRange(sample.Select((c, i) => new ReviewFile(Guid.NewGuid(), i + 1, c)));
        return campaign;
    }

    /// <summary>Replays the draw from the recorded seed over <paramref name="population"/>: true when it gives the same files.</summary>
    public bool ReplaysFrom(IReadOnlyCollection<ArchivedCaseRef> population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var inPeriod = population.Where(c => c.ArchivedOn >= PeriodFrom && c.ArchivedOn <= PeriodTo).ToList();
        var (sample, _) = SampleDraw.Draw(inPeriod, Quotas.ToDictionary(q => q.Department, q => q.Percent), Seed);
        return sample.Select(c => c.CaseId).SequenceEqual(_files.OrderBy(f => f.Order).Select(f => f.CaseId));
    }

    /// <summary>A reviewer scores a file on every checklist item; scoring again before the campaign is finished replaces the scores.</summary>
    public void Score(Guid fileId, IReadOnlyList<ItemScore> scores, Actor reviewer, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(reviewer);
        if (IsFinished)
        {
            throw new DomainException("评查活动已结束，不能再评分。");
        }

        var file = _files.SingleOrDefault(f => f.Id == fileId) ?? throw new DomainException("该案卷不在本次评查的抽查范围内。");
        var problems = new List<string>();
        foreach (var item in ReviewChecklist.Items)
        {
            var label = ReviewChecklist.Label(item);
            var matching = scores.Where(s => s.Item == item).ToList();
            if (matching.Count != 1)
            {
                problems.Add($"请为“{label}”评分。");
                continue;
            }

            var score = matching[0];
            if (score.Score is < 0 or > ReviewChecklist.MaxScore)
            {
                problems.Add($"“{label}”的得分应在0至{ReviewChecklist.MaxScore}分之间。");
            }
            else if (score.Score < ReviewChecklist.MaxScore && string.IsNullOrWhiteSpace(score.Comment))
            {
                problems.Add($"“{label}”有扣分，请写明扣分理由。");
            }

            if (score.Comment?.Trim().Length > ReviewChecklist.CommentMaxLength)
            {
                problems.Add($"“{label}”的评语不能超过{ReviewChecklist.CommentMaxLength}字。");
            }
        }

        if (scores.Any(s => !ReviewChecklist.Items.Contains(s.Item)))
        {
            problems.Add("评分项不在评查标准之内。");
        }

        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(string.Empty, problems));
        }

        file.Record([.. ReviewChecklist.Items.Select(item => scores.Single(s => s.Item == item)).Select(s => s with { Comment = string.IsNullOrWhiteSpace(s.Comment) ? null : s.Comment.Trim() })], reviewer, at);
        Version++;
    }

    /// <summary>Ends the campaign once every drawn file is scored; the report is final from then on.</summary>
    public void Finish(Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (IsFinished)
        {
            throw new DomainException("评查活动已结束。");
        }

        var open = _files.Count(f => !f.IsScored);
        if (open > 0)
        {
            throw new DomainException($"还有 {open} 份案卷未评分，不能结束评查。");
        }

        FinishedAt = at;
        FinishedByName = actor.Name;
        Version++;
    }
}

/// <summary>A drawn file and its scores.</summary>
public sealed class ReviewFile
{
    internal ReviewFile(Guid id, int order, ArchivedCaseRef drawn)
    {
        Id = id;
        Order = order;
        CaseId = drawn.CaseId;
        CaseNumber = drawn.Number;
        Department = drawn.Department;
        ArchivedOn = drawn.ArchivedOn;
        Scores = [];
    }

    private ReviewFile()
    {
        CaseNumber = string.Empty;
        Scores = [];
    }

    public Guid Id { get; private set; }

    /// <summary>Position in the draw (1, 2, …).</summary>
    public int Order { get; private set; }

    public Guid CaseId { get; private set; }

    public string CaseNumber { get; private set; }

    public DepartmentCode Department { get; private set; }

    public DateOnly ArchivedOn { get; private set; }

    public List<ItemScore> Scores { get; private set; }

    public Guid? ReviewerId { get; private set; }

    public string? ReviewerName { get; private set; }

    public DateTime? ScoredAt { get; private set; }

    public bool IsScored => ScoredAt is not null;

    public int Total => Scores.Sum(s => s.Score);

    internal void Record(List<ItemScore> scores, Actor reviewer, DateTime at)
    {
        Scores = scores;
        ReviewerId = reviewer.UserId;
        ReviewerName = reviewer.Name;
        ScoredAt = at;
    }
}
