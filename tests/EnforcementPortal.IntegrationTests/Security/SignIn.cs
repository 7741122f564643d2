using System.Net;
using EnforcementPortal.IntegrationTests.Infrastructure;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>A factory whose lockout threshold is three failures.</summary>
public sealed class LockoutPortalFactory : PortalFactory
{
    public const int Attempts = 3;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Security:MaxFailedAccessAttempts"] = Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

public sealed class SignIn(LockoutPortalFactory factory) : IClassFixture<LockoutPortalFactory>
{
    [Fact]
    public async Task WrongPasswordShowsChineseErrorOnTheForm()
    {
        using var client = PortalClient.Anonymous(factory);

        var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "fc.officer2", ["Password"] = "wrong-password" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=login-error]")!.TextContent.ShouldContain("用户名或密码错误");
    }

    [Fact]
    public async Task AccountIsLockedAfterTheConfiguredNumberOfFailures()
    {
        using var client = PortalClient.Anonymous(factory);
        for (var i = 0; i < LockoutPortalFactory.Attempts; i++)
        {
            await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "zj.officer2", ["Password"] = "wrong-password" });
        }

        var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "zj.officer2", ["Password"] = Infrastructure.DemoPassword.Value });

        // Even the right password is refused, with the one message every failed sign-in gets.
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=login-error]")!.TextContent.Trim().ShouldBe(EnforcementPortal.Web.Controllers.AccountController.FailureMessage);
    }

    [Fact]
    public async Task UnknownNameWrongPasswordAndLockedAccountLookTheSame()
    {
        using var client = PortalClient.Anonymous(factory);
        for (var i = 0; i < LockoutPortalFactory.Attempts; i++)
        {
            await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "rf.officer2", ["Password"] = "Wrong-pass1" });
        }

        var locked = await ErrorTextAsync(client, "rf.officer2", "Wrong-pass1");
        var unknown = await ErrorTextAsync(client, "no.such.user", "Wrong-pass1");
        var wrong = await ErrorTextAsync(client, "fc.officer1", "Wrong-pass1");

        unknown.ShouldBe(EnforcementPortal.Web.Controllers.AccountController.FailureMessage);
        wrong.ShouldBe(unknown);
        locked.ShouldBe(unknown);
    }

    [Fact]
    public async Task UnknownNameTakesAsLongAsAWrongPassword()
    {
        using var client = PortalClient.Anonymous(factory);
        await ErrorTextAsync(client, "aj.officer1", "Wrong-pass1");
        var known = new List<TimeSpan>();
        var unknown = new List<TimeSpan>();
        for (var i = 0; i < 2; i++)
        {
            known.Add(await TimeAsync(client, "aj.officer1", "Wrong-pass1"));
            unknown.Add(await TimeAsync(client, $"nobody{i}", "Wrong-pass1"));
        }

        // Both verify one PBKDF2 hash; without the decoy, an unknown name answered ~40 times faster.
        unknown.Min().ShouldBeGreaterThan(known.Min() * 0.4);
    }

    private static async Task<string> ErrorTextAsync(PortalClient client, string userName, string password)
    {
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = userName, ["Password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=login-error]")!.TextContent.Trim();
    }

    private static async Task<TimeSpan> TimeAsync(PortalClient client, string userName, string password)
    {
        var page = await client.GetPageAsync("/Account/Login");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = token });
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var response = await client.Http.PostAsync(new Uri("/Account/Login", UriKind.Relative), form);
        watch.Stop();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return watch.Elapsed;
    }

    [Fact]
    public async Task DemoUserSignsInAndSeesTheirHomePage()
    {
        using var client = await PortalClient.SignedInAsync(factory, "fc.chief");

        var page = await client.GetPageAsync("/");

        page.QuerySelector("[data-testid=home-title]")!.TextContent.ShouldContain("王振华");
        page.QuerySelector("[data-testid=pending-approvals]").ShouldNotBeNull();
    }
}
