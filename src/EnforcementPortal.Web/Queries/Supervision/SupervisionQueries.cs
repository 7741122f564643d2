using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.Web.Security;

namespace EnforcementPortal.Web.Queries.Supervision;

/// <summary>
/// One page of the 督办 list as one user reads it: red and yellow items, most overdue first, with the counts of each over
/// the whole list (counted in the database, not from the page).
/// </summary>
public sealed record SupervisionList(DepartmentCode? Department, DateOnly Today, DateOnly DueSoonBy, IReadOnlyList<SupervisionItem> Items, int OverdueCount, int DueSoonCount, int Page = 1, int PageSize = SupervisionPaging.DefaultPageSize)
{
    public int Total => OverdueCount + DueSoonCount;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>How many items a page of the 督办 list shows (configuration <c>Supervision:PageSize</c>, default 50).</summary>
public sealed record SupervisionPaging(int PageSize = SupervisionPaging.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
}

/// <summary>
/// 督办: every registered <see cref="ISupervisionSource"/> read for the user's scope — a section chief their own
/// department, the bureau leader all departments; anyone else nothing (the page's policy keeps them out). The list is read
/// a page at a time: each source counts its items in the database and gives its first ones in due order, and the page is
/// cut from their merge, so a page costs the same however many items the bureau has overdue.
/// </summary>
public sealed class SupervisionQueries(IEnumerable<ISupervisionSource> sources, IWorkingDayCalendarProvider calendars, IBureauClock clock, SupervisionSettings settings, SupervisionPaging paging, CurrentUser user, CaseFigureCache figures)
{
    private int PageSize => paging.PageSize;

    /// <summary>Whether the user reads the list at all, and for which department (null: all).</summary>
    public (bool Allowed, DepartmentCode? Department) Scope =>
        user.IsLeader ? (true, null) : user.IsChief && user.Department is { } d ? (true, d) : (false, null);

    public async Task<SupervisionList> ListAsync(int page, CancellationToken cancellationToken)
    {
        var (allowed, department) = Scope;
        var today = clock.Today;
        var calendar = await calendars.GetAsync(cancellationToken);
        var window = DeadlineWindow.On(today, calendar);
        if (!allowed)
        {
            return new SupervisionList(null, today, window.DueSoonBy, [], 0, 0, 1, PageSize);
        }

        var query = new SupervisionQuery(department, window, calendar, settings);
        // The counts (a dozen index counts over every source) are kept like the dashboard's figures: recounted after any
        // save in this process, on a new day, and at the latest after Performance:FigureCacheSeconds.
        var counts = await figures.GetAsync($"supervision:{department}:{window.DueSoonBy:yyyy-MM-dd}", today, async () =>
        {
            var sum = SupervisionCounts.None;
            foreach (var source in sources)
            {
                sum += await source.CountAsync(query, cancellationToken);
            }

            return sum;
        });

        var pageCount = Math.Max(1, (counts.Overdue + counts.DueSoon + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await FirstAsync(query, page * PageSize, cancellationToken);
        return new SupervisionList(department, today, window.DueSoonBy, [.. items.Skip((page - 1) * PageSize).Take(PageSize)], counts.Overdue, counts.DueSoon, page, PageSize);
    }

    /// <summary>The current item of one kind for one case, if it is on the user's list now.</summary>
    public async Task<SupervisionItem?> FindCaseItemAsync(Guid caseId, SupervisionItemKind kind, CancellationToken cancellationToken)
    {
        var (allowed, department) = Scope;
        if (!allowed)
        {
            return null;
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var query = new SupervisionQuery(department, DeadlineWindow.On(clock.Today, calendar), calendar, settings, caseId);
        var items = await FirstAsync(query, int.MaxValue, cancellationToken);
        return items.FirstOrDefault(i => i.CaseId == caseId && i.Kind == kind);
    }

    /// <summary>
    /// The list's first <paramref name="count"/> items in its order. Each source gives its first items in due order;
    /// below the earliest due date at which a source was cut off every item is known, so the merge is exact there. When
    /// the page reaches past it (items sharing that due date), the cut-off sources are read further.
    /// </summary>
    private async Task<IReadOnlyList<SupervisionItem>> FirstAsync(SupervisionQuery query, int count, CancellationToken cancellationToken)
    {
        var take = count;
        while (true)
        {
            var all = new List<SupervisionItem>();
            DateOnly? cut = null;
            foreach (var source in sources)
            {
                var items = await source.ItemsAsync(query, take, cancellationToken);
                all.AddRange(items);
                if (items.Count >= take && items.Count > 0 && (cut is null || items[^1].Due < cut))
                {
                    cut = items[^1].Due;
                }
            }

            var ordered = SupervisionDeadlines.Order(all);
            var known = cut is { } c ? [.. ordered.Where(i => i.Due < c)] : ordered;
            if (known.Count >= count || cut is null || take >= int.MaxValue / 2)
            {
                return [.. (cut is null ? ordered : known).Take(count)];
            }

            take *= 2;
        }
    }
}
