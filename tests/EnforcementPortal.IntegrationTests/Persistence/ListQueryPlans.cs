using System.Data.Common;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Queries;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// Every case list, queue and dashboard count, as EF Core writes it, is served by an index on SQLite: its
/// <c>EXPLAIN QUERY PLAN</c> has no full scan of the cases table and no temporary B-tree (a sort of every matching case).
/// The plans do not depend on the number of rows (the portal runs no ANALYZE), so an empty database shows the plan a
/// million cases get; docs/benchmarks.md lists them.
/// </summary>
public sealed class ListQueryPlans : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 16);
    private static readonly Guid Officer = Guid.Parse("0d71742f-a5bb-480b-a2eb-d64b702922fb");
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ep-plans-{Guid.NewGuid():N}.db");
    private readonly CommandRecorder _recorder = new();

    public async ValueTask InitializeAsync()
    {
        await using var db = Create(FixedDepartmentScope.Unrestricted);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    public static TheoryData<string, bool> Lists() => new()
    {
        { "all", true }, { "all", false },
        { "mine", true }, { "mine", false },
        { "open", true }, { "open", false },
        { "overdue", true }, { "overdue", false },
        { "overdue next page", true }, { "overdue next page", false },
        { "state", true }, { "state", false },
        { "department", true },
        { "next page", true }, { "next page", false },
        { "mine open", false },
        { "search", true }, { "search", false },
        { "short search", true }, { "short search", false },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task EachCaseListIsServedByAnIndexInItsOrder(string list, bool bureauWide)
    {
        var filter = list switch
        {
            "mine" => new CaseFilter { Mine = true },
            "open" => new CaseFilter { OpenOnly = true },
            "overdue" => new CaseFilter { OverdueOnly = true },
            "overdue next page" => new CaseFilter { OverdueOnly = true, After = "D2026-10-01_房产 2026 年第 0012 号" },
            "state" => new CaseFilter { State = CaseState.Rectifying },
            "department" => new CaseFilter { Department = DepartmentCode.Housing },
            "next page" => new CaseFilter { After = $"{new DateTime(2026, 5, 1).Ticks}_房产 2026 年第 0012 号" },
            "mine open" => new CaseFilter { Mine = true, OpenOnly = true },
            "search" => new CaseFilter { Search = "华宇建设" },
            "short search" => new CaseFilter { Search = "华宇" },
            _ => new CaseFilter(),
        };

        await PlansOfAsync(bureauWide, queries => queries.ListAsync(filter, Officer, Today, TestContext.Current.CancellationToken), searchesIndex: list == "search");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheQueuesAndTheDashboardAreServedByIndexes(bool bureauWide) =>
        await PlansOfAsync(bureauWide, async queries =>
        {
            var cancellationToken = TestContext.Current.CancellationToken;
            await queries.PendingApprovalsAsync(CaseQueries.QueueSize, cancellationToken);
            await queries.OverdueAsync(Today, CaseQueries.QueueSize, cancellationToken); // ordered by the deadline: no sort
            await queries.AwaitingFeedbackAsync(CaseQueries.QueueSize, cancellationToken);
            await queries.QueueCountsAsync(Today, cancellationToken);
            await queries.SummaryByDepartmentAsync(Today, cancellationToken);
        });

    [Fact]
    public async Task ADepartmentUsersScopeIsAPlainEqualityAndTheBureauWideRolesHaveNone()
    {
        await using (var department = Create(FixedDepartmentScope.Only(DepartmentCode.Housing)))
        {
            department.CasesInScope.ToQueryString().ShouldContain("\"c\".\"Department\" = @");
        }

        await using var bureau = Create(FixedDepartmentScope.Unrestricted);
        bureau.CasesInScope.ToQueryString().ShouldNotContain("\"c\".\"Department\" = @");
    }

    /// <remarks>
    /// The overdue lists (the 逾期 filter, the chief's queue) are in deadline order and read one page from the
    /// (Department,) OpenDeadline, Number index; their counts read that index alone (COVERING INDEX).
    /// </remarks>
    /// <param name="searchesIndex">
    /// A search of three characters or more reads the matching case ids from the FTS5 trigram table (a MATCH on the
    /// virtual table); SQLite then either walks the list index testing membership (a department) or reads the hits by id
    /// and sorts them (bureau-wide) — a sort of the hits only. A shorter term is tested on each row of the list walk.
    /// </param>
    private async Task PlansOfAsync(bool bureauWide, Func<CaseQueries, Task> run, bool searchesIndex = false)
    {
        await using var db = Create(bureauWide ? FixedDepartmentScope.Unrestricted : FixedDepartmentScope.Only(DepartmentCode.Housing));
        _recorder.Commands.Clear();
        await run(new CaseQueries(db));
        _recorder.Commands.ShouldNotBeEmpty();

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        foreach (var (sql, parameters) in _recorder.Commands)
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
            await using (var reader = await explain.ExecuteReaderAsync(TestContext.Current.CancellationToken))
            {
                while (await reader.ReadAsync(TestContext.Current.CancellationToken))
                {
                    plan.Add(reader.GetString(3));
                }
            }

            var text = sql + "\n" + string.Join("\n", plan);
            TestContext.Current.TestOutputHelper?.WriteLine(text);
            plan.ShouldNotContain(line => line == "SCAN c" || line.StartsWith("SCAN c ", StringComparison.Ordinal) && !line.Contains("INDEX", StringComparison.Ordinal), text);
            if (!searchesIndex)
            {
                plan.ShouldNotContain(line => line.Contains("TEMP B-TREE", StringComparison.Ordinal), text);
            }

            if (sql.Contains("\"OpenDeadline\" < @", StringComparison.Ordinal) && !sql.Contains("GROUP BY", StringComparison.Ordinal))
            {
                // An overdue list or count: a range of the deadline index, never a walk of the case list's order.
                plan.ShouldContain(line => line.Contains("OpenDeadline_Number", StringComparison.Ordinal) && line.Contains("OpenDeadline<?", StringComparison.Ordinal), text);
                if (sql.Contains("COUNT(*)", StringComparison.Ordinal))
                {
                    plan.ShouldContain(line => line.Contains("COVERING INDEX", StringComparison.Ordinal), text);
                }
            }

            if (searchesIndex)
            {
                plan.ShouldContain(line => line.StartsWith($"SCAN {CaseSearch.SqliteTable} VIRTUAL TABLE INDEX", StringComparison.Ordinal) && line.Contains(":M", StringComparison.Ordinal), text);
            }

            if (!bureauWide)
            {
                plan.ShouldContain(line => line.StartsWith("SEARCH c USING", StringComparison.Ordinal) && line.Contains("Department=?", StringComparison.Ordinal), text);
            }
        }
    }

    private SqliteAppDbContext Create(IDepartmentScope scope) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_path}").AddInterceptors(_recorder).Options, scope);

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
