using System.Net;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EnforcementPortal.IntegrationTests.Admin.AdminTestSupport;

namespace EnforcementPortal.IntegrationTests.Admin;

/// <summary>Only administrators reach the administration pages, and an administrator cannot lock themselves out of them.</summary>
public sealed class AdminPagesAccess(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("fc.chief", "/AdminUsers")]
    [InlineData("fc.chief", "/AdminUsers/Create")]
    [InlineData("fc.chief", "/AdminCalendar")]
    [InlineData("leader", "/AdminUsers")]
    [InlineData("legal", "/AdminCalendar")]
    public async Task NonAdministratorIsSentToAccessDenied(string userName, string url)
    {
        using var client = await PortalClient.SignedInAsync(factory, userName);

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task NonAdministratorCannotPostToTheCalendar()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");

        var response = await chief.PostFormAsync("/", "/AdminCalendar/Add", new() { ["Date"] = "2027-05-05", ["Kind"] = "Holiday" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        await using var db = factory.CreateDbContext();
        (await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2027, 5, 5), TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task AdministratorCannotDemoteOrDeactivateThemselves()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        var editUrl = $"/AdminUsers/Edit/{await UserIdAsync(factory, "admin")}";
        var fields = FieldsOf(await admin.GetPageAsync(editUrl), "[data-testid=edit-user-form]");
        fields["Role"] = "Officer";
        fields["IsActive"] = "false";

        var response = await admin.PostFormAsync(editUrl, editUrl, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = ErrorsOn(await PortalClient.ParseAsync(response));
        errors.ShouldContain("不能取消自己的系统管理员角色");
        errors.ShouldContain("不能停用自己的账号");
        (await admin.Http.GetAsync(new Uri("/AdminUsers", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
