using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// Data every installation needs, demo or not: the five departments with their contact data (from the department registry, <see cref="DepartmentPolicy"/>),
/// the roles, the official holiday calendar and the penalty-matter catalogue. Idempotent.
/// </summary>
public sealed class ReferenceDataSeeder(AppDbContext db, RoleManager<IdentityRole<Guid>> roles, IWorkingDayCalendarProvider calendars)
{
    /// <summary>The departments as first stored, from the department registry; an administrator edits the contacts later.</summary>
    public static IReadOnlyList<Department> Departments { get; } =
        [.. DepartmentPolicy.All.Select(p => new Department(p.Department, p.FullName, p.ShortName, p.Phone, p.Office))];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Departments.Select(d => d.Code).ToListAsync(cancellationToken);
        foreach (var department in Departments.Where(d => !existing.Contains(d.Code)))
        {
            db.Departments.Add(new Department(department.Code, department.Name, department.ShortName, department.Phone, department.Office));
        }

        // 法制审核 scope: every transfer, in every department (建法〔2025〕40号 (十三)); the administrator may add serious findings.
        var scoped = await db.LegalReviewScopes.Select(s => s.Department).ToListAsync(cancellationToken);
        db.LegalReviewScopes.AddRange(Departments.Where(d => !scoped.Contains(d.Code)).Select(d => new LegalReviewScope(d.Code)));

        await db.SaveChangesAsync(cancellationToken);
        await ShippedReferenceData.ImportAsync(db, cancellationToken);
        calendars.Invalidate();

        foreach (var role in StaffRoles.All.Append(Domain.Enterprises.EnterpriseRole.Name))
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() });
            }
        }
    }
}
