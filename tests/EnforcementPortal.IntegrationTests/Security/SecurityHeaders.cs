using EnforcementPortal.IntegrationTests.Infrastructure;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>Every response, whatever produced it, carries the browser-side protections.</summary>
public sealed class SecurityHeaders(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/Account/Login", false)]
    [InlineData("/gongshi", false)]
    [InlineData("/css/site.css", false)]
    [InlineData("/healthz", false)]
    [InlineData("/no-such-page", false)]
    [InlineData("/", true)]
    [InlineData("/Cases", true)]
    public async Task ResponseCarriesCspNosniffFramingAndReferrerPolicy(string url, bool signedIn)
    {
        using var client = signedIn ? await PortalClient.SignedInAsync(factory, "fc.officer1") : PortalClient.Anonymous(factory);

        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldNotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task PagesHaveNoInlineScriptOrStyle()
    {
        using var client = await PortalClient.SignedInAsync(factory, "fc.chief");
        foreach (var url in new[] { "/", "/Cases", "/Cases/New", "/Account/AccessDenied" })
        {
            using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            var page = await PortalClient.ParseAsync(response);
            page.QuerySelectorAll("script:not([src])").Where(s => s.GetAttribute("type") != "application/json").ShouldBeEmpty(url);
            // The one style attribute MVC itself writes (the empty validation summary's <li style="display:none">)
            // is allowed by its hash in the policy; no other may appear.
            page.QuerySelectorAll("[style]").Where(e => e.GetAttribute("style") != "display:none").ShouldBeEmpty(url);
            page.QuerySelectorAll("style").ShouldBeEmpty(url);
            page.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))).ShouldBeEmpty(url);
        }
    }
}
