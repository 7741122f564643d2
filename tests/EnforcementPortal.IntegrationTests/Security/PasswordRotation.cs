using System.Net;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Seeding;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>The portal with periodic password change turned off (<c>Security:PasswordMaxAgeDays=0</c>, as ASVS L2 advises).</summary>
public sealed class NoPasswordRotationPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Security:PasswordMaxAgeDays"] = "0" };
}

/// <summary>
/// Periodic password change (等保 2.0: 口令定期更换): by default a password older than 90 days sends its user to 修改密码
/// after signing in, and nothing else opens until it is changed; the change is audited and starts a new period.
/// </summary>
public sealed class PasswordRotation(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PasswordOlderThanNinetyDaysMustBeChangedBeforeAnythingElse()
    {
        _ = factory.Server;
        await AgePasswordAsync(factory, "fc.officer2", days: 91);

        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer2");
        var blocked = await officer.Http.GetAsync(new Uri("/Cases", UriKind.Relative), Ct);
        blocked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        blocked.Headers.Location!.ToString().ShouldStartWith("/Account/ChangePassword");
        (await officer.GetPageAsync("/Account/ChangePassword")).QuerySelector("[data-testid=password-expired]")!.TextContent.ShouldContain("超过90天");

        var same = await officer.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["CurrentPassword"] = DemoPeople.Password, ["NewPassword"] = DemoPeople.Password, ["ConfirmPassword"] = DemoPeople.Password,
        });
        (await PortalClient.ParseAsync(same)).Body!.TextContent.ShouldContain("新密码不能与当前密码相同");

        var changed = await officer.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["CurrentPassword"] = DemoPeople.Password, ["NewPassword"] = "Yining-Zhifa7", ["ConfirmPassword"] = "Yining-Zhifa7",
        });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.Http.GetAsync(new Uri("/Cases", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var db = factory.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.UserName == "fc.officer2", Ct);
        user.PasswordChangedAt.ShouldNotBeNull().ShouldBe(factory.Now, TimeSpan.FromMinutes(1));
        (await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.PasswordChanged && e.UserName == "fc.officer2" && e.Outcome == AuditOutcome.Success, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task PasswordYoungerThanTheLimitOpensThePortal()
    {
        _ = factory.Server;
        await AgePasswordAsync(factory, "fc.officer1", days: 89);

        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        (await officer.Http.GetAsync(new Uri("/Cases", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WrongCurrentPasswordIsRefusedInChinese()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.chief");

        var response = await officer.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["CurrentPassword"] = "Not-the-one1", ["NewPassword"] = "Yining-Zhifa8", ["ConfirmPassword"] = "Yining-Zhifa8",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).QuerySelector(".field-validation-error")!.TextContent.ShouldContain("密码");
    }

    internal static async Task AgePasswordAsync(PortalFactory portal, string userName, int days)
    {
        await using var db = portal.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.UserName == userName, Ct);
        user.PasswordChangedAt = portal.Now.AddDays(-days);
        await db.SaveChangesAsync(Ct);
    }
}

/// <summary>With <c>Security:PasswordMaxAgeDays=0</c> an old password is never forced to change.</summary>
public sealed class PasswordRotationOff(NoPasswordRotationPortalFactory factory) : IClassFixture<NoPasswordRotationPortalFactory>
{
    [Fact]
    public async Task OldPasswordOpensThePortalWhenRotationIsOff()
    {
        _ = factory.Server;
        await PasswordRotation.AgePasswordAsync(factory, "fc.officer1", days: 400);

        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        (await officer.Http.GetAsync(new Uri("/Cases", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
