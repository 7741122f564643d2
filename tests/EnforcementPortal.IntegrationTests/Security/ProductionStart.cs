using System.Net;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>The portal as an operator starts it for the bureau: the Production environment and the shipped settings.</summary>
public sealed class ProductionPortalFactory : PortalFactory
{
    protected override bool StartsFromDemoTemplate => false;

    // The settings Production refuses to start without (ProductionSettings); everything else as shipped.
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["AllowedHosts"] = "localhost",
        ["Documents:PublicBaseUrl"] = "https://zfpt.example.gov.cn",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class ProductionStart(ProductionPortalFactory factory) : IClassFixture<ProductionPortalFactory>
{
    [Fact]
    public async Task PublishesNothingOnThePublicSite()
    {
        using var client = PortalClient.Anonymous(factory);

        var home = await client.GetPageAsync("/gongshi");
        var statistics = await client.GetPageAsync("/gongshi/tongji");

        home.QuerySelector("[data-testid=published-years]").ShouldBeNull();
        home.Body!.TextContent.ShouldContain("暂无已发布的年度数据");
        statistics.QuerySelectorAll("a[href^='/gongshi/tongji/']").ShouldBeEmpty();
        (await client.Http.GetAsync(new Uri("/gongshi/tongji/fangchan/2024", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task StartsWithReferenceDataAndOneAdministratorWithoutPassword()
    {
        _ = factory.Services;
        await using var db = factory.CreateDbContext();

        (await db.Cases.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        (await db.Parties.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        (await db.PenaltyMatters.CountAsync(TestContext.Current.CancellationToken)).ShouldBeGreaterThan(0);
        var accounts = await db.Users.ToListAsync(TestContext.Current.CancellationToken);
        accounts.Select(u => u.UserName).ShouldBe([FirstSignIn.DefaultAdminUserName]);
        accounts[0].PasswordHash.ShouldBeNull();
    }

}

/// <summary>A fixture of its own: this test sets the password the other class checks is missing.</summary>
public sealed class ProductionFirstSignIn(ProductionPortalFactory factory) : IClassFixture<ProductionPortalFactory>
{
    [Fact]
    public async Task TheAdministratorChoosesTheFirstPasswordWithTheCodeFromTheLog()
    {
        using var client = PortalClient.Anonymous(factory);
        var login = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "admin", ["Password"] = "anything1A" });
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.Location!.ToString().ShouldStartWith("/Account/FirstSignIn");

        var wrong = await client.PostFormAsync("/Account/FirstSignIn", "/Account/FirstSignIn", new()
        {
            ["UserName"] = "admin", ["Code"] = "not-the-code", ["NewPassword"] = "Bureau2026x", ["ConfirmPassword"] = "Bureau2026x",
        });
        (await PortalClient.ParseAsync(wrong)).QuerySelector("[data-testid=login-error]")!.TextContent.ShouldContain("验证码无效");

        string code;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var admin = (await users.FindByNameAsync("admin"))!;
            code = await users.GenerateUserTokenAsync(admin, TokenOptions.DefaultProvider, FirstSignIn.TokenPurpose);
        }

        var set = await client.PostFormAsync("/Account/FirstSignIn", "/Account/FirstSignIn", new()
        {
            ["UserName"] = "admin", ["Code"] = code, ["NewPassword"] = "Bureau2026x", ["ConfirmPassword"] = "Bureau2026x",
        });
        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var again = PortalClient.Anonymous(factory);
        var reuse = await again.PostFormAsync("/Account/FirstSignIn", "/Account/FirstSignIn", new()
        {
            ["UserName"] = "admin", ["Code"] = code, ["NewPassword"] = "Other2026xy", ["ConfirmPassword"] = "Other2026xy",
        });
        (await PortalClient.ParseAsync(reuse)).QuerySelector("[data-testid=login-error]")!.TextContent.ShouldContain("验证码无效");
        var signIn = await again.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "admin", ["Password"] = "Bureau2026x" });
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.ToString().ShouldBe("/");
    }
}
