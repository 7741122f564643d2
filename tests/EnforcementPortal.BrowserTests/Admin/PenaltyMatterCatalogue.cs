using EnforcementPortal.BrowserTests.Infrastructure;

namespace EnforcementPortal.BrowserTests.Admin;

/// <summary>The administrator adds a penalty matter for 人防 and retires it, confirming the browser's question.</summary>
public sealed class PenaltyMatterCatalogue(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AdministratorAddsAMatterThenRetiresIt()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "处罚事项" }).First.ClickAsync();
        await page.ClickAsync("[data-testid=add-matter]");

        await page.FillAsync("#Name", "对人防工程擅自改变用途的处罚（浏览器测试）");
        await page.FillAsync("#LegalBasis", "《中华人民共和国人民防空法》\n第四十九条 有下列行为之一的，由县级以上地方人民政府人民防空主管部门对当事人给予警告，并责令限期改正。");
        await page.CheckAsync("#Department_CivilAirDefense");
        await page.ClickAsync("[data-testid=matter-form] button[type=submit]");

        (await page.TextContentAsync("[data-testid=status-success]"))!.ShouldContain("对人防工程擅自改变用途的处罚（浏览器测试）");
        var row = page.Locator("[data-testid=matter-row]", new() { HasText = "浏览器测试" });
        (await row.TextContentAsync())!.ShouldContain("《中华人民共和国人民防空法》第四十九条");
        await page.ScreenshotAsync("admin-penalty-matter-added");

        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await row.Locator("[data-testid=retire-matter]").ClickAsync();

        (await page.TextContentAsync("[data-testid=status-success]"))!.ShouldContain("已停止适用");
        (await page.Locator("[data-testid=matter-row]", new() { HasText = "浏览器测试" }).Locator("[data-testid=matter-status]").TextContentAsync())!.ShouldContain("起停止适用");
        await page.ScreenshotAsync("admin-penalty-matter-retired");
    }
}
