using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Inspections;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Queries;

/// <summary>One emergency inspection whose scheme is not yet approved (on the 督办 overdue list until it is).</summary>
public sealed record UnapprovedEmergency(Guid VisitId, DepartmentCode Department, string PartyName, string SiteName, DateOnly StartedOn, string Reason, string DraftedByName);

/// <summary>
/// Read-only lists of inspection visits, through the department scope (the bureau-wide roles see every department).
/// <see cref="UnapprovedEmergencies"/> is the list the overdue supervision (督办) view uses.
/// </summary>
public sealed class InspectionVisitQueries(AppDbContext db)
{
    /// <summary>The visits of the user's scope, newest first.</summary>
    public async Task<IReadOnlyList<InspectionVisit>> ListAsync(int take, CancellationToken cancellationToken) =>
        await db.InspectionVisits.AsNoTracking().OrderByDescending(v => v.DraftedAt).Take(take).ToListAsync(cancellationToken);

    public Task<InspectionVisit?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.InspectionVisits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);

    /// <summary>
    /// 紧急检查未补批: emergency inspections whose scheme the chief has not approved yet, oldest first. Every one of them is
    /// overdue: the approval was due the moment the officer went out.
    /// </summary>
    public async Task<IReadOnlyList<UnapprovedEmergency>> UnapprovedEmergencies(CancellationToken cancellationToken)
    {
        var visits = await db.InspectionVisits.AsNoTracking()
            .Where(v => v.IsEmergency && v.ApprovedAt == null)
            .OrderBy(v => v.DraftedAt)
            .ToListAsync(cancellationToken);
        return [.. visits.Select(v => new UnapprovedEmergency(v.Id, v.Department, v.PartyName, v.SiteName, v.PlannedOn, v.EmergencyReason ?? string.Empty, v.DraftedByName))];
    }
}
