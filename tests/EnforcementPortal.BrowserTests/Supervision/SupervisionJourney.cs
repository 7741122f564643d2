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

/// <summary>The demo portal with a 督办 page of five items, so the leader's list has several pages.</summary>
public sealed class SmallSupervisionPagesPortal : BrowserPortal
{
    public const int PageSize = 5;

    protected override PortalFactory CreateFactory() => new SmallPagesFactory();

    private sealed class SmallPagesFactory : PortalFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Supervision:PageSize"] = "5" };
    }
}

/// <summary>The leader pages through the 督办 list: page 2 goes on where page 1 stopped, later due dates, the same counts.</summary>
public sealed class SupervisionListPages(SmallSupervisionPagesPortal portal) : IClassFixture<SmallSupervisionPagesPortal>
{
    [Fact]
    public async Task TheLeaderGoesToPageTwoAndSeesTheNextItemsUnderTheSameCounts()
    {
        var page = await portal.NewPageAsync(390, 844, isMobile: true);
        await page.SignInAsync("leader");

        await page.GotoAsync("/Supervision");
        var overdue = await page.Locator("[data-testid=supervision-overdue-count]").TextContentAsync();
        await Expect(page.Locator("[data-testid=supervision-item]")).ToHaveCountAsync(SmallSupervisionPagesPortal.PageSize);
        await Expect(page.Locator("[data-testid=supervision-page]")).ToContainTextAsync("第 1 /");
        var lastDueOnPageOne = await page.Locator("[data-testid=supervision-item]").Last.GetAttributeAsync("data-due");

        await page.Locator("[data-testid=supervision-next]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("page=2"));
        await Expect(page.Locator("[data-testid=supervision-page]")).ToContainTextAsync("第 2 /");
        await Expect(page.Locator("[data-testid=supervision-previous]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=supervision-overdue-count]")).ToHaveTextAsync(overdue!);
        var firstDueOnPageTwo = await page.Locator("[data-testid=supervision-item]").First.GetAttributeAsync("data-due");
        string.CompareOrdinal(firstDueOnPageTwo, lastDueOnPageOne).ShouldBeGreaterThanOrEqualTo(0);
        var secondPage = await page.Locator("[data-testid=supervision-item] .case-card-number").AllTextContentsAsync();
        secondPage.ShouldNotBeEmpty();
        await page.ScreenshotAsync("supervision-list-page-2-phone");
    }
}
