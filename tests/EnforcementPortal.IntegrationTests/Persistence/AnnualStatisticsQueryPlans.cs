using System.Data.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Statistics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// Computing a department's year (a chief's preview, a publication) reads only that department-year's records: on SQLite
/// every query of <see cref="AnnualStatisticsQueries.CountAsync"/>, as EF Core writes it, searches an index led by the
/// Department copied onto the record rows and the record's date, never scans a table or an index, and never touches the
/// cases table (whose department index would walk the department's whole history). The plans do not depend on the
/// number of rows (the portal runs no ANALYZE), so an empty database shows the plan a million cases get;
/// docs/benchmarks.md lists them and the timings at a million cases.
/// </summary>
public sealed class AnnualStatisticsQueryPlans : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ep-stat-plans-{Guid.NewGuid():N}.db");
    private readonly CommandRecorder _recorder = new();

    public async ValueTask InitializeAsync()
    {
        await using var db = Create();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData(DepartmentCode.Quality)] // projects: distinct site names
    [InlineData(DepartmentCode.Housing)] // parties: distinct parties
    public async Task EveryQueryOfAYearSeeksItsDepartmentAndDatesOnTheRecordTables(DepartmentCode department)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var db = Create();
        _recorder.Commands.Clear();
        await new AnnualStatisticsQueries(db).CountAsync(department, 2025, new DateOnly(2026, 1, 20), cancellationToken);
        _recorder.Commands.Count.ShouldBeGreaterThanOrEqualTo(10);

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        foreach (var (sql, parameters) in _recorder.Commands)
        {
            var plan = await PlanAsync(connection, sql, parameters, cancellationToken);
            var text = sql + "\n" + string.Join("\n", plan);
            TestContext.Current.TestOutputHelper?.WriteLine(text + "\n");

            // A SCAN is allowed only of a subquery's own result (the distinct values of the year), never of a table or index.
            var subqueries = plan.Where(line => line.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || line.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
                .Select(line => line.Split(' ')[1])
                .ToHashSet();
            plan.ShouldNotContain(line => line.StartsWith("SCAN ", StringComparison.Ordinal) && !subqueries.Contains(line.Split(' ')[1]), text);
            plan.ShouldNotContain(line => line.Contains("\"Cases\"", StringComparison.Ordinal) || line.Contains(" Cases ", StringComparison.Ordinal) || line.Contains("IX_Cases_", StringComparison.Ordinal), text);
            var main = plan.First(line => line.StartsWith("SEARCH ", StringComparison.Ordinal));
            main.ShouldContain("INDEX IX_", Case.Sensitive, text);
            main.ShouldContain("(Department=? AND ", Case.Sensitive, text);
        }
    }

    private static async Task<List<string>> PlanAsync(DbConnection connection, string sql, List<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        await using var explain = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is EF Core's own, recorded from the query just run.
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = explain.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            explain.Parameters.Add(parameter);
        }

        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    private SqliteAppDbContext Create() =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_path}").AddInterceptors(_recorder).Options, FixedDepartmentScope.Unrestricted);

    /// <summary>Records the SQL and parameters of each command run.</summary>
    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<(string Sql, List<(string Name, object? Value)> Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
