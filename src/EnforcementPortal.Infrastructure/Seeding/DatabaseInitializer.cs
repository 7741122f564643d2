using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>Applies the provider's migrations and seeds the reference data, then (when asked) the demo data.</summary>
public sealed class DatabaseInitializer(AppDbContext db, ReferenceDataSeeder referenceData, DemoDataSeeder demoData, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoData, CancellationToken cancellationToken)
    {
        logger.LogInformation("Applying migrations ({Provider})", db.Database.ProviderName);
        await db.Database.MigrateAsync(cancellationToken);
        await referenceData.SeedAsync(cancellationToken);
        if (seedDemoData)
        {
            await demoData.SeedAsync(cancellationToken);
        }
    }
}
