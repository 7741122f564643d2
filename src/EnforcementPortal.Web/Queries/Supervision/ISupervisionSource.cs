using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Supervision;

namespace EnforcementPortal.Web.Queries.Supervision;

/// <summary>What the 督办 list is read for: one department (a chief) or all (the bureau leader), on one calendar reading.</summary>
public sealed record SupervisionQuery(DepartmentCode? Department, DeadlineWindow Window, WorkingDayCalendar Calendar, SupervisionSettings Settings);

/// <summary>
/// One source of 督办 items. The list is the union of every registered source (<see cref="SupervisionSources.Add"/>):
/// a feature with its own deadlines (e.g. 未经批准的紧急检查) adds a source and registers it there, nothing else. A source
/// returns only overdue and due-soon items (<see cref="SupervisionDeadlines.Classify"/>), reads through an index, and
/// applies <see cref="SupervisionQuery.Department"/>.
/// </summary>
public interface ISupervisionSource
{
    Task<IReadOnlyList<SupervisionItem>> ItemsAsync(SupervisionQuery query, CancellationToken cancellationToken);
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
