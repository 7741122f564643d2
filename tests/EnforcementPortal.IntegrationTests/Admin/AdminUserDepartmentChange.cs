using System.Net;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static EnforcementPortal.IntegrationTests.Admin.AdminTestSupport;

namespace EnforcementPortal.IntegrationTests.Admin;

/// <summary>
/// A portal whose security stamp validator reads the factory's fake clock, so that a test can reach the next stamp
/// check (Identity checks the stamp of a cookie once per <see cref="SecurityStampValidatorOptions.ValidationInterval"/>)
/// without waiting for it.
/// </summary>
public sealed class StampClockPortalFactory : PortalFactory
{
    public TimeSpan ValidationInterval => Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;

    /// <summary>Moves the validator's clock past the interval, so the next request of every signed-in client checks its stamp.</summary>
    public void ReachNextStampCheck() => Clock.Advance(ValidationInterval + TimeSpan.FromMinutes(1));

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Configure<SecurityStampValidatorOptions>(options => options.TimeProvider = Clock);
}

/// <summary>Moving an officer to another department takes their access to the old department's cases with it.</summary>
public sealed class AdminUserDepartmentChange(StampClockPortalFactory factory) : IClassFixture<StampClockPortalFactory>
{
    [Fact]
    public async Task OfficerMovedToAnotherDepartmentNoLongerSeesTheOldDepartmentsCases()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer2");
        CaseNumbers(await officer.GetPageAsync("/Cases")).ShouldAllBe(n => n.StartsWith("房产科", StringComparison.Ordinal));

        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        var editUrl = $"/AdminUsers/Edit/{await UserIdAsync(factory, "fc.officer2")}";
        var fields = FieldsOf(await admin.GetPageAsync(editUrl), "[data-testid=edit-user-form]");
        fields["Department"].ShouldBe(nameof(DepartmentCode.Housing));
        fields["Department"] = nameof(DepartmentCode.Quality);
        var saved = await admin.PostFormAsync(editUrl, editUrl, fields);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetPageAsync("/AdminUsers")).QuerySelector("[data-testid=status-success]")!.TextContent.ShouldContain("需重新登录");

        // The officer's next request after the stamp check is due: the cookie that still says 房产科 is refused.
        factory.ReachNextStampCheck();
        var next = await officer.Http.GetAsync(new Uri("/Cases", UriKind.Relative), TestContext.Current.CancellationToken);

        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.ToString().ShouldContain("/Account/Login");

        using var again = await PortalClient.SignedInAsync(factory, "fc.officer2");
        var cases = CaseNumbers(await again.GetPageAsync("/Cases"));
        cases.ShouldNotBeEmpty();
        cases.ShouldAllBe(n => n.StartsWith("质监站", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnrelatedChangeDoesNotSignTheUserOut()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "aj.officer2");
        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        var editUrl = $"/AdminUsers/Edit/{await UserIdAsync(factory, "aj.officer2")}";
        var fields = FieldsOf(await admin.GetPageAsync(editUrl), "[data-testid=edit-user-form]");
        fields["FullName"] = "吴斌斌";
        (await admin.PostFormAsync(editUrl, editUrl, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        factory.ReachNextStampCheck();
        var home = await officer.GetPageAsync("/");

        // Same stamp: the validator keeps the session and refreshes the claims from the database.
        home.QuerySelector("[data-testid=current-user]")!.TextContent.ShouldBe("吴斌斌");
    }

    [Fact]
    public async Task DeactivatedUserIsSignedOutAndCannotSignInAgain()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "zj.officer2");
        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        var editUrl = $"/AdminUsers/Edit/{await UserIdAsync(factory, "zj.officer2")}";
        var fields = FieldsOf(await admin.GetPageAsync(editUrl), "[data-testid=edit-user-form]");
        fields["IsActive"] = "false";
        (await admin.PostFormAsync(editUrl, editUrl, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await admin.GetPageAsync("/AdminUsers?Search=zj.officer2");
        Row(list, "user-row", "data-username", "zj.officer2")!.QuerySelector("[data-testid=user-status]")!.TextContent.ShouldContain("停用");

        factory.ReachNextStampCheck();
        var next = await officer.Http.GetAsync(new Uri("/Cases", UriKind.Relative), TestContext.Current.CancellationToken);

        next.Headers.Location!.ToString().ShouldContain("/Account/Login");
        using var client = PortalClient.Anonymous(factory);
        var refused = await PortalClient.ParseAsync(await PostSignInAsync(client, "zj.officer2", DemoPassword.Value));
        refused.QuerySelector("[data-testid=login-error]")!.TextContent.ShouldContain("该账号已停用");
    }

    private static List<string> CaseNumbers(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=case-row] a").Select(a => a.TextContent)];
}
