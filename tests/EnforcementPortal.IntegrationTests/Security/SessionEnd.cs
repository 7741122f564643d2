using System.Net;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>Signing out ends the session on the server: a copy of the cookie taken before is worthless after.</summary>
public sealed class SessionEnd(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CookieCopiedBeforeSignOutNoLongerOpensThePortal()
    {
        using var browser = PortalClient.Anonymous(factory);
        var signedIn = await browser.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "fc.chief", ["Password"] = DemoPassword.Value });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var copied = AuthCookieOf(signedIn);

        using var thief = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        (await GetWithCookieAsync(thief, copied)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var signedOut = await browser.PostFormAsync("/", "/Account/Logout", []);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var replayed = await GetWithCookieAsync(thief, copied);
        replayed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replayed.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    internal static string AuthCookieOf(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("EnforcementPortal.Auth=", StringComparison.Ordinal));

    private static Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Cases/Queue", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
