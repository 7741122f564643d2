using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Statistics;
using EnforcementPortal.Web.Disclosure;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.ViewModels;

namespace EnforcementPortal.Web.Statistics;

/// <summary>
/// Assembles the bureau leader's dashboard: the figures of <see cref="LeaderDashboardQueries"/> read against today's
/// deadline window (the holiday calendar's working days), the twelve-month trends of the monthly report, and the
/// transfers that have waited longest for feedback.
/// </summary>
public sealed class LeaderDashboard(
    LeaderDashboardQueries figures,
    AnnualStatisticsQueries statistics,
    CaseQueries cases,
    IWorkingDayCalendarProvider calendars,
    IBureauClock clock)
{
    /// <summary>The monthly-report rows drawn as trends.</summary>
    private static readonly int[] Charted = [0, 2, 4];

    public async Task<DashboardDay> DayAsync(CancellationToken cancellationToken) =>
        DashboardDay.Of(DeadlineWindow.On(clock.Today, await calendars.GetAsync(cancellationToken)));

    public async Task<StatisticsDashboardPage> PageAsync(CancellationToken cancellationToken)
    {
        var day = await DayAsync(cancellationToken);
        var months = Months(day.Today);
        var counts = await statistics.MonthlyAsync(null, months[0], months[^1], cancellationToken);
        var charts = Charted.Select(i => new DashboardChart(i, new ChartData(
            $"trend-{i}",
            "line",
            MonthlyCounts.Rows[i].Name,
            [.. months.Select(m => m.Label)],
            [.. DepartmentSlugs.All.Select(d => new ChartSeries(StatisticsTables.ShortName(d), [.. months.Select(m => (decimal?)Value(counts, d, m, i))]))]))).ToList();
        return new StatisticsDashboardPage(
            months,
            counts,
            charts,
            await figures.RowsAsync(day, cancellationToken),
            await cases.AwaitingFeedbackAsync(10, cancellationToken),
            day);
    }

    /// <summary>The download of one trend (a monthly-report row by month and department), or null for an unknown row.</summary>
    public async Task<ExportTable?> TrendTableAsync(int metric, CancellationToken cancellationToken)
    {
        if (metric < 0 || metric >= MonthlyCounts.Rows.Count)
        {
            return null;
        }

        var months = Months(clock.Today);
        var counts = await statistics.MonthlyAsync(null, months[0], months[^1], cancellationToken);
        var (name, unit, definition) = MonthlyCounts.Rows[metric];
        return new ExportTable(
            $"各部门逐月{name}",
            ["月份", .. DepartmentSlugs.All.Select(StatisticsTables.ShortName), "合计"],
            [.. months.Select(m =>
            {
                var values = DepartmentSlugs.All.Select(d => Value(counts, d, m, metric)).ToList();
                return (IReadOnlyList<object?>)[m.Label, .. values.Cast<object?>(), values.Sum()];
            })])
        {
            Notes = [$"{name}（{unit}）：{definition}"],
        };
    }

    public async Task<DashboardCasesPage> CasesAsync(DashboardFigure figure, DepartmentCode? department, int page, CancellationToken cancellationToken)
    {
        var day = await DayAsync(cancellationToken);
        return new DashboardCasesPage(await figures.CasesAsync(figure, department, day, page, cancellationToken), day);
    }

    /// <summary>The twelve report months ending with the current one.</summary>
    private static List<ReportMonth> Months(DateOnly today)
    {
        var months = new List<ReportMonth>();
        for (var m = ReportMonth.Of(today.AddMonths(-11)); m <= ReportMonth.Of(today); m = m.Next())
        {
            months.Add(m);
        }

        return months;
    }

    private static int Value(IReadOnlyList<MonthlyCounts> counts, DepartmentCode department, ReportMonth month, int metric) =>
        counts.Single(c => c.Department == department && c.Month == month).Values[metric];
}
