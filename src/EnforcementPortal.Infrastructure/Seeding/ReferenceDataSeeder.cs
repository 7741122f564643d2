using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// Data every installation needs, demo or not: the five departments with their contact data (seed 000),
/// the roles, the official holiday calendar and the penalty-matter catalogue. Idempotent.
/// </summary>
public sealed class ReferenceDataSeeder(AppDbContext db, RoleManager<IdentityRole<Guid>> roles, IWorkingDayCalendarProvider calendars)
{
    private const string BureauAddress = "伊宁市住建局（伊犁河路9号）";

    public static IReadOnlyList<Department> Departments { get; } =
    [
        new(DepartmentCode.Housing, "房产科（房地产市场监管科）", "房产科", "0999-8337018", BureauAddress + "2楼207办公室"),
        new(DepartmentCode.ConstructionManagement, "建管科", "建管科", "0999-8332533", BureauAddress + "4楼420办公室"),
        new(DepartmentCode.CivilAirDefense, "人防（人防工程执法）", "人防", "0999-8332533", BureauAddress + "4楼420办公室"),
        new(DepartmentCode.Safety, "安监站（建设工程安全监督站）", "安监站", "0999-8337108", BureauAddress + "2楼219办公室"),
        new(DepartmentCode.Quality, "质监站（建筑工程质量监督站）", "质监站", "0999-8337086", BureauAddress + "2楼219办公室"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Departments.Select(d => d.Code).ToListAsync(cancellationToken);
        foreach (var department in Departments.Where(d => !existing.Contains(d.Code)))
        {
            db.Departments.Add(new Department(department.Code, department.Name, department.ShortName, department.Phone, department.Office));
        }

        await db.SaveChangesAsync(cancellationToken);
        await ShippedReferenceData.ImportAsync(db, cancellationToken);
        calendars.Invalidate();

        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() });
            }
        }
    }
}
