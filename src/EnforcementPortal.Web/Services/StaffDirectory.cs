using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>An officer offered on a form, with the state of their certificate on the day.</summary>
public sealed record StaffOption(Guid Id, string FullName, string? CertificateNumber, DateOnly? ValidTo, bool IsCertified, CertificateStatus Status = CertificateStatus.Valid, Certificate? Certificate = null);

/// <summary>
/// The department's staff who can be named on an inspection, a service of documents or an interview. It reads the
/// users from the context, not through the user manager: every case page shows the department's officers, and building
/// the user manager with its validators and stores for each view cost more than the query (docs/benchmarks.md,
/// "Per-request cost").
/// </summary>
public sealed class StaffDirectory(AppDbContext db)
{
    public async Task<IReadOnlyList<StaffOption>> OfficersOfAsync(DepartmentCode department, DateOnly day, CancellationToken cancellationToken)
    {
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.Department == department && u.IsActive)
            .OrderBy(u => u.UserName)
            .ToListAsync(cancellationToken);
        return [.. staff.Select(u => new StaffOption(u.Id, u.FullName, u.Certificate?.Number, u.Certificate?.ValidTo, u.Certificate?.IsValidOn(day) == true, u.Certificate?.Status ?? CertificateStatus.Valid, u.Certificate))];
    }

    /// <summary>
    /// The selected people as recorded on the step. Only active staff of the department count; an unknown id is dropped,
    /// so a crafted request cannot name someone from elsewhere.
    /// </summary>
    public async Task<IReadOnlyList<OfficerOnDuty>> ResolveAsync(DepartmentCode department, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var staff = await db.Users.AsNoTracking()
            .Where(u => wanted.Contains(u.Id) && u.Department == department && u.IsActive)
            .ToListAsync(cancellationToken);
        return [.. staff.OrderBy(u => wanted.IndexOf(u.Id)).Select(u => u.ToOfficerOnDuty())];
    }
}
