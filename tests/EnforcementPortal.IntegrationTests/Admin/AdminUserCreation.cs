using System.Net;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EnforcementPortal.IntegrationTests.Admin.AdminTestSupport;

namespace EnforcementPortal.IntegrationTests.Admin;

/// <summary>新建用户: an administrator opens accounts; the form refuses what the rules do not allow, in Chinese.</summary>
public sealed class AdminUserCreation(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static int _certificateSerial = 9000;

    /// <summary>A complete new-officer form; each call gets its own certificate number, as in life.</summary>
    private static Dictionary<string, string> NewOfficer(string userName, string password = "Tarim#Dawn58") => new()
    {
        ["UserName"] = userName,
        ["Password"] = password,
        ["ConfirmPassword"] = password,
        ["FullName"] = "努尔古丽·艾山",
        ["Role"] = StaffRoles.Officer,
        ["Department"] = nameof(DepartmentCode.Safety),
        ["CertificateNumber"] = $"6540022026{Interlocked.Increment(ref _certificateSerial)}",
        ["CertificateIssuer"] = "新疆维吾尔自治区人民政府",
        ["CertificateValidFrom"] = "2026-01-01",
        ["CertificateValidTo"] = "2030-12-31",
    };

    [Fact]
    public async Task AdministratorCreatesAnOfficerWhoCanThenSignIn()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var fields = NewOfficer("aj.officer9");
        fields["CertificateNumber"] = "65400220264009";

        var response = await admin.PostFormAsync("/AdminUsers/Create", "/AdminUsers/Create", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await admin.GetPageAsync("/AdminUsers?Search=aj.officer9");
        list.QuerySelector("[data-testid=status-success]")!.TextContent.ShouldContain("已创建用户");
        var row = Row(list, "user-row", "data-username", "aj.officer9").ShouldNotBeNull();
        row.QuerySelector("[data-testid=user-role]")!.TextContent.ShouldBe("执法人员");
        row.QuerySelector("[data-testid=user-department]")!.TextContent.ShouldBe("安监站");
        row.QuerySelector("[data-testid=user-certificate]")!.TextContent.ShouldContain("65400220264009");

        using var officer = await SignedInAsync(factory, "aj.officer9", "Tarim#Dawn58");
        var home = await officer.GetPageAsync("/");
        home.QuerySelector("[data-testid=current-user]")!.TextContent.ShouldBe("努尔古丽·艾山");
        var cases = await officer.GetPageAsync("/Cases");
        cases.QuerySelectorAll("[data-testid=case-row] a").Select(a => a.TextContent)
            .ShouldAllBe(n => n.StartsWith("安监站", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WeakPasswordShowsThePolicyInChineseAndCreatesNothing()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var response = await admin.PostFormAsync("/AdminUsers/Create", "/AdminUsers/Create", NewOfficer("aj.weak", "abc"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=password-error]")!.TextContent.ShouldContain("密码长度不能少于8位");
        var errors = ErrorsOn(page);
        errors.ShouldContain("密码长度不能少于8位");
        errors.ShouldContain("密码须包含至少一个大写字母");
        errors.ShouldContain("密码须包含至少一个数字");
        page.QuerySelector("#UserName")!.GetAttribute("value").ShouldBe("aj.weak");
        (await UserExistsAsync("aj.weak")).ShouldBeFalse();
    }

    [Fact]
    public async Task OfficerWithoutDepartmentOrCertificateIsRefused()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        var fields = NewOfficer("aj.nocert");
        fields["Department"] = string.Empty;
        fields["CertificateNumber"] = string.Empty;
        fields["CertificateIssuer"] = string.Empty;
        fields["CertificateValidFrom"] = string.Empty;
        fields["CertificateValidTo"] = string.Empty;

        var response = await admin.PostFormAsync("/AdminUsers/Create", "/AdminUsers/Create", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = ErrorsOn(await PortalClient.ParseAsync(response));
        errors.ShouldContain("执法人员须选择所属科室");
        errors.ShouldContain("执法人员须登记执法证");
        (await UserExistsAsync("aj.nocert")).ShouldBeFalse();
    }

    [Fact]
    public async Task HalfACertificateIsRefused()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        var fields = NewOfficer("aj.halfcert");
        fields["CertificateValidTo"] = string.Empty;

        var response = await admin.PostFormAsync("/AdminUsers/Create", "/AdminUsers/Create", fields);

        ErrorsOn(await PortalClient.ParseAsync(response)).ShouldContain("请填写执法证有效期截止日期（执法证信息须全部填写或全部留空）");
        (await UserExistsAsync("aj.halfcert")).ShouldBeFalse();
    }

    [Fact]
    public async Task LeaderWithADepartmentIsRefused()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        var fields = NewOfficer("leader2");
        fields["Role"] = StaffRoles.BureauLeader;

        var response = await admin.PostFormAsync("/AdminUsers/Create", "/AdminUsers/Create", fields);

        ErrorsOn(await PortalClient.ParseAsync(response)).ShouldContain("局领导不属于任何科室，请将所属科室留空");
        (await UserExistsAsync("leader2")).ShouldBeFalse();
    }

    [Fact]
    public async Task TakenLoginAndTakenCertificateNumberAreRefused()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        var fields = NewOfficer("fc.officer1");

        var response = await admin.PostFormAsync("/AdminUsers/Create", "/AdminUsers/Create", fields);

        ErrorsOn(await PortalClient.ParseAsync(response)).ShouldContain("用户名“fc.officer1”已被使用");

        fields = NewOfficer("fc.officer8");
        fields["CertificateNumber"] = "65400220241002";
        response = await admin.PostFormAsync("/AdminUsers/Create", "/AdminUsers/Create", fields);

        ErrorsOn(await PortalClient.ParseAsync(response)).ShouldContain("执法证号 65400220241002 已登记在“艾力·买买提”名下");
        (await UserExistsAsync("fc.officer8")).ShouldBeFalse();
    }

    [Fact]
    public async Task ListFiltersByDepartmentAndRoleAndMarksExpiredCertificates()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var page = await admin.GetPageAsync($"/AdminUsers?Department={DepartmentCode.Housing}&Role={StaffRoles.Officer}");

        var logins = page.QuerySelectorAll("[data-testid=user-row]").Select(r => r.GetAttribute("data-username")).ToList();
        logins.ShouldBe(["fc.officer1", "fc.officer2", "fc.officer3"], ignoreOrder: true);
        Row(page, "user-row", "data-username", "fc.officer3")!.QuerySelector("[data-testid=certificate-standing]")!.TextContent.ShouldBe("已过期");
    }

    private async Task<bool> UserExistsAsync(string userName)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.AnyAsync(u => u.UserName == userName, TestContext.Current.CancellationToken);
    }
}
