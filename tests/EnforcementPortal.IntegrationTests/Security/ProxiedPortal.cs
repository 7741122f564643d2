using System.Net;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>The portal as deployed: behind a TLS-terminating proxy (Network:BehindProxy) with the default sign-in limit.</summary>
public sealed class ProxiedPortalFactory : PortalFactory
{
    public const int SignInsPerMinute = 4;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Network:BehindProxy"] = "true",
        ["Security:SignInAttemptsPerMinute"] = SignInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>Proxy headers, HSTS, Secure cookies, the per-client sign-in limit and the audit of sign-ins with the client address.</summary>
public sealed class ProxiedPortal(ProxiedPortalFactory factory) : IClassFixture<ProxiedPortalFactory>
{
    [Fact]
    public async Task HttpsAtTheProxyGivesHstsAndSecureCookies()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Account/Login", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.20");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000"); // one year
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        antiforgery.ShouldContain("secure", Case.Insensitive);
    }

    [Fact]
    public async Task SignInCookieOverHttpsIsSecureHttpOnlyAndSameSite()
    {
        using var browser = PortalClient.Anonymous(factory);
        var page = await browser.GetPageAsync("/Account/Login");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/Account/Login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "fc.officer1",
                ["Password"] = DemoPassword.Value,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.40");

        using var response = await browser.Http.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("EnforcementPortal.Auth=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        attributes.ShouldContain("secure");
        attributes.ShouldContain("httponly");
        attributes.ShouldContain("samesite=lax");
    }

    [Fact]
    public async Task SignInAttemptsFromOneClientAreLimitedWithAChinesePage()
    {
        var address = "198.51.100.30";
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i <= ProxiedPortalFactory.SignInsPerMinute; i++)
        {
            last = await PostLoginFromAsync(address, $"guess{i}", "Wrong-pass1");
            statuses.Add(last.StatusCode);
        }

        statuses.Take(ProxiedPortalFactory.SignInsPerMinute).ShouldAllBe(s => s == HttpStatusCode.OK);
        last!.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await last.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("请求过于频繁");

        // Another client is not affected.
        (await PostLoginFromAsync("198.51.100.31", "guess", "Wrong-pass1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await EntriesAsync(AuditActions.SignInThrottled)).ShouldContain(e => e.ClientAddress == address);
    }

    [Fact]
    public async Task FailedSignInAndSignOutAreAuditedWithTheClientAddress()
    {
        await PostLoginFromAsync("203.0.113.7", "fc.officer2", "Wrong-pass1");
        await PostLoginFromAsync("203.0.113.8", "nobody.here", "Wrong-pass1");
        using var browser = PortalClient.Anonymous(factory);
        browser.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        await browser.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "fc.officer1", ["Password"] = DemoPassword.Value });
        await browser.PostFormAsync("/", "/Account/Logout", []);

        var failed = await EntriesAsync(AuditActions.SignInFailed);
        failed.ShouldContain(e => e.UserName == "fc.officer2" && e.ClientAddress == "203.0.113.7" && e.Outcome == AuditOutcome.Failure);
        failed.ShouldContain(e => e.UserName == "nobody.here" && e.ClientAddress == "203.0.113.8");
        (await EntriesAsync(AuditActions.SignIn)).ShouldContain(e => e.UserName == "fc.officer1" && e.ClientAddress == "203.0.113.9");
        (await EntriesAsync(AuditActions.SignOut)).ShouldContain(e => e.UserName == "fc.officer1" && e.ClientAddress == "203.0.113.9");
    }

    private async Task<HttpResponseMessage> PostLoginFromAsync(string address, string userName, string password)
    {
        using var client = PortalClient.Anonymous(factory);
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = userName, ["Password"] = password });
    }

    private async Task<List<AuditEntry>> EntriesAsync(string action)
    {
        await using var db = factory.CreateDbContext();
        return await db.AuditEntries.Where(e => e.Action == action).ToListAsync(TestContext.Current.CancellationToken);
    }
}
