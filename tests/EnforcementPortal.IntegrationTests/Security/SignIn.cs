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

        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=login-error]")!.TextContent.ShouldContain("账号已被临时锁定");
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
