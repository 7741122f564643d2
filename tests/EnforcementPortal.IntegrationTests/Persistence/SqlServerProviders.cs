using System.Data.Common;
using EnforcementPortal.Infrastructure;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Testcontainers.MsSql;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// The SQL Server the tests may use: one SQL Server 2022 container (Testcontainers.MsSql) for the whole run, started on
/// first use, with a database of its own per test class. Without a reachable Docker engine (none on the project's
/// machines or its CI) the SQL Server tests are skipped with this reason.
/// </summary>
public static class TestSqlServer
{
    private static readonly Lazy<MsSqlContainer> Container = new(() =>
    {
        var container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
        container.StartAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return container;
    });

    public static string? SkipReason =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock")
            ? null
            : "No Docker engine is reachable (no DOCKER_HOST, no /var/run/docker.sock): the SQL Server tests run SQL Server 2022 in a container through Testcontainers.MsSql.";

    /// <summary>Skips the calling test when no Docker engine answers.</summary>
    public static void Require()
    {
        if (SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    /// <summary>An empty database with a fresh name on the container; the portal migrates and seeds it at start.</summary>
    public static string CreateDatabase()
    {
        var builder = new SqlConnectionStringBuilder(Container.Value.GetConnectionString()) { InitialCatalog = "ep_test_" + Guid.NewGuid().ToString("N") };
        return builder.ConnectionString;
    }
}

/// <summary>The portal on a fresh database of the test SQL Server (<see cref="TestSqlServer"/>).</summary>
public class SqlServerPortalFactory : PortalFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    protected override string CreateSqlServerDatabase() => TestSqlServer.CreateDatabase();
}

/// <summary>The provider tests of <see cref="ProviderBehaviour"/> on SQL Server, as they run on SQLite and PostgreSQL.</summary>
public sealed class SqlServerProviderBehaviour(SqlServerPortalFactory factory) : ProviderBehaviour(Require(factory)), IClassFixture<SqlServerPortalFactory>
{
    protected override AppDbContext CreateContextWithoutRetries() =>
        new SqlServerAppDbContext(new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer(Factory.ConnectionString).Options);

    /// <summary>Kills the connection's session on the server (KILL), as a crash or a network failure would end it.</summary>
    protected override async Task KillConnectionAsync(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var spid = connection.CreateCommand();
        spid.CommandText = "SELECT @@SPID";
        var session = Convert.ToInt32(await spid.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
        await using var admin = new SqlConnection(Factory.ConnectionString);
        await admin.OpenAsync(Ct);
        await using var kill = admin.CreateCommand();
        kill.CommandText = $"KILL {session}";
        await kill.ExecuteNonQueryAsync(Ct);
    }

    private static SqlServerPortalFactory Require(SqlServerPortalFactory factory)
    {
        TestSqlServer.Require();
        return factory;
    }
}
