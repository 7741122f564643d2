using EnforcementPortal.Infrastructure;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace EnforcementPortal.Tests.Shared;

/// <summary>
/// The real portal (same composition as Program.cs) on its own SQLite file with the demo data, in the "Testing"
/// environment (friendly error pages, no developer exception page). Each factory has its own database and files,
/// copied from the one <see cref="TemplateDatabase"/> seeded per test run, and its own fake clock
/// (<see cref="Clock"/>) that starts where the template's seeding left it: tests ask the factory for "today", never
/// the machine.
/// <see cref="PostgreSqlPortalFactory"/> runs the same portal on a database of its own on the test PostgreSQL server.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ep-tests", Guid.NewGuid().ToString("N"));

    private string? _postgreSql;

    private bool _ownsPostgreSql = true;

    public PortalFactory()
    {
        Clock = TemplateDatabase.NewClock();
    }

    /// <summary>A portal on an existing PostgreSQL database that another factory (or the test) owns and drops.</summary>
    protected PortalFactory(string postgreSqlConnectionString)
        : this()
    {
        _postgreSql = postgreSqlConnectionString;
        _ownsPostgreSql = false;
    }

    public string DatabasePath => Path.Combine(_root, "portal.db");

    public string FilesRoot => Path.Combine(_root, "files");

    /// <summary>
    /// The portal's <see cref="TimeProvider"/>: Beijing time is read from it by <c>BureauClock</c>, cookies and the
    /// security stamp check use it too. It advances a millisecond per reading (so records keep their order) and
    /// moves further only when a test calls <see cref="FakeTimeProvider.Advance"/>.
    /// </summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>"Now" as the portal sees it (Beijing time, whatever the machine's time zone).</summary>
    public DateTime Now => Clock.GetUtcNow().ToOffset(TemplateDatabase.BeijingOffset).DateTime;

    /// <summary>"Today" as the portal sees it.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>The database provider the portal runs on.</summary>
    public virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>The connection string of this factory's database, for the configured provider.</summary>
    public string ConnectionString => Provider switch
    {
        DatabaseProvider.PostgreSql => _postgreSql ??= TestPostgreSql.CreateDatabase(),
        DatabaseProvider.SqlServer => _sqlServer ??= CreateSqlServerDatabase(),
        _ => $"Data Source={DatabasePath}",
    };

    private string? _sqlServer;

    /// <summary>A fresh SQL Server database for this factory (the integration tests' SQL Server factory makes one in a container).</summary>
    protected virtual string CreateSqlServerDatabase() => throw new NotSupportedException("This factory has no SQL Server.");

    /// <summary>
    /// Whether the host starts on a copy of the seeded demo database (<see cref="TemplateDatabase"/>); a host that must
    /// start on an empty database, as an operator's first start does, says no.
    /// </summary>
    protected virtual bool StartsFromDemoTemplate => true;

    /// <summary>Extra configuration a test class needs (e.g. a lower lockout threshold).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>Service replacements a test class needs (e.g. a failing interceptor).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (Provider == DatabaseProvider.Sqlite && StartsFromDemoTemplate)
        {
            TemplateDatabase.CopyTo(DatabasePath, FilesRoot);
        }
        else
        {
            Directory.CreateDirectory(FilesRoot);
        }

        builder.UseEnvironment("Testing");
        var settings = TemplateDatabase.Settings(_root, DatabasePath, FilesRoot);
        if (Provider != DatabaseProvider.Sqlite)
        {
            // A server database starts empty: the portal migrates and seeds it itself.
            settings["Database:Provider"] = Provider.ToString();
            settings[$"ConnectionStrings:{Provider}"] = ConnectionString;
        }

        // Every test client signs in from the same (unknown) address; the per-client sign-in limit has its own tests.
        settings["Security:SignInAttemptsPerMinute"] = "100000";
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

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            ConfigureTestServices(services);
        });
    }

    /// <summary>A database context that sees every department, for arranging and asserting.</summary>
    public AppDbContext CreateDbContext()
    {
        // The host copies the template database when it starts: a test that reads before its first request starts it here.
        _ = Services;
        if (Provider == DatabaseProvider.PostgreSql)
        {
            var builder = new DbContextOptionsBuilder<PostgreSqlAppDbContext>();
            DependencyInjection.UsePostgreSql(builder, ConnectionString);
            return new PostgreSqlAppDbContext(builder.Options);
        }

        if (Provider == DatabaseProvider.SqlServer)
        {
            var sqlServer = new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer(ConnectionString).Options;
            return new SqlServerAppDbContext(sqlServer);
        }

        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={DatabasePath}").Options;
        return new SqliteAppDbContext(options);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (_postgreSql is not null && _ownsPostgreSql)
            {
                TestPostgreSql.DropDatabase(_postgreSql);
            }

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

/// <summary>The portal on a fresh database of the test PostgreSQL server (<see cref="TestPostgreSql"/>).</summary>
public class PostgreSqlPortalFactory : PortalFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>
/// One instance of the portal on a PostgreSQL database it shares with other instances (created and dropped by the
/// test), with its own DI container, memory, files and clock, and the given extra settings (e.g. a Redis connection).
/// </summary>
public sealed class SharedPostgreSqlPortalFactory(string connectionString, IDictionary<string, string?> settings)
    : PortalFactory(connectionString)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override IDictionary<string, string?> ExtraSettings => settings;
}
