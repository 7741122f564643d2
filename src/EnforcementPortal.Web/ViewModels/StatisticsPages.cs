using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Disclosure;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Statistics;
using EnforcementPortal.Web.Disclosure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Statistics;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>The public landing page (行政执法公示).</summary>
public sealed record DisclosureHomePage(IReadOnlyList<Department> Departments, IReadOnlyList<PublishedYear> Published, int OfficerCount, int PenaltyMatterCount);

/// <summary>A department's 行政执法服务指南.</summary>
public sealed record ServiceGuidePage(Department Department, DepartmentPolicy Policy, ServiceGuide Guide, IReadOnlyList<ProcedureStep> Procedure, IReadOnlyList<PublishedYear> Published);

public sealed record OfficersPage(IReadOnlyList<DisclosedOfficer> Officers, DateOnly Today)
{
    public DisclosureMeta? Meta { get; init; }
}

public sealed record PenaltyMattersPage(IReadOnlyList<PenaltyMatter> Matters, string? Search, int Total)
{
    public DisclosureMeta? Meta { get; init; }
}

/// <summary>The public list of published statistics, by year.</summary>
public sealed record StatisticsListPage(IReadOnlyList<PublishedYear> Published);

/// <summary>A department's year: published (public) or computed now (staff preview).</summary>
public sealed class AnnualFiguresPage
{
    public required DepartmentCode Department { get; init; }

    public required int Year { get; init; }

    public required StatisticsSnapshot Snapshot { get; init; }

    public required IReadOnlyList<IndicatorGroupRows> Groups { get; init; }

    public required IReadOnlyList<string> Footnotes { get; init; }

    public required ChartData Chart { get; init; }

    /// <summary>The publication shown (null for a preview).</summary>
    public StatisticsPublication? Publication { get; init; }

    /// <summary>Every version of the year, newest first (the public sees corrections and their notes).</summary>
    public IReadOnlyList<StatisticsPublication> Versions { get; init; } = [];

    public bool IsLatest => Publication is null || Versions.Count == 0 || Publication.Version == Versions[0].Version;

    public string DepartmentName => StatisticsTables.DepartmentName(Department);

    public string Title => $"{DepartmentName}{Year}年度行政执法数据情况";

    /// <summary>True when no case record of the department falls in the year (only supplementary figures).</summary>
    public bool HasNoCaseRecords => StatisticsTables.HasNoCaseRecords(Snapshot);

    /// <summary>The 政务公开 metadata of a published page (null for a staff preview).</summary>
    public DisclosureMeta? Meta { get; init; }

    /// <summary>A demo database's year published from invented records (labelled as demo data).</summary>
    public bool IsIllustrative { get; init; }
}

/// <summary>The bureau-wide summary of a year across the departments that published it.</summary>
public sealed record YearSummaryPage(
    int Year,
    IReadOnlyList<StatisticsPublication> Publications,
    IReadOnlyList<StatisticsSnapshot> Snapshots,
    IReadOnlyList<CrossRow> Rows,
    IReadOnlyList<DepartmentCode> Unpublished,
    ChartData Chart,
    IReadOnlyList<int> OtherYears)
{
    public IReadOnlyList<string> Columns => [.. Snapshots.Select(s => StatisticsTables.ShortName(s.Department)), "合计"];

    public DisclosureMeta? Meta { get; init; }

    /// <summary>Departments whose year here is a demo database's invented one.</summary>
    public IReadOnlyList<DepartmentCode> Illustrative { get; init; } = [];
}

/// <summary>A department's published years compared (同比).</summary>
public sealed record ComparisonPage(DepartmentCode Department, IReadOnlyList<StatisticsPublication> Publications, IReadOnlyList<CrossRow> Rows, ChartData Chart)
{
    public IReadOnlyList<string> Columns => [.. Publications.Select(p => p.Year + "年"), "较上年增减"];

    public DisclosureMeta? Meta { get; init; }

    /// <summary>Years here that are a demo database's invented ones.</summary>
    public IReadOnlyList<int> Illustrative { get; init; } = [];
}

/// <summary>One department-year on the staff statistics page.</summary>
public sealed record StaffYearRow(DepartmentCode Department, int Year, PublishedYear? Published, int SupplementaryCount, bool CanPublish, bool CanEnter, bool YearEnded);

public sealed record StaffStatisticsPage(IReadOnlyList<StaffYearRow> Rows, bool IsLeader)
{
    /// <summary>This year's complaint figures (投诉举报) for the departments the user sees.</summary>
    public ComplaintFigures? ComplaintYear { get; init; }
}

/// <summary>The staff preview of a department's year, with the publish form.</summary>
public sealed record StatisticsPreviewPage(AnnualFiguresPage Figures, IReadOnlyList<StatisticsPublication> Versions, bool CanPublish, bool YearEnded, PublishForm Form);

public sealed record SupplementaryPage(DepartmentCode Department, int Year, IReadOnlyList<SupplementaryIndicator> Indicators, bool IsPublished, SupplementaryForm Form);

/// <summary>月报: one department's month, or every department's month for the leader.</summary>
public sealed record MonthlyReportPage(
    ReportMonth Month,
    DepartmentCode? Department,
    IReadOnlyList<DepartmentCode> Choices,
    bool IsAvailable,
    IReadOnlyList<MonthlyCounts> Counts,
    IReadOnlyList<OverdueRectification> Overdue,
    ReportMonth Latest)
{
    /// <summary>典型案例 chosen by the department's chief (or a bureau leader).</summary>
    public IReadOnlyList<TypicalCaseRow> TypicalCases { get; init; } = [];

    public bool CanChooseTypicalCases { get; init; }

    /// <summary>The department's cases active in the month and not yet chosen.</summary>
    public IReadOnlyList<TypicalCaseOption> TypicalCaseOptions { get; init; } = [];

    public TypicalCaseForm TypicalCaseForm { get; init; } = new();

    /// <summary>The month's complaint figures (投诉举报), counted from the complaint records.</summary>
    public ComplaintFigures? Complaints { get; init; }
}

/// <summary>The leader's dashboard.</summary>
public sealed record StatisticsDashboardPage(
    IReadOnlyList<ReportMonth> Months,
    IReadOnlyList<MonthlyCounts> Counts,
    IReadOnlyList<DashboardChart> Charts,
    IReadOnlyList<DashboardRow> Rows,
    IReadOnlyList<CaseListItem> AwaitingFeedback,
    DashboardDay Day);

/// <summary>The cases behind one figure of the leader's dashboard.</summary>
public sealed record DashboardCasesPage(DashboardCasePage Cases, DashboardDay Day);

/// <summary>One trend of the dashboard: the monthly report row it draws, and the chart.</summary>
public sealed record DashboardChart(int Metric, ChartData Chart);
