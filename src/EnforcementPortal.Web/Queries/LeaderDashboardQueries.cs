using System.Linq.Expressions;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Queries;

/// <summary>The figures of the leader's dashboard; each is one condition on the case records.</summary>
public enum DashboardFigure
{
    /// <summary>在办案件: not ended and not archived.</summary>
    Open = 0,

    /// <summary>已逾期: the running deadline has passed.</summary>
    Overdue = 1,

    /// <summary>3个工作日内到期: the running deadline falls today or within three working days.</summary>
    DueSoon = 2,

    /// <summary>移交待审批.</summary>
    PendingApproval = 3,

    /// <summary>移交待反馈: transferred, waiting for the receiving bureau's 立案 or 处置结果.</summary>
    AwaitingFeedback = 4,

    /// <summary>本年检查: cases opened (inspected) since 1 January.</summary>
    InspectedThisYear = 5,

    /// <summary>本年发现问题: of those, the cases with a finding.</summary>
    FindingsThisYear = 6,

    /// <summary>本年问题已闭环: of those, the cases concluded or archived (the rectification closure rate's numerator).</summary>
    ClosedThisYear = 7,

    /// <summary>本年移交: transfers decided since 1 January.</summary>
    TransferredThisYear = 8,
}

/// <summary>The day the dashboard is read: today, the last day counted as due soon, and 1 January.</summary>
public sealed record DashboardDay(DateOnly Today, DateOnly DueSoonBy)
{
    public DateOnly YearStart => new(Today.Year, 1, 1);

    public static DashboardDay Of(DeadlineWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return new DashboardDay(window.Today, window.DueSoonBy);
    }
}

/// <summary>One department's row of the dashboard (department null: the bureau's total).</summary>
public sealed record DashboardRow(DepartmentCode? Department, IReadOnlyDictionary<DashboardFigure, int> Counts, int? LongestFeedbackWaitDays)
{
    public int this[DashboardFigure figure] => Counts.TryGetValue(figure, out var count) ? count : 0;

    /// <summary>整改闭环率: closed among this year's cases with findings, in percent (null without findings).</summary>
    public decimal? ClosureRate => this[DashboardFigure.FindingsThisYear] == 0
        ? null
        : Math.Round(100m * this[DashboardFigure.ClosedThisYear] / this[DashboardFigure.FindingsThisYear], 1);
}

/// <summary>The cases behind one figure, a page at a time.</summary>
public sealed record DashboardCasePage(DashboardFigure Figure, DepartmentCode? Department, int Total, int Page, int PageSize, IReadOnlyList<CaseListItem> Items)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The leader's dashboard. Every figure is the count of one named condition (<see cref="Condition"/>), grouped by
/// department in the database; the list behind a figure applies the same condition, so the figure on the dashboard
/// and the rows of its list cannot disagree.
/// </summary>
public sealed class LeaderDashboardQueries(AppDbContext db)
{
    public const int PageSize = 50;

    public static string Name(DashboardFigure figure) => figure switch
    {
        DashboardFigure.Open => "在办案件",
        DashboardFigure.Overdue => "已逾期",
        DashboardFigure.DueSoon => "3个工作日内到期",
        DashboardFigure.PendingApproval => "移交待审批",
        DashboardFigure.AwaitingFeedback => "移交待反馈",
        DashboardFigure.InspectedThisYear => "本年检查",
        DashboardFigure.FindingsThisYear => "本年发现问题",
        DashboardFigure.ClosedThisYear => "本年问题已闭环",
        DashboardFigure.TransferredThisYear => "本年移交",
        _ => throw new ArgumentOutOfRangeException(nameof(figure)),
    };

