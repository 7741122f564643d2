using System.Net;
using EnforcementPortal.IntegrationTests.Infrastructure;

namespace EnforcementPortal.IntegrationTests.Statistics;

/// <summary>The monthly report and the leader's dashboard.</summary>
public sealed class StaffReports(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheMonthlyReportOfAPastMonthCountsTheDepartmentsRecords()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");

        var page = await chief.GetPageAsync("/Statistics/Monthly?year=2025&month=12");

        var rows = page.QuerySelectorAll("[data-testid=monthly] tbody tr");
        rows.Length.ShouldBe(1, "a chief sees their own department");
        rows[0].GetAttribute("data-department").ShouldBe("Housing");
        var cells = rows[0].QuerySelectorAll("td").Select(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        cells[2].ShouldBeGreaterThanOrEqualTo(1, "the December notice of the demo year");
        cells[4].ShouldBe(1, "the transfer of 5 December 2025");
    }

    [Fact]
    public async Task TheCurrentMonthsReportIsNotYetAvailable()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        var now = factory.Now;

        var page = await chief.GetPageAsync($"/Statistics/Monthly?year={now.Year}&month={now.Month}");
        var download = await chief.Http.GetAsync(new Uri($"/Statistics/Monthly?year={now.Year}&month={now.Month}&format=xlsx", UriKind.Relative), Ct);

        page.QuerySelector("[data-testid=not-available]")!.TextContent.ShouldContain("1日 起提供");
        download.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AChiefCannotReadAnotherDepartmentsMonthlyReport()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");

        var response = await chief.Http.GetAsync(new Uri("/Statistics/Monthly?department=zhijian&year=2025&month=12", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheMonthlyReportIsExportable()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");

        var response = await leader.Http.GetAsync(new Uri("/Statistics/Monthly?year=2025&month=12&format=csv", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "Excel needs the BOM to read Chinese CSV");
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("部门,新启动案件（件）");
        lines.Length.ShouldBe(6, "a header and the five departments");
    }

    [Fact]
    public async Task TheDashboardIsTheLeadersOnly()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");

        var page = await leader.GetPageAsync("/Statistics/Dashboard");
        var refused = await chief.Http.GetAsync(new Uri("/Statistics/Dashboard", UriKind.Relative), Ct);

        page.QuerySelectorAll("canvas[data-chart]").Length.ShouldBe(3);
        page.QuerySelectorAll("[data-testid=trend-0] tbody tr").Length.ShouldBe(12);
        page.QuerySelector("[data-testid=dashboard-awaiting-feedback]")!.TextContent.ShouldContain("建管科 2025 年");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignInFromStaffPages()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var response = await visitor.Http.GetAsync(new Uri("/Statistics/Preview/fangchan/2025", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }
}
