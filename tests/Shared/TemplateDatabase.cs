using EnforcementPortal.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace EnforcementPortal.Tests.Shared;

/// <summary>
/// The demo database, migrated and seeded once per test run (per test assembly) through the portal's own start-up
/// (<c>InitializeDatabaseAsync</c>, the same seeders as production), then copied for every test host with SQLite's
/// backup API. Seeding the thousand-odd demo cases took seconds per host; a copy takes milliseconds.
/// </summary>
public static class TemplateDatabase
{
    /// <summary>The clock of every test run starts here: Monday 16 November 2026, 10:00 Beijing time.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 16, 2, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    private static readonly Lazy<Seeded> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A fresh fake clock, set where the template's seeding left its own (so new records follow the demo ones).</summary>
    public static FakeTimeProvider NewClock() => new(Template.Value.ClockAfterSeeding) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    /// <summary>Copies the seeded database (and its files, if any) to a new host's paths.</summary>
    public static void CopyTo(string databasePath, string filesRoot)
    {
        var template = Template.Value;
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        // Hosts of parallel test classes copy at the same moment; SQLite may answer "database is locked" to one of them.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var source = new SqliteConnection($"Data Source={template.DatabasePath};Mode=ReadOnly;Pooling=False");
                using var target = new SqliteConnection($"Data Source={databasePath};Pooling=False");
                source.Open();
                target.Open();
                source.BackupDatabase(target);
                break;
            }
            catch (SqliteException ex) when ((ex.SqliteErrorCode & 0xFF) is 5 or 6 && attempt < 20) // BUSY, LOCKED and their extended codes (261 BUSY_RECOVERY …)
            {
                Thread.Sleep(50 * attempt);
            }
        }

        CopyDirectory(template.FilesRoot, filesRoot);
    }

    /// <summary>The configuration of a test host whose files live under <paramref name="root"/>.</summary>
    public static Dictionary<string, string?> Settings(string root, string databasePath, string filesRoot) => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={databasePath}",
        ["Storage:Root"] = filesRoot,
        ["Logging:FilePath"] = Path.Combine(root, "logs", "portal-.json"),
        ["Serilog:MinimumLevel:Default"] = "Warning",
    };

    private static Seeded Create() => CreateAsync().GetAwaiter().GetResult();

    private static async Task<Seeded> CreateAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "ep-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        var databasePath = Path.Combine(root, "portal.db");
        var filesRoot = Path.Combine(root, "files");
        var clock = new FakeTimeProvider(Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = root });
        builder.Configuration.AddInMemoryCollection(Settings(root, databasePath, filesRoot));

        // The template's content root is a temp folder, so the Web project's appsettings.Testing.json is not read here:
        // ask for the demo bureau (without the generated living cases) explicitly.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:SeedDemoData"] = "true",
            ["Database:DemoCasesPerYear"] = "0",
        });
        builder.AddPortal();
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton<TimeProvider>(clock);
        await using (var app = builder.Build())
        {
            app.UsePortal();
            await app.InitializeDatabaseAsync();
        }

        SqliteConnection.ClearAllPools();
        return new Seeded(databasePath, filesRoot, clock.GetUtcNow());
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void TryDelete(string root)
    {
        try
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }

    private sealed record Seeded(string DatabasePath, string FilesRoot, DateTimeOffset ClockAfterSeeding);
}
