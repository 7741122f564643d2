using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Supervision;

namespace EnforcementPortal.Web.Queries.Supervision;

/// <summary>
/// What the 督办 list is read for: one department (a chief) or all (the bureau leader), on one calendar reading;
/// <paramref name="CaseId"/> narrows it to one case's items (a 督办函 is issued for one item).
/// </summary>
public sealed record SupervisionQuery(DepartmentCode? Department, DeadlineWindow Window, WorkingDayCalendar Calendar, SupervisionSettings Settings, Guid? CaseId = null)
{
    /// <summary>
    /// The stored-day thresholds of a due date computed from a stored day: a stored day before <c>Overdue</c> gives an
    /// overdue item, one before <c>Listed</c> an item on the list (overdue or due soon).
    /// </summary>
    public (DateOnly Overdue, DateOnly Listed) Thresholds(Func<DateOnly, DateOnly> due) =>
        (SupervisionDeadlines.FirstBaseDueAfter(due, Window.Today.AddDays(-1)), SupervisionDeadlines.FirstBaseDueAfter(due, Window.DueSoonBy));
}

/// <summary>How many red (overdue) and yellow (due soon) items a source holds, counted in the database.</summary>
public sealed record SupervisionCounts(int Overdue, int DueSoon)
{
    public static SupervisionCounts None { get; } = new(0, 0);

    public static SupervisionCounts operator +(SupervisionCounts left, SupervisionCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Overdue + right.Overdue, left.DueSoon + right.DueSoon);
    }

    public static SupervisionCounts Add(SupervisionCounts left, SupervisionCounts right) => left + right;
}

/// <summary>
/// One source of 督办 items. The list is the union of every registered source (<see cref="SupervisionSources.Add"/>):
/// a feature with its own deadlines (e.g. 未经批准的紧急检查) adds a source and registers it there, nothing else. A source
/// returns only overdue and due-soon items (<see cref="SupervisionDeadlines.Classify"/>), reads through an index, and
/// applies <see cref="SupervisionQuery.Department"/> and <see cref="SupervisionQuery.CaseId"/>. The list is read a page
/// at a time, so a source never reads all its items: it counts them in the database and returns its first ones in the
/// list's order.
/// </summary>
public interface ISupervisionSource
{
    /// <summary>
    /// The source's first <paramref name="take"/> items by due date (earliest first, i.e. most overdue first). Every item
    /// it leaves out is due no earlier than the last one returned.
    /// </summary>
    Task<IReadOnlyList<SupervisionItem>> ItemsAsync(SupervisionQuery query, int take, CancellationToken cancellationToken);

    /// <summary>The source's red and yellow items, counted without reading them.</summary>
    Task<SupervisionCounts> CountAsync(SupervisionQuery query, CancellationToken cancellationToken);
}

/// <summary>The registered sources of the 督办 list.</summary>
public static class SupervisionSources
{
    /// <summary>
    /// The extension point: every source of the 督办 list, registered here. Add a line for a new source.
    /// </summary>
    public static IServiceCollection Add(IServiceCollection services)
    {
        services.AddScoped<ISupervisionSource, CaseDeadlineSource>();
        services.AddScoped<ISupervisionSource, ReviewSource>();
        services.AddScoped<ISupervisionSource, TransferFeedbackSource>();
        services.AddScoped<ISupervisionSource, ComplaintDeadlineSource>();
        services.AddScoped<ISupervisionSource, EmergencyInspectionSource>();
        return services;
    }
}
