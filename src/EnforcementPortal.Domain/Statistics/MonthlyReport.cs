using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Statistics;

/// <summary>A calendar month of the monthly report (月报, 《北京市房地产市场动态监管信息平台操作流程》 四).</summary>
public readonly record struct ReportMonth(int Year, int Month) : IComparable<ReportMonth>
{
    /// <summary>The day of the next month by which the report is due.</summary>
    public const int SubmissionDay = 5;

    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The first day of the next month (exclusive end).</summary>
    public DateOnly EndExclusive => FirstDay.AddMonths(1);

    public DateTime Start => FirstDay.ToDateTime(TimeOnly.MinValue);

    public DateTime End => EndExclusive.ToDateTime(TimeOnly.MinValue);

    /// <summary>The report of a month is produced from the 1st of the next month, when the month is complete.</summary>
    public DateOnly AvailableFrom => EndExclusive;

    /// <summary>
    /// 每月5日前上报 (《北京市房地产市场动态监管信息平台操作流程》 四 1): the month's report, with its 典型案例, is due by the 5th of the next month.
    /// </summary>
    public DateOnly SubmissionDue => EndExclusive.AddDays(SubmissionDay - 1);

    public string Label => $"{Year}年{Month}月";

    public static ReportMonth Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>The latest month whose report is available on <paramref name="today"/>: the previous month.</summary>
    public static ReportMonth LatestAvailable(DateOnly today) => Of(today.AddMonths(-1));

    public static bool IsValid(int year, int month) => year is >= SupplementaryIndicator.MinYear and <= SupplementaryIndicator.MaxYear && month is >= 1 and <= 12;

    public bool IsAvailableOn(DateOnly today) => today >= AvailableFrom;

    public ReportMonth Previous() => Of(FirstDay.AddMonths(-1));

    public ReportMonth Next() => Of(FirstDay.AddMonths(1));

    public int CompareTo(ReportMonth other) => FirstDay.CompareTo(other.FirstDay);

    public static bool operator <(ReportMonth left, ReportMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(ReportMonth left, ReportMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(ReportMonth left, ReportMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ReportMonth left, ReportMonth right) => left.CompareTo(right) >= 0;
}

/// <summary>The figures of one department's month.</summary>
public sealed record MonthlyCounts(
    DepartmentCode Department,
    ReportMonth Month,
    int CasesStarted,
    int Inspections,
    int Notices,
    int Interviews,
    int Transferred,
    int DisposalsReported,
    int OverdueRectifications)
{
    /// <summary>The rows of the monthly report with their definitions (printed under the table).</summary>
    public static IReadOnlyList<(string Name, string Unit, string Definition)> Rows { get; } =
    [
        ("新启动案件", "件", "本月首次现场检查登记的案件数，按检查日期。"),
        ("现场检查及复查", "次", "本月现场检查与复查的次数，按检查日期。"),
        ("下发整改通知书", "份", "本月下发的整改通知书份数，按发文日期。"),
        ("约谈责任单位负责人", "次", "本月约谈次数，按约谈日期。"),
        ("移交城市管理局", "件", "本月经批准移交的案件数，按移交日期。"),
        ("收到处置结果反馈", "件", "本月城市管理局反馈处置结果的移交案件数，按反馈日期。"),
        ("逾期未整改回复", "项", "整改期限在本月届满、而责任单位未在期限内提交整改回复的整改通知书份数。"),
    ];

    public IReadOnlyList<int> Values => [CasesStarted, Inspections, Notices, Interviews, Transferred, DisposalsReported, OverdueRectifications];
}
