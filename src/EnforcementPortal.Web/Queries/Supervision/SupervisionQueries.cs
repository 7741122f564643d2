using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.Web.Security;

namespace EnforcementPortal.Web.Queries.Supervision;

/// <summary>The 督办 list as one user reads it: red and yellow items, most overdue first, with the counts of each.</summary>
public sealed record SupervisionList(DepartmentCode? Department, DateOnly Today, DateOnly DueSoonBy, IReadOnlyList<SupervisionItem> Items)
{
    public int OverdueCount => Items.Count(i => i.Urgency == DeadlineUrgency.Overdue);

    public int DueSoonCount => Items.Count(i => i.Urgency == DeadlineUrgency.DueSoon);
}

/// <summary>
/// 督办: every registered <see cref="ISupervisionSource"/> read for the user's scope — a section chief their own
/// department, the bureau leader all departments; anyone else nothing (the page's policy keeps them out).
/// </summary>
public sealed class SupervisionQueries(IEnumerable<ISupervisionSource> sources, IWorkingDayCalendarProvider calendars, IBureauClock clock, SupervisionSettings settings, CurrentUser user)
{
    /// <summary>Whether the user reads the list at all, and for which department (null: all).</summary>
    public (bool Allowed, DepartmentCode? Department) Scope =>
        user.IsLeader ? (true, null) : user.IsChief && user.Department is { } d ? (true, d) : (false, null);

    public async Task<SupervisionList> ListAsync(CancellationToken cancellationToken)
    {
        var (allowed, department) = Scope;
        var today = clock.Today;
        var calendar = await calendars.GetAsync(cancellationToken);
        var window = DeadlineWindow.On(today, calendar);
        if (!allowed)
        {
            return new SupervisionList(null, today, window.DueSoonBy, []);
        }

        var query = new SupervisionQuery(department, window, calendar, settings);
        var items = new List<SupervisionItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.ItemsAsync(query, cancellationToken));
        }

        return new SupervisionList(department, today, window.DueSoonBy, SupervisionDeadlines.Order(items));
    }

    /// <summary>The current item of one kind for one case, if it is on the user's list now.</summary>
    public async Task<SupervisionItem?> FindCaseItemAsync(Guid caseId, SupervisionItemKind kind, CancellationToken cancellationToken)
    {
        var list = await ListAsync(cancellationToken);
        return list.Items.FirstOrDefault(i => i.CaseId == caseId && i.Kind == kind);
    }
}
