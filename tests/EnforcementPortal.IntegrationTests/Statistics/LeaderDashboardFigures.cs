using System.Globalization;
using System.Net;
using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Statistics;

/// <summary>
/// The leader's dashboard: every figure equals a count the test makes from the case records with its own conditions,
/// and the list behind each figure has exactly that many rows.
/// </summary>
public sealed class LeaderDashboardFigures(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryFigureEqualsTheCountOfTheRecordsBehindIt()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        var page = await leader.GetPageAsync("/Statistics/Dashboard");
        var expected = await ExpectedAsync();

        var checkedNonZero = 0;
        foreach (var ((figure, department), count) in expected)
        {
            var slug = department is { } d ? DepartmentPolicy.For(d).Slug : "all";
            var cell = page.QuerySelector($"[data-testid=fig-{figure}-{slug}]");
            cell.ShouldNotBeNull($"{figure} {slug} is on the dashboard");
            int.Parse(cell.TextContent, CultureInfo.InvariantCulture).ShouldBe(count, $"{figure} {slug}");
            checkedNonZero += count > 0 ? 1 : 0;
        }

        checkedNonZero.ShouldBeGreaterThan(10, "the demo bureau gives most figures something to count");
        foreach (var figure in new[] { "Open", "Overdue", "DueSoon", "PendingApproval", "AwaitingFeedback" })
        {
            int.Parse(page.QuerySelector($"[data-testid=tile-{figure}] [data-figure]")!.TextContent, CultureInfo.InvariantCulture)
                .ShouldBe(expected[(figure, null)], $"the {figure} tile is the bureau's total");
        }
    }

    [Theory]
    [InlineData("Open", null)]
    [InlineData("Overdue", null)]
    [InlineData("DueSoon", null)]
    [InlineData("AwaitingFeedback", null)]
    [InlineData("PendingApproval", null)]
    [InlineData("Open", "jianguan")]
    [InlineData("InspectedThisYear", "fangchan")]
    [InlineData("TransferredThisYear", null)]
    public async Task EachFiguresLinkListsExactlyTheCasesItCounts(string figure, string? slug)
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        var dashboard = await leader.GetPageAsync("/Statistics/Dashboard");
        var link = dashboard.QuerySelector($"[data-testid=fig-{figure}-{slug ?? "all"}]")!;
        var shown = int.Parse(link.TextContent, CultureInfo.InvariantCulture);

        var url = link.GetAttribute("href")!;
        var numbers = new List<string>();
        var total = -1;
        while (url is not null)
        {
            var list = await leader.GetPageAsync(url);
            total = int.Parse(list.QuerySelector("[data-testid=dashboard-case-total]")!.TextContent, CultureInfo.InvariantCulture);
            numbers.AddRange(list.QuerySelectorAll("[data-testid=dashboard-cases] [data-testid=case-row]").Select(row => row.QuerySelector("a")!.TextContent.Trim()));
            url = list.QuerySelector("[data-testid=next-page]")?.GetAttribute("href");
        }

        total.ShouldBe(shown);
        numbers.Count.ShouldBe(shown, "one row per counted case");
        numbers.Distinct().Count().ShouldBe(numbers.Count, "no case twice across the pages");
    }

    [Fact]
    public async Task TheDashboardIsTheLeadersOnlyAndRefusesAnUnknownFigure()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");

        var unknown = await leader.Http.GetAsync(new Uri("/Statistics/Dashboard/Cases?figure=Nothing", UriKind.Relative), Ct);
        var badDepartment = await leader.Http.GetAsync(new Uri("/Statistics/Dashboard/Cases?figure=Open&department=nowhere", UriKind.Relative), Ct);
        var refused = await chief.Http.GetAsync(new Uri("/Statistics/Dashboard/Cases?figure=Open", UriKind.Relative), Ct);

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        badDepartment.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    /// <summary>The figures counted here from the records, with conditions written out independently of the product.</summary>
    private async Task<Dictionary<(string Figure, DepartmentCode? Department), int>> ExpectedAsync()
    {
        var today = factory.Today;
        var calendar = await factory.Services.GetRequiredService<IWorkingDayCalendarProvider>().GetAsync(Ct);
        var dueSoonBy = calendar.AddWorkingDays(today, 3).Date;
        var yearStart = new DateOnly(today.Year, 1, 1);
        await using var db = factory.CreateDbContext();
        var cases = await db.Cases.AsNoTracking()
            .Select(c => new { c.Department, c.State, c.OpenDeadline, c.OpenedOn, c.Determination, c.TransferDeterminedOn })
            .ToListAsync(Ct);
        var result = new Dictionary<(string, DepartmentCode?), int>();
        void Count(string figure, Func<DepartmentCode, CaseState, DateOnly?, DateOnly, Determination, DateOnly?, bool> condition)
        {
            foreach (var department in DepartmentPolicy.All.Select(p => p.Department))
            {
                result[(figure, department)] = cases.Count(c => c.Department == department && condition(c.Department, c.State, c.OpenDeadline, c.OpenedOn, c.Determination, c.TransferDeterminedOn));
            }

            result[(figure, null)] = cases.Count(c => condition(c.Department, c.State, c.OpenDeadline, c.OpenedOn, c.Determination, c.TransferDeterminedOn));
        }

        Count("Open", (_, s, _, _, _, _) => s is not (CaseState.Ended or CaseState.Archived));
        Count("Overdue", (_, _, due, _, _, _) => due < today);
        Count("DueSoon", (_, _, due, _, _, _) => due >= today && due <= dueSoonBy);
        Count("PendingApproval", (_, s, _, _, _, _) => s == CaseState.TransferPendingApproval);
        Count("AwaitingFeedback", (_, s, _, _, _, _) => s is CaseState.Transferred or CaseState.AwaitingDisposal);
        Count("InspectedThisYear", (_, _, _, opened, _, _) => opened >= yearStart && opened <= today);
        Count("FindingsThisYear", (_, _, _, opened, d, _) => opened >= yearStart && opened <= today && d != Determination.NoViolation);
        Count("ClosedThisYear", (_, s, _, opened, d, _) => opened >= yearStart && opened <= today && d != Determination.NoViolation && s is CaseState.Concluded or CaseState.Archived);
        Count("TransferredThisYear", (_, _, _, _, _, t) => t >= yearStart && t <= today);
        return result;
    }
}