    public static Expression<Func<EnforcementCase, bool>> Condition(DashboardFigure figure, DashboardDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var today = day.Today;
        var dueSoonBy = day.DueSoonBy;
        var yearStart = day.YearStart;
        return figure switch
        {
            DashboardFigure.Open => c => c.State != CaseState.Ended && c.State != CaseState.Archived,
            DashboardFigure.Overdue => c => c.OpenDeadline != null && c.OpenDeadline < today,
            DashboardFigure.DueSoon => c => c.OpenDeadline != null && c.OpenDeadline >= today && c.OpenDeadline <= dueSoonBy,
            DashboardFigure.PendingApproval => c => c.State == CaseState.TransferPendingApproval,
            DashboardFigure.AwaitingFeedback => c => c.State == CaseState.Transferred || c.State == CaseState.AwaitingDisposal,
            DashboardFigure.InspectedThisYear => c => c.OpenedOn >= yearStart && c.OpenedOn <= today,
            DashboardFigure.FindingsThisYear => c => c.OpenedOn >= yearStart && c.OpenedOn <= today && c.Determination != Determination.NoViolation,
            DashboardFigure.ClosedThisYear => c => c.OpenedOn >= yearStart && c.OpenedOn <= today && c.Determination != Determination.NoViolation
                && (c.State == CaseState.Concluded || c.State == CaseState.Archived),
            DashboardFigure.TransferredThisYear => c => c.TransferDeterminedOn != null && c.TransferDeterminedOn >= yearStart && c.TransferDeterminedOn <= today,
            _ => throw new ArgumentOutOfRangeException(nameof(figure)),
        };
    }

    /// <summary>One row per department and the bureau's total: one grouped count per figure, no case loaded.</summary>
    public async Task<IReadOnlyList<DashboardRow>> RowsAsync(DashboardDay day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(day);
        var counts = new Dictionary<(DepartmentCode, DashboardFigure), int>();
        foreach (var figure in Enum.GetValues<DashboardFigure>())
        {
            var grouped = await db.Cases.AsNoTracking().Where(Condition(figure, day))
                .GroupBy(c => c.Department)
                .Select(g => new { Department = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            foreach (var row in grouped)
            {
                counts[(row.Department, figure)] = row.Count;
            }
        }

        var waitingSince = await db.Cases.AsNoTracking().Where(Condition(DashboardFigure.AwaitingFeedback, day))
            .GroupBy(c => c.Department)
            .Select(g => new { Department = g.Key, Since = g.Min(c => c.TransferDeterminedOn) })
            .ToListAsync(cancellationToken);
        int? Wait(DateOnly? since) => since is { } s ? day.Today.DayNumber - s.DayNumber : null;

        var rows = DepartmentPolicy.All.Select(p => p.Department).Select(d => new DashboardRow(
            d,
            Enum.GetValues<DashboardFigure>().ToDictionary(f => f, f => counts.GetValueOrDefault((d, f))),
            Wait(waitingSince.FirstOrDefault(w => w.Department == d)?.Since))).ToList();
        rows.Add(new DashboardRow(
            null,
            Enum.GetValues<DashboardFigure>().ToDictionary(f => f, f => rows.Sum(r => r[f])),
            rows.Max(r => r.LongestFeedbackWaitDays)));
        return rows;
    }

    /// <summary>The cases behind a figure: most urgent deadline first, then the newest.</summary>
    public async Task<DashboardCasePage> CasesAsync(DashboardFigure figure, DepartmentCode? department, DashboardDay day, int page, CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking().Where(Condition(figure, day));
        if (department is { } d)
        {
            cases = cases.Where(c => c.Department == d);
        }

        var total = await cases.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await (
            from c in cases
            join p in db.Parties on c.PartyId equals p.Id
            orderby c.OpenDeadline == null, c.OpenDeadline, c.CreatedAt descending, c.Number
            select new CaseListItem(c.Id, c.Number, c.Department, c.Trigger, p.Name, c.SiteName, c.State, c.Determination, c.OpenedOn, c.OpenDeadlineKind, c.OpenDeadline, c.CreatedAt))
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return new DashboardCasePage(figure, department, total, page, PageSize, items);
    }
}
