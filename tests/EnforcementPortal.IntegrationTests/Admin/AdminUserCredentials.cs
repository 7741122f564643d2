using System.Net;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static EnforcementPortal.IntegrationTests.Admin.AdminTestSupport;

namespace EnforcementPortal.IntegrationTests.Admin;

/// <summary>重置密码 and 解除锁定: an administrator gets a member of staff back into the portal.</summary>
public sealed class AdminUserCredentials(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ResetPasswordReplacesTheOldOne()
    {
        var url = $"/AdminUsers/ResetPassword/{await UserIdAsync(factory, "jg.officer2")}";
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var response = await admin.PostFormAsync(url, url, new() { ["NewPassword"] = "Renewed2027", ["ConfirmPassword"] = "Renewed2027" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edit = await admin.GetPageAsync(response.Headers.Location!.ToString());
        edit.QuerySelector("[data-testid=status-success]")!.TextContent.ShouldContain("已重置“赵磊”的密码");
        using var client = PortalClient.Anonymous(factory);
        (await PostSignInAsync(client, "jg.officer2", DemoPassword.Value)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var officer = await SignedInAsync(factory, "jg.officer2", "Renewed2027");
    }

    [Fact]
    public async Task WeakNewPasswordIsRefusedInChinese()
    {
        var url = $"/AdminUsers/ResetPassword/{await UserIdAsync(factory, "jg.officer1")}";
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var response = await admin.PostFormAsync(url, url, new() { ["NewPassword"] = "password", ["ConfirmPassword"] = "password" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = ErrorsOn(await PortalClient.ParseAsync(response));
        errors.ShouldContain("密码须包含至少一个大写字母");
        errors.ShouldContain("密码须包含至少一个数字");
        using var officer = await PortalClient.SignedInAsync(factory, "jg.officer1");
    }

    [Fact]
    public async Task UnlockLetsALockedOutUserSignInAgain()
    {
        await LockOutAsync("rf.officer2");
        using var client = PortalClient.Anonymous(factory);
        var refused = await PortalClient.ParseAsync(await PostSignInAsync(client, "rf.officer2", DemoPassword.Value));
        refused.QuerySelector("[data-testid=login-error]")!.TextContent.ShouldContain("账号已被临时锁定");

        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        var editUrl = $"/AdminUsers/Edit/{await UserIdAsync(factory, "rf.officer2")}";
        var list = await admin.GetPageAsync("/AdminUsers?Search=rf.officer2");
        Row(list, "user-row", "data-username", "rf.officer2")!.QuerySelector("[data-testid=user-status]")!.TextContent.ShouldContain("已锁定");
        (await admin.GetPageAsync(editUrl)).QuerySelector("[data-testid=lockout-notice]").ShouldNotBeNull();

        var response = await admin.PostFormAsync(editUrl, editUrl.Replace("/Edit/", "/Unlock/", StringComparison.Ordinal), new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edit = await admin.GetPageAsync(editUrl);
        edit.QuerySelector("[data-testid=status-success]")!.TextContent.ShouldContain("已解除“周静”的登录锁定");
        edit.QuerySelector("[data-testid=lockout-notice]").ShouldBeNull();
        using var officer = await PortalClient.SignedInAsync(factory, "rf.officer2");
    }

    private async Task LockOutAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        (await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(15))).Succeeded.ShouldBeTrue();
    }
}
