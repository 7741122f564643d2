using System.Net;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.IntegrationTests.Admin;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>Common passwords are refused wherever a password is set (they meet the length and character rules).</summary>
public sealed class CommonPasswords(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("Password1")]
    [InlineData("Qwerty123")]
    [InlineData("Aa123456")]
    [InlineData("Admin@2026")]
    public async Task AdministratorsResetRefusesACommonPassword(string password)
    {
        var url = $"/AdminUsers/ResetPassword/{await AdminTestSupport.UserIdAsync(factory, "jg.officer1")}";
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var response = await admin.PostFormAsync(url, url, new() { ["NewPassword"] = password, ["ConfirmPassword"] = password });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        AdminTestSupport.ErrorsOn(await PortalClient.ParseAsync(response)).ShouldContain("过于常见");
    }

    [Fact]
    public async Task EveryPasswordSetThroughIdentityIsChecked()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var created = await users.CreateAsync(new AppUser { UserName = "new.person", FullName = "新用户" }, "Qwerty123");
        created.Succeeded.ShouldBeFalse();
        created.Errors.ShouldContain(e => e.Code == CommonPasswordValidator.Code);

        var existing = (await users.FindByNameAsync("jg.officer1"))!;
        var changed = await users.ChangePasswordAsync(existing, DemoPassword.Value, "Password1");
        changed.Errors.ShouldContain(e => e.Code == CommonPasswordValidator.Code);
    }
}
