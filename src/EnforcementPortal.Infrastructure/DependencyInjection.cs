using EnforcementPortal.Domain.Common;
using EnforcementPortal.Infrastructure.Calendar;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Seeding;
using EnforcementPortal.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.Infrastructure;

/// <summary>The database providers the portal runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: a file next to the app.</summary>
    Sqlite,

    /// <summary>Production.</summary>
    SqlServer,

    /// <summary>PostgreSQL, and the domestic (信创) databases that speak its dialect.</summary>
    PostgreSql,
}

public static class DependencyInjection
{
    /// <summary>
    /// Registers persistence, files, clock and numbering. <c>Database:Provider</c> selects SQLite (default), SQL Server or
    /// PostgreSQL; the connection string is <c>ConnectionStrings:Sqlite</c>, <c>ConnectionStrings:SqlServer</c> or
    /// <c>ConnectionStrings:PostgreSql</c>.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        services.AddSingleton<CaseChangeSignal>();
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                var sqlServer = configuration.GetConnectionString("SqlServer");
                if (string.IsNullOrWhiteSpace(sqlServer))
                {
                    throw new InvalidOperationException("ConnectionStrings:SqlServer is required when Database:Provider is SqlServer.");
                }

                AddPooledContext<SqlServerAppDbContext>(services, (sp, options) =>
                    options.UseSqlServer(sqlServer, sql => sql.EnableRetryOnFailure()).AddInterceptors(sp.GetRequiredService<CaseChangeSignal>()));
                break;
            case DatabaseProvider.PostgreSql:
                var postgreSql = configuration.GetConnectionString("PostgreSql");
                if (string.IsNullOrWhiteSpace(postgreSql))
                {
                    throw new InvalidOperationException("ConnectionStrings:PostgreSql is required when Database:Provider is PostgreSql.");
                }

                AddPooledContext<PostgreSqlAppDbContext>(services, (sp, options) =>
                    UsePostgreSql(options, postgreSql).AddInterceptors(sp.GetRequiredService<CaseChangeSignal>()));
                break;
            default:
                var sqlite = SqliteConnectionString(configuration.GetConnectionString("Sqlite") ?? "Data Source=App_Data/enforcement.db", contentRoot);
                AddPooledContext<SqliteAppDbContext>(services, (sp, options) =>
                    options.UseSqlite(sqlite).AddInterceptors(SqliteConnectionPerContext.Instance, sp.GetRequiredService<CaseChangeSignal>()));
                break;
        }

        services.AddOptions<FileStoreOptions>()
            .Bind(configuration.GetSection(FileStoreOptions.Section))
            .PostConfigure(o => o.Root = Path.GetFullPath(o.Root, contentRoot));
        services.AddSingleton<LocalFileStore>();
        services.AddSingleton<IFileStore>(sp => sp.GetRequiredService<LocalFileStore>());
        services.AddSingleton<IFileInventory>(sp => sp.GetRequiredService<LocalFileStore>());
        services.AddScoped<FileMaintenance>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IBureauClock, BureauClock>();
        services.AddWorkingDayCalendar<AppDbContext>();
        services.AddScoped<SequenceAllocator>();
        services.AddSingleton<Complaints.ComplainantProtection>();
        services.AddSingleton<Audit.IAuditLog, Audit.AuditLog>();
        services.AddScoped<Audit.AuditVerifier>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddSingleton<IDatabaseLease, DatabaseLease>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<Maintenance.SqliteBackup>();
        return services;
    }

    /// <summary>
    /// One <see cref="AppDbContext"/> per request (per DI scope), leased from a pool and given the scope's
    /// <see cref="IDepartmentScope"/> (every department when none is registered). Building a context and its EF Core
    /// services for each request took about a tenth of a case list's CPU (docs/benchmarks.md, "Per-request cost"). The
    /// scope's end disposes the lease, which returns the context to the pool with its department scope cleared and its
    /// change tracker reset.
    /// </summary>
    /// <summary>The most contexts the pool keeps; a request beyond them gets a context of its own, disposed after it.</summary>
    public const int ContextPoolSize = 128;

    private static void AddPooledContext<TContext>(IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
        where TContext : AppDbContext
    {
        // A pooled SQLite context keeps its connection (and the connection's page cache) open between leases
        // (SqliteConnectionPerContext): the pool holds as many contexts as requests run at once, up to this bound.
        services.AddPooledDbContextFactory<TContext>(configure, poolSize: ContextPoolSize);
        services.AddScoped<AppDbContext>(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            db.DepartmentScope = sp.GetService<IDepartmentScope>() ?? FixedDepartmentScope.Unrestricted;
            return db;
        });
    }

    /// <summary>
    /// The PostgreSQL options the app and the tests share. Transient failures (a failover, a dropped connection) are
    /// retried like on SQL Server, so explicit transactions go through the execution strategy.
    /// </summary>
    public static DbContextOptionsBuilder UsePostgreSql(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure());
    }

    /// <summary>Makes a relative SQLite file path absolute (against the content root) and creates its folder.</summary>
    public static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        }

        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
