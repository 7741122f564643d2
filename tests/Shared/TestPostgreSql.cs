using Npgsql;

namespace EnforcementPortal.Tests.Shared;

/// <summary>
/// The PostgreSQL server the tests may use: <c>EP_TEST_POSTGRES</c> holds a connection string of a role that may create
/// databases (<c>.ci/run</c> starts a throwaway cluster and sets it). Each test class gets its own database, created
/// here and dropped afterwards, so classes running in parallel never meet. Without the variable the PostgreSQL tests
/// are skipped with the reason — except under CI=true, where that is a failure.
/// </summary>
public static class TestPostgreSql
{
    public const string Variable = "EP_TEST_POSTGRES";

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string SkipReason =>
        $"No PostgreSQL server: set {Variable} to a connection string of a role that may create databases (.ci/run starts a throwaway cluster and sets it; .ci/test-services does it locally).";

    /// <summary>Skips the calling test without a server (fails under CI=true).</summary>
    public static string Require()
    {
        if (AdminConnectionString is { } connectionString)
        {
            return connectionString;
        }

        if (IsCi)
        {
            Assert.Fail("CI=true requires the PostgreSQL tests to run: " + SkipReason);
        }

        Assert.Skip(SkipReason);
        return null!;
    }

    /// <summary>Creates an empty database with a fresh name and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var admin = AdminConnectionString ?? throw new InvalidOperationException(SkipReason);
        var name = "ep_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing whatever still holds it.</summary>
    public static void DropDatabase(string connectionString)
    {
        var admin = AdminConnectionString;
        if (admin is null)
        {
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (name is null || !name.StartsWith("ep_test_", StringComparison.Ordinal))
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
