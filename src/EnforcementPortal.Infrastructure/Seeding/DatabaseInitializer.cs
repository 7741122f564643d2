using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// What the start-up does to the database; from configuration section <c>Database</c> and <c>Bootstrap</c>.
/// Demo data is written only when <paramref name="SeedDemoData"/> is asked for (appsettings.Development.json does,
/// the base appsettings.json and docker-compose.yml do not).
/// </summary>
public sealed record DatabaseStartup(bool Migrate, bool SeedDemoData, string? AdminUserName, int DemoCasesPerYear = DemoDataSeeder.DefaultCasesPerYear);

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
    IDatabaseLease lease,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>The lease the seeding runs under, so that instances started together seed one after the other.</summary>
    public const string LeaseName = "database-initialization";

    /// <summary>How long an instance may seed before another may take over (a crashed instance's lease lapses then).</summary>
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(10);

    /// <summary>The key of the PostgreSQL advisory lock held while migrating ("EPMIGRAT" as a number).</summary>
    private const long MigrationLockKey = 0x4550_4D49_4752_4154;

    /// <summary>
    /// Applies the migrations. EF Core locks each migration's transaction, not the run: on PostgreSQL two instances
    /// starting together could each apply a later migration after the other applied the first. A session-level advisory
    /// lock held on one open connection makes the whole run one instance's; the other then finds nothing to apply.
    /// </summary>
    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // The usual start finds nothing to apply. Asking the history table first costs one query; MigrateAsync would
        // also build and compare the whole model with the last migration's snapshot, about a second of the start-up
        // (docs/benchmarks.md, "Start-up"). A model change without its migration is caught by the tests, not at start.
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            logger.LogInformation("The database schema is up to date ({Provider})", db.Database.ProviderName);
            return;
        }

        logger.LogInformation("Applying migrations ({Provider})", db.Database.ProviderName);
        if (db.Database.ProviderName != "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task InitializeAsync(DatabaseStartup startup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(startup);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        if (startup.Migrate)
        {
            await MigrateAsync(cancellationToken);
        }

        var migrated = watch.ElapsedMilliseconds;

        // Migrations are locked by EF itself; the seeding is not, so it runs under a lease: an instance started while
        // another seeds waits, then finds the data there (every seeder skips what already exists).
        var holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        while (!await lease.TryAcquireAsync(LeaseName, holder, LeaseDuration, cancellationToken))
        {
            logger.LogInformation("Another instance is initializing the database; waiting");
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        try
        {
            await referenceData.SeedAsync(cancellationToken);
            var referenced = watch.ElapsedMilliseconds;
            if (startup.SeedDemoData)
            {
                await demoData.SeedAsync(startup.DemoCasesPerYear, cancellationToken);
            }

            await EnsureAdministratorAsync(startup, cancellationToken);
            logger.LogInformation(
                "Database ready in {Milliseconds} ms (migrations {MigrationMilliseconds} ms, reference data {ReferenceMilliseconds} ms)",
                watch.ElapsedMilliseconds,
                migrated,
                referenced - migrated);
        }
        finally
        {
            await lease.ReleaseAsync(LeaseName, holder, CancellationToken.None);
        }
    }

    /// <summary>
    /// A production install starts with one administrator account (Bootstrap:AdminUserName, "admin" by default) that
    /// has no password: whoever holds the first sign-in code, written to the server log at every start until the
    /// password is set, chooses it on the 首次登录 page. Nobody can sign in with a password set in a file.
    /// </summary>
    private async Task EnsureAdministratorAsync(DatabaseStartup startup, CancellationToken cancellationToken)
    {
        if (!await users.Users.AnyAsync(cancellationToken))
        {
            var userName = string.IsNullOrWhiteSpace(startup.AdminUserName) ? FirstSignIn.DefaultAdminUserName : startup.AdminUserName.Trim();
            var admin = new AppUser
            {
                Id = Guid.NewGuid(),
                UserName = userName,
                FullName = "系统管理员",
                EmailConfirmed = true,
                CreatedAt = clock.Now,
            };
            var created = await users.CreateAsync(admin);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"The first administrator could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(admin, StaffRoles.Administrator);
            logger.LogInformation("Created the first administrator {UserName} without a password", admin.UserName);
        }

        var waiting = await users.Users.Where(u => u.PasswordHash == null).ToListAsync(cancellationToken);
        foreach (var user in waiting.Where(u => u.IsActive))
        {
            if (!await users.IsInRoleAsync(user, StaffRoles.Administrator))
            {
                continue;
            }

            var code = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, FirstSignIn.TokenPurpose);
            logger.LogWarning(
                "The administrator {UserName} has no password yet. Open /Account/FirstSignIn and enter this first sign-in code: {FirstSignInCode}",
                user.UserName,
                code);
        }
    }
}
