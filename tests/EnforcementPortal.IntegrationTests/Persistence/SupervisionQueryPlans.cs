using System.Data.Common;
using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Queries.Supervision;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// Every source of the 督办 list reads through an index (the ListQueryPlans idiom): no full scan of the cases or the
/// complaints, and for a chief a search on the department.
/// </summary>
public sealed class SupervisionQueryPlans : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ep-supervision-plans-{Guid.NewGuid():N}.db");
    private readonly Recorder _recorder = new();

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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EverySourceIsServedByAnIndex(bool bureauWide)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Create(bureauWide ? FixedDepartmentScope.Unrestricted : FixedDepartmentScope.Only(DepartmentCode.Housing));
        var window = DeadlineWindow.On(new DateOnly(2026, 11, 16), WorkingDayCalendar.Empty);
        var query = new SupervisionQuery(bureauWide ? null : DepartmentCode.Housing, window, WorkingDayCalendar.Empty, SupervisionSettings.Default);
        ISupervisionSource[] sources = [new CaseDeadlineSource(db), new ReviewSource(db), new TransferFeedbackSource(db), new ComplaintDeadlineSource(db)];
        _recorder.Commands.Clear();
        foreach (var source in sources)
        {
            await source.ItemsAsync(query, SupervisionPaging.DefaultPageSize, ct);
            await source.CountAsync(query, ct);
        }

        _recorder.Commands.Count.ShouldBeGreaterThanOrEqualTo(2 * sources.Length);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
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
            await using (var reader = await explain.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    plan.Add(reader.GetString(3));
                }
            }

            var text = sql + "\n" + string.Join("\n", plan);
            TestContext.Current.TestOutputHelper?.WriteLine(text);
            plan.ShouldNotContain(line => line == "SCAN c" || (line.StartsWith("SCAN c ", StringComparison.Ordinal) && !line.Contains("INDEX", StringComparison.Ordinal)), text);
            if (sql.Contains("ORDER BY \"c\".\"OpenDeadline\"", StringComparison.Ordinal))
            {
                // The stored deadlines come in list order straight from the index: one page read, never a sort of all.
                plan.ShouldNotContain(line => line.Contains("TEMP B-TREE", StringComparison.Ordinal), text);
                plan.ShouldContain(line => line.Contains("OpenDeadline", StringComparison.Ordinal) && line.Contains("INDEX", StringComparison.Ordinal), text);
            }

            if (sql.Contains("COUNT(*)", StringComparison.Ordinal) && sql.Contains("\"OpenDeadline\"", StringComparison.Ordinal) && !sql.Contains("\"Complaints\"", StringComparison.Ordinal))
            {
                // Counted from the deadline index alone (a covering index: no case row is read).
                plan.ShouldContain(line => line.Contains("COVERING INDEX", StringComparison.Ordinal), text);
            }

            if (sql.Contains("\"AwaitedSince\"", StringComparison.Ordinal))
            {
                // 复查, 立案反馈, 处置结果: one page in due order from the partial (Department,) State, AwaitedSince index and
                // counts from it alone — never every waiting case with a subquery for each, sorted.
                plan.ShouldContain(line => line.Contains("IX_Cases_Awaited", StringComparison.Ordinal) && line.Contains("State=? AND AwaitedSince", StringComparison.Ordinal), text);
                if (sql.Contains("COUNT(*)", StringComparison.Ordinal))
                {
                    plan.ShouldContain(line => line.Contains("COVERING INDEX IX_Cases_Awaited", StringComparison.Ordinal), text);
                }
            }

            if (sql.Contains("FROM \"Cases\"", StringComparison.Ordinal))
            {
                // Every case source reads a page in its order and counts from an index: no sort, no lookup per case.
                plan.ShouldNotContain(line => line.Contains("TEMP B-TREE", StringComparison.Ordinal), text);
                plan.ShouldNotContain(line => line.Contains("CORRELATED", StringComparison.Ordinal), text);
            }

            if (!bureauWide)
            {
                plan.ShouldContain(line => line.StartsWith("SEARCH c USING", StringComparison.Ordinal) && line.Contains("Department=?", StringComparison.Ordinal), text);
            }
        }
    }

    private SqliteAppDbContext Create(IDepartmentScope scope) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_path}").AddInterceptors(_recorder).Options) { DepartmentScope = scope };

    private sealed class Recorder : DbCommandInterceptor
    {
        public List<(string Sql, List<(string Name, object? Value)> Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
