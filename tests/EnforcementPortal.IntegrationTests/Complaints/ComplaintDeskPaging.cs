using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Web.Queries;

namespace EnforcementPortal.IntegrationTests.Complaints;

/// <summary>
/// The desk shows the first rows of each list and how many it holds; the full list pages through every complaint of the
/// list once, in the list's order, even when many share a registration minute or a deadline.
/// </summary>
public sealed class ComplaintDeskPaging : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 12, 3);
    private static readonly Actor Dispatcher = new(ComplaintDeskDatabase.Dispatcher, "王分派");
    private static readonly Actor Officer = new(ComplaintDeskDatabase.Officer, "李经办");
    private static readonly Actor Chief = new(ComplaintDeskDatabase.Chief, "赵科长");
    private readonly ComplaintDeskDatabase _database = new();
    private List<Complaint> _all = [];

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await _database.MigrateAsync(ct);
        var sequence = 0;
        Complaint Receive(DateTime at) =>
            Complaint.Receive(Guid.NewGuid(), at.Year, ++sequence,
                new ComplaintIntake(ComplaintChannel.Hotline, BusinessLine.Brokerage, $"伊宁市第{sequence}房产经纪有限公司", "伊宁市解放路 88 号", "收取看房费后不退。", ProtectedComplainant.Anonymous),
                "code-hash", Dispatcher, at);

        // 130 waiting for the dispatcher, in pairs and triples registered in the same minute.
        for (var i = 0; i < 130; i++)
        {
            _all.Add(Receive(new DateTime(2026, 11, 1, 9, 0, 0).AddMinutes(i / 3 * 7)));
        }

        // 70 accepted by the officer over several weeks: most are overdue, several share a deadline.
        for (var i = 0; i < 70; i++)
        {
            var at = new DateTime(2026, 9, 1, 10, 0, 0).AddDays(i);
            var complaint = Receive(at);
            complaint.Route(DepartmentCode.Housing, DepartmentCode.Housing, null, Dispatcher, at.AddHours(1));
            complaint.Accept(Officer, Chief, at.AddHours(2), WorkingDayCalendar.Empty);
            if (i % 10 == 0)
            {
                complaint.RequestExtension(5, "需现场核查。", Officer, at.AddHours(3));
            }

            _all.Add(complaint);
        }

        // 30 routed to another department: not the officer's to accept.
        for (var i = 0; i < 30; i++)
        {
            var at = new DateTime(2026, 10, 1, 10, 0, 0).AddHours(i);
            var complaint = Receive(at);
            complaint.Route(i % 2 == 0 ? DepartmentCode.Housing : DepartmentCode.ConstructionManagement, DepartmentCode.Housing, i % 2 == 0 ? null : "属建筑市场。", Dispatcher, at.AddHours(1));
            _all.Add(complaint);
        }

        await using var db = _database.Create();
        db.Complaints.AddRange(_all);
        await db.SaveChangesAsync(ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    public static TheoryData<string> Users() => ["dispatcher", "officer", "chief", "leader"];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task EachSectionShowsItsFirstRowsAndCountsAllOfThem(string user)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = _database.Create();
        var queries = ComplaintDeskDatabase.QueriesOf(db, user);
        var desk = await queries.DeskAsync(Today, ct);
        foreach (var section in desk.Sections)
        {
            var expected = Expected(section.List, user);
            section.Count.ShouldBe(expected.Count, section.List.ToString());
            section.Rows.Count.ShouldBe(Math.Min(expected.Count, ComplaintQueries.DeskSize), section.List.ToString());
            section.Rows.Select(r => r.ReceiptNumber).ShouldBe(expected.Take(ComplaintQueries.DeskSize).Select(c => c.ReceiptNumber), section.List.ToString());
        }

        desk.Sections.ShouldContain(s => s.Count > ComplaintQueries.DeskSize);
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task AFullListPagesThroughEveryComplaintOnceInOrder(string user)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = _database.Create();
        var queries = ComplaintDeskDatabase.QueriesOf(db, user);
        foreach (var list in queries.ListsOfUser())
        {
            var expected = Expected(list, user).Select(c => c.ReceiptNumber).ToList();
            var seen = new List<string>();
            string? after = null;
            var pages = 0;
            do
            {
                var page = (await queries.ListAsync(list, after, Today, ct)).ShouldNotBeNull();
                page.IsFirst.ShouldBe(after is null);
                page.Count.ShouldBe(expected.Count);
                page.Rows.Count.ShouldBeLessThanOrEqualTo(ComplaintQueries.PageSize);
                (page.NextCursor is null || page.Rows.Count == ComplaintQueries.PageSize).ShouldBeTrue();
                seen.AddRange(page.Rows.Select(r => r.ReceiptNumber));
                after = page.NextCursor;
                pages++;
            }
            while (after is not null && pages < 100);

            seen.ShouldBe(expected, list.ToString());
        }
    }

    [Fact]
    public async Task AListTheUserDoesNotSeeIsNotServed()
    {
        await using var db = _database.Create();
        (await ComplaintDeskDatabase.QueriesOf(db, "officer").ListAsync(ComplaintList.ToRoute, null, Today, TestContext.Current.CancellationToken)).ShouldBeNull();
        (await ComplaintDeskDatabase.QueriesOf(db, "leader").ListAsync(ComplaintList.Mine, null, Today, TestContext.Current.CancellationToken)).ShouldBeNull();
    }

    /// <summary>The list computed from every complaint in memory, in the order the desk promises.</summary>
    private List<Complaint> Expected(ComplaintList list, string user)
    {
        var department = user is "officer" or "chief" ? DepartmentCode.Housing : (DepartmentCode?)null;
        var me = user switch { "officer" => ComplaintDeskDatabase.Officer, "chief" => ComplaintDeskDatabase.Chief, _ => Guid.Empty };
        var visible = _all.Where(c => department is null || c.Department == department).ToList();
        IEnumerable<Complaint> rows = list switch
        {
            ComplaintList.ToRoute => visible.Where(c => c.State is ComplaintState.Received or ComplaintState.Returned),
            ComplaintList.ToAccept => visible.Where(c => c.State == ComplaintState.Routed),
            ComplaintList.PendingDecisions => visible.Where(c => c.State is ComplaintState.ReturnPending or ComplaintState.RefusalPending || c.PendingExtensionDays is not null),
            ComplaintList.Mine => visible.Where(c => c.HandlerId == me && c.IsOpen),
            ComplaintList.Overdue => visible.Where(c => c.IsOverdue(Today)),
            ComplaintList.ToVisit => visible.Where(c => c.State == ComplaintState.Closed && c.Visit is null),
            _ => visible,
        };
        return list == ComplaintList.Overdue
            ? [.. rows.OrderBy(c => c.OpenDeadline).ThenBy(c => c.ReceiptNumber, StringComparer.Ordinal)]
            : [.. rows.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.ReceiptNumber, StringComparer.Ordinal)];
    }
}
