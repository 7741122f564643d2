using EnforcementPortal.BrowserTests.Infrastructure;
using EnforcementPortal.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace EnforcementPortal.BrowserTests.Supervision;

/// <summary>
/// The administrator suspends 郑晓燕's 执法证; at once her colleague cannot name her as the second officer of a new
/// inspection, and she is warned on her home page.
/// </summary>
public sealed class SuspendedCertificate(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task ASuspendedOfficerIsRefusedAsTheSecondOfficerOfANewInspection()
    {
        var admin = await portal.NewPageAsync();
        await admin.SignInAsync("admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "执法证与培训" }).First.ClickAsync();
        await admin.Locator("[data-testid=certificate-row]", new() { HasText = "郑晓燕" }).GetByRole(AriaRole.Link, new() { Name = "郑晓燕" }).ClickAsync();
        await admin.SelectOptionAsync("#StatusForm_To", "Suspended");
        await admin.FillAsync("#StatusForm_Reason", "现场检查时未主动出示执法证件，暂扣待查。");
        await admin.ClickAsync("[data-testid=change-status]");
        (await admin.TextContentAsync("[data-testid=status-success]"))!.ShouldContain("已登记执法证暂扣");
        (await admin.TextContentAsync("[data-testid=certificate-status]"))!.Trim().ShouldBe("暂扣");
        (await admin.TextContentAsync("[data-testid=status-history]"))!.ShouldContain("现场检查时未主动出示执法证件");
        await admin.ScreenshotAsync("certificate-suspended");

        var officer = await portal.NewPageAsync(390, 844, isMobile: true);
        await officer.SignInAsync("zj.officer1");
        await officer.GotoAsync("/Cases/New");
        await officer.SelectOptionAsync("#Trigger", "RoutinePatrol");
        await officer.FillAsync("#PartyCreditCode", DemoPeople.CreditCodeFor(7).Value);
        await officer.FillAsync("#SiteName", "伊犁华宇·城北安置小区5#楼");
        await officer.FillAsync("#SiteAddress", "伊宁市天津路北延段");
        await officer.FillAsync("#Narrative", "执法人员出示执法证件，对施工现场进行质量检查。");
        var colleague = officer.Locator("[data-testid=new-inspection-form] label", new() { HasText = "郑晓燕" });
        (await colleague.TextContentAsync())!.ShouldContain("执法证已暂扣");
        await colleague.ClickAsync();
        await officer.FillAsync("#Findings_0__Description", "现浇楼板钢筋保护层厚度不足");
        await officer.SetInputFilesAsync("#Files", new FilePayload { Name = "现场照片.png", MimeType = "image/png", Buffer = CaseJourney.Png });
        await officer.ClickAsync("[data-testid=new-inspection-form] button[type=submit]");

        var errors = await officer.TextContentAsync("[data-testid=form-errors]");
        errors.ShouldNotBeNull();
        errors.ShouldContain("郑晓燕的执法证（6540022024" + "5003）已暂扣，不能参与执法。");
        errors.ShouldContain("执法人员不得少于两人");
        await officer.ScreenshotAsync("inspection-refused-suspended-certificate");

        var suspended = await portal.NewPageAsync();
        await suspended.SignInAsync("zj.officer2");
        (await suspended.TextContentAsync("[data-testid=certificate-warning]"))!.ShouldContain("已暂扣");
    }
}
