using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Statistics;

/// <summary>
/// Reads the complaint records a user's statistics count (<see cref="ComplaintFigures"/>): a department's complaints for
/// its staff, every complaint (unrouted included) for the bureau's leaders; one projection, nothing else loaded.
/// </summary>
public sealed class ComplaintStatisticsQueries(AppDbContext db, CurrentUser user)
{
    public async Task<ComplaintFigures> CountAsync(DepartmentCode? department, DateOnly from, DateOnly toExclusive, CancellationToken cancellationToken)
    {
        var seesAll = user.IsLeader || user.IsInRole(StaffRoles.LegalReviewer);
        DepartmentCode? scope = department ?? (seesAll ? null : user.Department);
        if (scope is null && !seesAll)
        {
            return ComplaintFigures.Count([], from, toExclusive);
        }

        var records = await db.Complaints.AsNoTracking()
            .Where(c => scope == null || c.Department == scope)
            .Where(c => (c.ReceivedOn >= from && c.ReceivedOn < toExclusive) || (c.AnsweredOn >= from && c.AnsweredOn < toExclusive))
            .Select(c => new ComplaintRecord(c.Channel, c.Department, c.ReceivedOn, c.AnsweredOn, c.OpinionDue, c.State, c.CaseId != null, c.MajorReasons != MajorCaseReasons.None))
            .ToListAsync(cancellationToken);
        return ComplaintFigures.Count(records, from, toExclusive);
    }
}
