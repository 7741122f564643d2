using System.Net;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>Every page needs a signed-in user unless public, and a department's records are invisible to the others.</summary>
public sealed class AccessControl(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Cases")]
    [InlineData("/Cases/New")]
    public async Task AnonymousVisitorIsSentToSignIn(string url)
    {
        using var client = PortalClient.Anonymous(factory);

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task HealthCheckIsPublicAndReportsTheDatabase()
    {
        using var client = PortalClient.Anonymous(factory);

        var response = await client.Http.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OfficerCannotOpenAnotherDepartmentsCase()
    {
        var qualityCase = await CaseOfAsync(DepartmentCode.Quality);
        using var housingOfficer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var response = await housingOfficer.Http.GetAsync(new Uri($"/Cases/Details/{qualityCase}", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await PortalClient.ParseAsync(response);
        page.Body!.TextContent.ShouldContain("页面不存在");
    }

    [Fact]
    public async Task OfficerCannotPostToAnotherDepartmentsCase()
    {
        var qualityCase = await CaseOfAsync(DepartmentCode.Quality);
        using var housingOfficer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var response = await housingOfficer.PostFormAsync("/Cases/New", $"/Cases/{qualityCase}/Archive", new Dictionary<string, string> { ["Version"] = "1" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OfficerListsOnlyTheirDepartmentsCases()
    {
        using var housingOfficer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var page = await housingOfficer.GetPageAsync("/Cases");

        var numbers = page.QuerySelectorAll("[data-testid=case-row] a").Select(a => a.TextContent).ToList();
        numbers.ShouldNotBeEmpty();
        numbers.ShouldAllBe(n => n.StartsWith("房产科", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BureauLeaderSeesEveryDepartment()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");

        var page = await leader.GetPageAsync("/");

        var rows = page.QuerySelectorAll("[data-testid=department-summary] tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(5);
    }

    [Fact]
    public async Task LeaderCannotActOnCases()
    {
        var housingCase = await CaseOfAsync(DepartmentCode.Housing);
        using var leader = await PortalClient.SignedInAsync(factory, "leader");

        var response = await leader.PostFormAsync("/", $"/Cases/{housingCase}/Archive", new Dictionary<string, string> { ["Version"] = "1" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task PostWithoutAntiforgeryTokenIsRejected()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var housingCase = await CaseOfAsync(DepartmentCode.Housing);

        var response = await officer.Http.PostAsync(
            new Uri($"/Cases/{housingCase}/Archive", UriKind.Relative),
            new FormUrlEncodedContent([new("Version", "1")]),
            TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UnknownPageShowsChineseNotFoundWithoutStackTrace()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var response = await officer.Http.GetAsync(new Uri("/no/such/page", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        body.ShouldContain("页面不存在");
        body.ShouldNotContain("Exception");
    }

    private async Task<Guid> CaseOfAsync(DepartmentCode department)
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        return await db.Cases.Where(c => c.Department == department).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
    }
}
