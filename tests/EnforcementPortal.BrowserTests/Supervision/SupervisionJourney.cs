using EnforcementPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Supervision;

/// <summary>The bureau leader's 督办 list shows red and yellow items; a 督办函 issued from it downloads as a PDF that verifies.</summary>
public sealed class SupervisionJourney(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task TheLeaderSeesRedAndYellowItemsAndIssuesALetterWhosePdfVerifies()
    {
        var page = await portal.NewPageAsync(390, 844, isMobile: true);
        await page.SignInAsync("leader");

        await page.GotoAsync("/Supervision");
        await Expect(page.Locator("[data-testid=supervision-item][data-urgency=Overdue]").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=supervision-item][data-urgency=DueSoon]").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=supervision-letter]").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("supervision-list-phone");

        var item = page.Locator("[data-testid=supervision-item][data-urgency=Overdue]:has([data-testid=supervision-letter-form])").First;
        await item.Locator("summary").ClickAsync();
        await item.Locator("textarea[name=requirement]").FillAsync("请承办部门三个工作日内办结，并书面说明逾期原因及责任人。");
        var download = await page.RunAndWaitForDownloadAsync(() => item.Locator("[data-testid=supervision-letter-issue]").ClickAsync());

        download.SuggestedFilename.ShouldContain("督办函");
        var path = Path.Combine(Path.GetTempPath(), $"supervision-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        var code = download.SuggestedFilename[^13..^4];

        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync($"/verify/{code}");
        await Expect(visitor.Locator("[data-testid=verify-title]")).ToContainTextAsync("督办函");
        await visitor.SetInputFilesAsync("input[type=file]", path);
        await visitor.Locator("form[enctype='multipart/form-data'] button[type=submit]").ClickAsync();
        await Expect(visitor.Locator("[data-testid=verify-result]")).ToContainTextAsync("文书核验一致");
        File.Delete(path);

        await page.GotoAsync("/Supervision");
        await Expect(page.Locator($"[data-testid=supervision-letter]:has-text('{code}')")).ToBeVisibleAsync();
        await page.ScreenshotAsync("supervision-letter-issued");
    }
}
