using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>What the start-up does to the database; from configuration section <c>Database</c> and <c>Bootstrap</c>.</summary>
public sealed record DatabaseStartup(bool Migrate, bool SeedDemoData, string? AdminUserName, string? AdminPassword);

/// <summary>
/// At start: applies the provider's migrations (unless an operator applies them by command), imports the reference
/// data every installation needs, creates the first administrator of a production install, and seeds the demo data
/// when asked.
/// </summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    ReferenceDataSeeder referenceData,
    DemoDataSeeder demoData,
    UserManager<AppUser> users,
    IBureauClock clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(DatabaseStartup startup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(startup);
        if (startup.Migrate)
        {
            logger.LogInformation("Applying migrations ({Provider})", db.Database.ProviderName);
            await db.Database.MigrateAsync(cancellationToken);
        }

        await referenceData.SeedAsync(cancellationToken);
        if (startup.SeedDemoData)
        {
            await demoData.SeedAsync(cancellationToken);
        }

        await EnsureAdministratorAsync(startup, cancellationToken);
    }

    /// <summary>
    /// A production install starts without users; the operator names the first administrator in configuration
    /// (Bootstrap:AdminUserName / Bootstrap:AdminPassword) and changes the password after the first sign-in.
    /// </summary>
    private async Task EnsureAdministratorAsync(DatabaseStartup startup, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(startup.AdminUserName) || string.IsNullOrWhiteSpace(startup.AdminPassword)
            || await users.Users.AnyAsync(cancellationToken))
        {
            if (!await users.Users.AnyAsync(cancellationToken))
            {
                logger.LogWarning("The database has no users. Set Bootstrap:AdminUserName and Bootstrap:AdminPassword to create the first administrator");
            }

            return;
        }

        var admin = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = startup.AdminUserName.Trim(),
            FullName = "系统管理员",
            EmailConfirmed = true,
            CreatedAt = clock.Now,
        };
        var created = await users.CreateAsync(admin, startup.AdminPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"The first administrator could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(admin, StaffRoles.Administrator);
        logger.LogInformation("Created the first administrator {UserName}", admin.UserName);
    }
}
