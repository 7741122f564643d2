using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Infrastructure;
using EnforcementPortal.Web.Queries;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Cases;

/// <summary>
/// The overdue lists read a page at a time: the 逾期 filter of the case list shows the overdue cases in deadline order
/// (most overdue first) and its next page continues after the last row, and the chief's queue shows the first of each section with the section's count.
/// </summary>
public sealed class OverdueLists(PortalFactory factory) : OverdueListsContract(factory), IClassFixture<PortalFactory>;

/// <summary>The overdue lists on PostgreSQL (skipped unless EP_TEST_POSTGRES names a server).</summary>
public sealed class PostgreSqlOverdueLists(PostgreSqlPortalFactory factory) : OverdueListsContract(Require(factory)), IClassFixture<PostgreSqlPortalFactory>
{
    private static PostgreSqlPortalFactory Require(PostgreSqlPortalFactory factory)
    {
        TestPostgreSql.Require();
        return factory;
    }
}

/// <summary>The overdue list tests, on any provider.</summary>
public abstract class OverdueListsContract(PortalFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheOverdueFilterListsTheOverdueCasesMostOverdueFirstAndPagesOnByKeyset()
    {
        // The demo has few overdue cases today: move the clock past the deadlines of the first 45 running ones.
        await using (var before = factory.CreateDbContext())
        {
            var deadlines = await before.Cases.Where(c => c.OpenDeadline != null).OrderBy(c => c.OpenDeadline).Select(c => c.OpenDeadline!.Value).Take(45).ToListAsync(Ct);
            var days = deadlines[^1].DayNumber - factory.Today.DayNumber + 1;
            if (days > 0)
            {
                factory.Clock.Advance(TimeSpan.FromDays(days));
            }
        }

        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        await using var db = factory.CreateDbContext();
        var today = factory.Today;
        var expected = await db.Cases.Where(c => c.OpenDeadline != null && c.OpenDeadline < today)
            .OrderBy(c => c.OpenDeadline).ThenBy(c => c.Number).Select(c => new { c.Number, Deadline = c.OpenDeadline!.Value }).ToListAsync(Ct);
        expected.Count.ShouldBeGreaterThan(6);

        var all = await ListedAsync(leader, "/Cases?OverdueOnly=true");
        all.ShouldBe([.. expected.Take(CaseQueries.PageSize).Select(e => e.Number)]);

        // The next page starts after the last row of the one before (the keyset "D{deadline}_{number}" the 下一页 link carries).
        var fifth = expected[4];
        var after = Uri.EscapeDataString($"D{fifth.Deadline:yyyy-MM-dd}_{fifth.Number}");
        var rest = await ListedAsync(leader, $"/Cases?OverdueOnly=true&After={after}");
        rest.ShouldBe([.. expected.Skip(5).Take(CaseQueries.PageSize).Select(e => e.Number)]);
    }

    private static async Task<List<string>> ListedAsync(PortalClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        page.QuerySelector("[data-testid=list-order]")!.TextContent.ShouldContain("逾期最久的在前");
        var cards = page.QuerySelectorAll("[data-testid=case-card]").ToList();
        cards.ShouldAllBe(c => c.GetAttribute("data-urgency") == nameof(DeadlineUrgency.Overdue));
        return [.. cards.Select(c => c.QuerySelector(".case-card-number")!.TextContent.Trim())];
    }

    [Fact]
    public async Task TheChiefsQueueShowsTheFirstOfEachSectionAndCountsThemAll()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");

        var page = await chief.GetPageAsync("/Cases/Queue");

        await using var db = factory.CreateDbContext();
        var today = factory.Today;
        var housing = db.Cases.Where(c => c.Department == DepartmentCode.Housing);
        var overdue = await housing.CountAsync(c => c.OpenDeadline != null && c.OpenDeadline < today, Ct);
        var awaiting = await housing.CountAsync(c => c.State == CaseState.Transferred || c.State == CaseState.AwaitingDisposal, Ct);
        var pending = await housing.CountAsync(c => c.State == CaseState.TransferPendingApproval, Ct);
        var section = page.QuerySelector("[data-testid=queue-overdue]")!;
        section.QuerySelector(".card-header")!.TextContent.ShouldContain($"（{overdue}）");
        var shown = section.QuerySelectorAll("[data-testid=case-card]").Select(c => c.QuerySelector(".case-card-number")!.TextContent.Trim()).ToList();
        var mostOverdue = await housing.Where(c => c.OpenDeadline != null && c.OpenDeadline < today).OrderBy(c => c.OpenDeadline).ThenBy(c => c.Number).Select(c => c.Number).Take(CaseQueries.QueueSize).ToListAsync(Ct);
        shown.ShouldBe(mostOverdue);
        if (overdue > CaseQueries.QueueSize)
        {
            section.QuerySelector("[data-testid=queue-more] a")!.GetAttribute("href").ShouldBe("/Cases?OverdueOnly=true");
        }

        page.QuerySelector("[data-testid=queue-awaiting-feedback] .card-header")!.TextContent.ShouldContain($"（{awaiting}）");
        page.QuerySelectorAll("[data-testid=queue-awaiting-feedback] [data-testid=case-card]").Length.ShouldBe(Math.Min(awaiting, CaseQueries.QueueSize));
        page.QuerySelector("[data-testid=queue-approvals] .card-header")!.TextContent.ShouldContain($"（{pending}）");
    }

    [Fact]
    public async Task TheLeadersHomeCountsEveryOverdueCaseNotOnlyTheTenShown()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");

        var home = await leader.GetPageAsync("/");

        await using var db = factory.CreateDbContext();
        var today = factory.Today;
        var overdue = await db.Cases.CountAsync(c => c.OpenDeadline != null && c.OpenDeadline < today, Ct);
        home.QuerySelector("[data-testid=overdue-total]")!.TextContent.Trim().ShouldBe(overdue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        home.QuerySelectorAll("[data-testid=overdue] [data-testid=case-card]").Length.ShouldBe(Math.Min(overdue, 10));
    }
}
