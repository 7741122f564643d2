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
        { "search next page", true }, { "search next page", false },
        { "common search", true }, { "common search", false },
        { "common search next page", true }, { "common search next page", false },
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
            "search" or "common search" => new CaseFilter { Search = "华宇建设" },
            "search next page" or "common search next page" => new CaseFilter { Search = "华宇建设", After = $"{new DateTime(2026, 5, 1).Ticks}_房产 2026 年第 0012 号" },
            "short search" => new CaseFilter { Search = "华宇" },
            _ => new CaseFilter(),
        };
        var search = list.StartsWith("common", StringComparison.Ordinal) ? Search.ListWalk : list.StartsWith("search", StringComparison.Ordinal) ? Search.HitList : Search.None;
        if (search == Search.ListWalk)
        {
            await IndexCommonTermAsync(filter.Search!);
        }

        await PlansOfAsync(bureauWide, queries => queries.ListAsync(filter, Officer, Today, TestContext.Current.CancellationToken), search: search);
    }

    /// <summary>How a search of three characters or more reads the list on SQLite (<see cref="CaseSearch"/>).</summary>
    public enum Search
    {
        None,

        /// <summary>Few hits in the user's department: FTS5 first, each case by its id, a sort of those hits only.</summary>
        HitList,

        /// <summary>As many hits as <see cref="CaseSearch.HitListLimit"/> or more: the list index in its order, the substring test on each row.</summary>
        ListWalk,
    }

    /// <summary>Makes a term common (as many FTS5 entries as the hit-list limit, in 房产科) so the list walk is chosen.</summary>
    private async Task IndexCommonTermAsync(string term)
    {
        await using var db = Create(FixedDepartmentScope.Unrestricted);
        var rows = await db.Database.ExecuteSqlAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {CaseSearch.HitListLimit})
            INSERT INTO "CaseSearch" ("CaseId", "Number", "SiteName", "PartyName", "CreditCode", "Department")
            SELECT lower(hex(randomblob(16))), '房产 2026 年第 ' || i || ' 号', '城北安置小区', '伊犁' || {term} || '工程有限公司', '', {CaseSearch.DepartmentToken(DepartmentCode.Housing)} FROM n
            """, TestContext.Current.CancellationToken);
        rows.ShouldBe(CaseSearch.HitListLimit);
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

    /// <summary>
    /// 法制审核: each section reads one page, oldest first, from the (PendingLegalReview, CreatedAt) index and counts its
    /// cases from that index alone, so the page costs the same however long the queue grows.
    /// </summary>
    [Fact]
    public async Task TheLegalReviewQueueReadsOnePageInItsOrder() =>
        await PlansOfAsync(bureauWide: true, async queries =>
        {
            var cancellationToken = TestContext.Current.CancellationToken;
            await queries.AwaitingLegalReviewAsync(LegalReviewSubject.Transfer, 1, cancellationToken);
            await queries.AwaitingLegalReviewAsync(LegalReviewSubject.Closing, 3, cancellationToken);
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
    /// <param name="search">
    /// A search of three characters or more first looks up the term as a whole credit code (its unique index) and counts
    /// the department's hits in the FTS5 trigram table (a MATCH on the virtual table, the index only). With few hits the
    /// list reads FTS5 first and each case by its id, then sorts those hits only (the one temp B-tree allowed); with many, it walks the list index in order testing each row, as for a term of one or two characters.
    /// </param>
    private async Task PlansOfAsync(bool bureauWide, Func<CaseQueries, Task> run, Search search = Search.None)
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
            var ftsScan = plan.FindIndex(line => line.StartsWith($"SCAN {CaseSearch.SqliteTable} VIRTUAL TABLE INDEX", StringComparison.Ordinal) && line.Contains(":M", StringComparison.Ordinal));
            if (sql.Contains("FROM \"NumberSequences\"", StringComparison.Ordinal))
            {
                // 本年立案: each department's case-number counter by its key, never a count of the year's cases.
                plan.ShouldContain(line => line.StartsWith("SEARCH n USING INDEX sqlite_autoindex_NumberSequences_1 (Scope=?)", StringComparison.Ordinal), text);
                plan.ShouldNotContain(line => line.StartsWith("SCAN n", StringComparison.Ordinal), text);
                continue;
            }

            if (!sql.Contains("FROM \"Cases\"", StringComparison.Ordinal))
            {
                // The search's two look-ups before the list: the credit code by its unique index, the FTS5 count.
                search.ShouldNotBe(Search.None, text);
                plan.Where(line => line.StartsWith("SCAN ", StringComparison.Ordinal) && !line.StartsWith($"SCAN {CaseSearch.SqliteTable} ", StringComparison.Ordinal)
                    && !line.StartsWith("SCAN (subquery", StringComparison.Ordinal) && line is not ("SCAN CONSTANT ROW" or "SCAN s")).ShouldBeEmpty(text);
                plan.ShouldContain(line => line.Contains("IX_Parties_CreditCode (CreditCode=?)", StringComparison.Ordinal) || ftsScan >= 0, text);
                continue;
            }

            plan.ShouldNotContain(line => line == "SCAN c" || line.StartsWith("SCAN c ", StringComparison.Ordinal) && !line.Contains("INDEX", StringComparison.Ordinal), text);
            if (search != Search.HitList)
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

            if (sql.Contains("\"PendingLegalReview\" = @", StringComparison.Ordinal))
            {
                // The 法制审核 queue: its page and its count from the (PendingLegalReview, CreatedAt) index.
                plan.ShouldContain(line => line.Contains("IX_Cases_PendingLegalReview_CreatedAt (PendingLegalReview=?)", StringComparison.Ordinal), text);
                if (sql.Contains("COUNT(*)", StringComparison.Ordinal))
                {
                    plan.ShouldContain(line => line.Contains("COVERING INDEX", StringComparison.Ordinal), text);
                }
            }

            if (search == Search.HitList)
            {
                // FTS5 drives: the hits first, then each case by its id — never the list index walked against the hits.
                ftsScan.ShouldBe(0, text);
                plan.ShouldContain(line => line.StartsWith("SEARCH c USING INDEX sqlite_autoindex_Cases_1 (Id=?)", StringComparison.Ordinal), text);
                plan.ShouldNotContain(line => line.Contains("IX_Cases_List", StringComparison.Ordinal), text);
                continue;
            }

            ftsScan.ShouldBe(-1, text);
            if (search == Search.ListWalk)
            {
                plan.ShouldContain(line => line.Contains("USING INDEX IX_Cases_List", StringComparison.Ordinal), text);
            }

            if (!bureauWide)
            {
                plan.ShouldContain(line => line.StartsWith("SEARCH c USING", StringComparison.Ordinal) && line.Contains("Department=?", StringComparison.Ordinal), text);
            }
        }
    }

    private SqliteAppDbContext Create(IDepartmentScope scope) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_path}").AddInterceptors(_recorder).Options) { DepartmentScope = scope };

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
