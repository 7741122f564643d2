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

    /// <summary>批量导入: a CSV file (UTF-8 with BOM) is previewed row by row, then the valid rows are imported.</summary>
    [Fact]
    public async Task AdministratorImportsACsvAfterItsPreview()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/AdminPenaltyMatters");
        await page.ClickAsync("[data-testid=import-matters]");
        const string basis = "《中华人民共和国人民防空法》第四十九条 有下列行为之一的，由县级以上地方人民政府人民防空主管部门对当事人给予警告，并责令限期改正。";
        var csv = "\uFEFF编号,事项名称,实施机关,实施依据,适用部门\r\n"
            + $",对人防工程擅自拆除的处罚（导入测试）,,\"{basis}\",人防\r\n"
            + $",对某事的处罚（导入测试）,,\"{basis}\",消防科\r\n";
        await page.SetInputFilesAsync("#File", new Microsoft.Playwright.FilePayload
        {
            Name = "处罚事项.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await page.ClickAsync("[data-testid=import-form] button[type=submit]");

        var rows = page.Locator("[data-testid=import-row]");
        (await rows.Nth(0).GetAttributeAsync("data-kind")).ShouldBe("New");
        (await rows.Nth(1).Locator("[data-testid=row-error]").TextContentAsync())!.ShouldContain("未知的适用部门“消防科”");
        await page.ScreenshotAsync("admin-penalty-matter-import-preview");

        await page.ClickAsync("[data-testid=confirm-import] button[type=submit]");

        (await page.TextContentAsync("[data-testid=status-success]"))!.ShouldContain("新增1项");
        (await page.Locator("[data-testid=matter-row]", new() { HasText = "导入测试" }).CountAsync()).ShouldBe(1);
    }
}
