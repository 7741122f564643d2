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
/// every query of <see cref="AnnualStatisticsQueries.CountAsync"/>, as EF Core writes it, searches a covering index led by
/// the Department copied onto the record rows and the record's date or year, never scans a table or an index, never reads
/// a table row, sorts nothing but the campaign visits' days, and never touches the cases table (whose department index
/// would walk the department's whole history). The expected plans name their indexes, so dropping or reshaping one fails. The plans do not depend on the
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

    /// <summary>
    /// The main search of each query of a year, in the order <see cref="AnnualStatisticsQueries.CountAsync"/> runs them
    /// (the objects query names the site or the party column): every one reads a covering index, so no table row is read,
    /// and the visits' year is an equality, so the kinds and the distinct sites or parties come in index order.
    /// </summary>
    private static string[] ExpectedSearches(string objects) =>
    [
        "SEARCH c USING COVERING INDEX IX_CaseInspections_Department_StartedYear_Kind (Department=? AND StartedYear=?)",
        $"SEARCH c USING COVERING INDEX IX_CaseInspections_Department_StartedYear_{objects} (Department=? AND StartedYear=?)",
        "SEARCH c USING COVERING INDEX IX_CaseInspections_Department_StartedYear_Kind (Department=? AND StartedYear=? AND Kind=? AND Trigger=?)",
        "SEARCH c USING COVERING INDEX IX_CaseFindings_Department_InspectedAt (Department=? AND InspectedAt>? AND InspectedAt<?)",
        "SEARCH c USING COVERING INDEX IX_CaseNotices_Department_IssuedOn_LoopClosedOn (Department=? AND IssuedOn>? AND IssuedOn<?)",
        "SEARCH c USING COVERING INDEX IX_CaseNotices_Department_IssuedOn_LoopClosedOn (Department=? AND IssuedOn>? AND IssuedOn<?)",
        "SEARCH c USING COVERING INDEX IX_CaseInterviews_Department_HeldAt (Department=? AND HeldAt>? AND HeldAt<?)",
        "SEARCH c USING COVERING INDEX IX_CaseLegalReviews_Department_ReviewedAt_Subject_Opinion (Department=? AND ReviewedAt>? AND ReviewedAt<?)",
        "SEARCH c USING COVERING INDEX IX_CaseTransfers_Department_TransferredOn_Tracking (Department=? AND TransferredOn>? AND TransferredOn<?)",
        "SEARCH c USING COVERING INDEX IX_CaseTransfers_Department_TransferredOn_Tracking (Department=? AND TransferredOn>? AND TransferredOn<?)",
        "SEARCH s USING COVERING INDEX IX_SupervisionLetters_Department_Kind_IssuedOn (Department=? AND Kind=? AND IssuedOn>? AND IssuedOn<?)",
    ];

    [Theory]
    [InlineData(DepartmentCode.Quality, "SiteName")] // projects: distinct site names
    [InlineData(DepartmentCode.Housing, "PartyId")] // parties: distinct parties
    public async Task EveryQueryOfAYearSeeksItsDepartmentAndDatesOnTheRecordTables(DepartmentCode department, string objects)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var db = Create();
        _recorder.Commands.Clear();
        await new AnnualStatisticsQueries(db).CountAsync(department, 2025, new DateOnly(2026, 1, 20), cancellationToken);
        var expected = ExpectedSearches(objects);
        _recorder.Commands.Count.ShouldBe(expected.Length);

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        foreach (var ((sql, parameters), search) in _recorder.Commands.Zip(expected))
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

            // One search of one record table's index, covering, over that department-year's entries alone; no probe per row.
            plan.Where(line => line.StartsWith("SEARCH ", StringComparison.Ordinal)).ShouldBe([search], text);
            plan.ShouldNotContain(line => line.Contains("CORRELATED", StringComparison.Ordinal), text);

            // Nothing is sorted but the special campaigns' days (the distinct days of a few visits, sought by kind and trigger).
            var sorts = plan.Where(line => line.StartsWith("USE TEMP B-TREE", StringComparison.Ordinal)).ToList();
            if (search.Contains("AND Kind=? AND Trigger=?", StringComparison.Ordinal))
            {
                sorts.ShouldBe(["USE TEMP B-TREE FOR DISTINCT"], text);
            }
            else
            {
                sorts.ShouldBeEmpty(text);
            }
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
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_path}").AddInterceptors(_recorder).Options);

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
