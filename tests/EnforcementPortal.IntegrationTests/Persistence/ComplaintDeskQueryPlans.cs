using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Complaints;
using EnforcementPortal.Web.Queries;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// Every section of the complaint desk and every page of its full lists, as the real query code writes them for the
/// dispatcher, an officer, a chief and the bureau leader, reads an index in the list's order on SQLite: no full scan of
/// the complaints, no temporary B-tree, and each "共 N 项" from an index alone (the ListQueryPlans idiom; the plans do
/// not depend on the number of rows, the portal runs no ANALYZE, so a database of one complaint shows what 40 000 get).
/// </summary>
public sealed class ComplaintDeskQueryPlans : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 12, 3);
    private readonly ComplaintDeskDatabase _database = new();

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await _database.MigrateAsync(ct);

        // One complaint with an extension request, so the chief's pending list reads its rows by key too.
        var dispatcher = new Actor(ComplaintDeskDatabase.Dispatcher, "王分派");
        var officer = new Actor(ComplaintDeskDatabase.Officer, "李经办");
        var at = new DateTime(2026, 11, 2, 10, 0, 0);
        var complaint = Complaint.Receive(Guid.NewGuid(), 2026, 1,
            new ComplaintIntake(ComplaintChannel.Hotline, BusinessLine.Brokerage, "伊宁市安居房产经纪有限公司", "伊宁市解放路 88 号", "收取看房费后不退。", ProtectedComplainant.Anonymous),
            "code-hash", dispatcher, at);
        complaint.Route(DepartmentCode.Housing, DepartmentCode.Housing, null, dispatcher, at.AddHours(1));
        complaint.Accept(officer, officer, at.AddHours(2), WorkingDayCalendar.Empty);
        complaint.RequestExtension(5, "需现场核查。", officer, at.AddHours(3));
        await using var db = _database.Create();
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("dispatcher")]
    [InlineData("officer")]
    [InlineData("chief")]
    [InlineData("leader")]
    public async Task EachSectionAndEachPageIsServedByAnIndexInItsOrder(string user)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = _database.Create();
        var queries = ComplaintDeskDatabase.QueriesOf(db, user);
        _database.Recorder.Commands.Clear();
        var desk = await queries.DeskAsync(Today, ct);
        foreach (var list in queries.ListsOfUser())
        {
            await queries.ListAsync(list, null, Today, ct);
            var after = list == ComplaintList.Overdue ? "D2026-10-01_TS2026-00012" : $"{new DateTime(2026, 5, 1, 9, 30, 0).Ticks}_TS2026-00012";
            (await queries.ListAsync(list, after, Today, ct)).ShouldNotBeNull().IsFirst.ShouldBeFalse();
        }

        desk.Sections.Select(s => s.List).ShouldBe(queries.ListsOfUser());
        var bureauWide = user is "dispatcher" or "leader";
        _database.Recorder.Commands.ShouldNotBeEmpty();
        await db.Database.OpenConnectionAsync(ct);
        foreach (var (sql, parameters) in _database.Recorder.Commands)
        {
            var plan = await PlanAsync(db, sql, parameters, ct);
            var text = sql + "\n" + string.Join("\n", plan);
            TestContext.Current.TestOutputHelper?.WriteLine(text);
            sql.ShouldContain("FROM \"Complaints\"", Case.Sensitive, text);
            if (!sql.Contains("ORDER BY", StringComparison.Ordinal) && !sql.Contains("COUNT(*)", StringComparison.Ordinal))
            {
                // The rows of a page whose keys were read first: each by its primary key.
                plan.ShouldAllBe(line => line.Contains("(Id=?)", StringComparison.Ordinal) || !line.StartsWith('S') || line.Contains("json_each", StringComparison.Ordinal), text);
                continue;
            }

            plan.ShouldNotContain(line => line.StartsWith("SCAN c", StringComparison.Ordinal) && !line.Contains("INDEX", StringComparison.Ordinal), text);
            plan.ShouldNotContain(line => line.Contains("TEMP B-TREE", StringComparison.Ordinal), text);
            plan.ShouldNotContain(line => line.Contains("MULTI-INDEX OR", StringComparison.Ordinal), text);
            var count = sql.Contains("COUNT(*)", StringComparison.Ordinal);
            if (count)
            {
                // "共 N 项": the index alone, never a complaint row.
                plan.ShouldContain(line => line.Contains("COVERING INDEX", StringComparison.Ordinal), text);
            }

            if (sql.Contains("\"State\" = ", StringComparison.Ordinal) || !bureauWide)
            {
                // A section's condition (a state, the user's department) is a search of its index, not a walk of another list.
                plan.ShouldContain(line => line.StartsWith("SEARCH c USING", StringComparison.Ordinal), text);
            }

            if (!bureauWide)
            {
                plan.ShouldContain(line => line.StartsWith("SEARCH c USING", StringComparison.Ordinal) && line.Contains("Department=?", StringComparison.Ordinal), text);
            }

            if (sql.Contains("\"OpinionDue\" < ", StringComparison.Ordinal) || sql.Contains("\"AssistDue\" < ", StringComparison.Ordinal))
            {
                // 逾期未办: a range of a deadline index.
                plan.ShouldContain(line => line.Contains("Due<?", StringComparison.Ordinal), text);
            }

            if (sql.Contains("\"PendingExtensionDays\" IS NOT NULL", StringComparison.Ordinal))
            {
                // Pending extensions: the small partial index, never a walk of the department's whole list.
                plan.ShouldContain(line => line.Contains("COVERING INDEX IX_Complaints_Desk_Department_Extension", StringComparison.Ordinal), text);
            }

            if (sql.Contains("\"HandlerId\"", StringComparison.Ordinal))
            {
                plan.ShouldContain(line => line.Contains("HandlerId=?", StringComparison.Ordinal), text);
            }
        }
    }

    private static async Task<List<string>> PlanAsync(DbContext db, string sql, List<(string Name, object? Value)> parameters, CancellationToken ct)
    {
        await using var explain = db.Database.GetDbConnection().CreateCommand();
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
        await using var reader = await explain.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }
}
