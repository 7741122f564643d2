using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.Tests.Shared;

/// <summary>
/// The real portal (same composition as Program.cs) on a fresh SQLite file with the demo data, in the "Testing"
/// environment (friendly error pages, no developer exception page). Each factory has its own database and files.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ep-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_root, "portal.db");

    public string FilesRoot => Path.Combine(_root, "files");

    /// <summary>Extra configuration a test class needs (e.g. a lower lockout threshold).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>Service replacements a test class needs (e.g. a failing interceptor).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Directory.CreateDirectory(_root);
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={DatabasePath}",
            ["Storage:Root"] = FilesRoot,
            ["Logging:FilePath"] = Path.Combine(_root, "logs", "portal-.json"),
            ["Serilog:MinimumLevel:Default"] = "Warning",

            // Every test client signs in from the same (unknown) address; the per-client sign-in limit has its own tests.
            ["Security:SignInAttemptsPerMinute"] = "100000",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        // UseSetting, not ConfigureAppConfiguration: Program reads the provider and connection string while it
        // registers services, before configuration added later would be seen.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(ConfigureTestServices);
    }

    /// <summary>A database context that sees every department, for arranging and asserting.</summary>
    public AppDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={DatabasePath}").Options;
        return new SqliteAppDbContext(options, FixedDepartmentScope.Unrestricted);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the OS is left for the temp cleaner.
            }
        }
    }
}
