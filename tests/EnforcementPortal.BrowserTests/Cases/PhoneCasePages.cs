using EnforcementPortal.BrowserTests.Infrastructure;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Cases;

/// <summary>An officer on a building site with a phone (390×844): the case page and the lists.</summary>
public sealed class PhoneCasePages(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const int Width = 390;
    private const int Height = 844;

    [Fact]
    public async Task TheFirstScreenOfACaseSaysWhatItWaitsForTheDeadlineAndTheNextStepsButton()
    {
        var caseId = await FirstCaseAsync(DepartmentCode.Housing, CaseState.Rectifying);
        var page = await portal.NewPageAsync(Width, Height, isMobile: true);
        await page.SignInAsync("fc.officer1");
        await page.GotoAsync($"/Cases/Details/{caseId}");

        await Expect(page.Locator("[data-testid=waits-for]")).ToHaveTextAsync("等待责任单位整改并提交整改回复");
        await Expect(page.Locator("[data-testid=open-deadline]")).ToContainTextAsync("整改期限：");
        var button = page.Locator("[data-testid=next-step-buttons] a").First;
        await Expect(button).ToHaveTextAsync("登记整改回复");
        (await BottomOfAsync(button)).ShouldBeLessThanOrEqualTo(Height, "the main action's button is on the first screen");
        (await TopOfAsync(page.Locator("[data-testid=form-reply]"))).ShouldBeLessThan(await TopOfAsync(page.Locator("[data-testid=findings]")), "the step comes before the record");
        (await TopOfAsync(page.Locator("[data-testid=blocked-steps]"))).ShouldBeGreaterThan(await TopOfAsync(page.Locator("[data-testid=form-reply]")), "impossible steps come after possible ones");
        await Expect(page.Locator("[data-testid=action-unavailable]")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("case-page-phone");

        await button.ClickAsync();
        await Expect(page.Locator("#form-reply #Reply_Content")).ToBeInViewportAsync();
        await AssertTouchTargetsAsync(page);
    }

    [Fact]
    public async Task AStageWithoutARunningDeadlineSaysSo()
    {
        var caseId = await FirstCaseAsync(DepartmentCode.Housing, CaseState.AwaitingReview);
        var page = await portal.NewPageAsync(Width, Height, isMobile: true);
        await page.SignInAsync("fc.officer1");
        await page.GotoAsync($"/Cases/Details/{caseId}");

        await Expect(page.Locator("[data-testid=open-deadline]")).ToHaveTextAsync("本阶段无规定期限：收到整改回复或整改期限届满后应及时复查。");
    }

    [Theory]
    [InlineData("fc.officer1", "/Cases", "case-list-phone")]
    [InlineData("fc.officer1", "/", "home-officer-phone")]
    [InlineData("fc.chief", "/Cases/Queue", "queue-chief-phone")]
    public async Task ListsAreCardsThatDoNotScrollSideways(string user, string url, string screenshot)
    {
        var page = await portal.NewPageAsync(Width, Height, isMobile: true);
        await page.SignInAsync(user);
        await page.GotoAsync(url);

        var cards = page.Locator("[data-testid=case-card]");
        await Expect(cards.First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=case-row]").First).ToBeHiddenAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(Width, "nothing scrolls sideways");
        if (url == "/Cases")
        {
            (await page.Locator("[data-testid=case-filter]").GetAttributeAsync("open")).ShouldBeNull("the filter is collapsed on a phone");
            (await TopOfAsync(cards.First)).ShouldBeLessThan(Height, "the first screen shows cases");
        }

        await AssertTouchTargetsAsync(page);
        await page.ScreenshotAsync(screenshot);
    }

    [Fact]
    public async Task OverdueAndDueSoonCasesAreMarkedRedAndYellow()
    {
        var page = await portal.NewPageAsync(Width, Height, isMobile: true);
        await page.SignInAsync("fc.chief");
        await page.GotoAsync("/Cases?OverdueOnly=true");

        var overdue = page.Locator("[data-testid=case-card]");
        await Expect(overdue.First).ToBeVisibleAsync();
        foreach (var urgency in await overdue.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.urgency)"))
        {
            urgency.ShouldBe(nameof(DeadlineUrgency.Overdue));
        }

        (await overdue.First.EvaluateAsync<string>("c => getComputedStyle(c).borderLeftColor")).ShouldBe("rgb(176, 42, 55)");
    }

    /// <summary>Every visible button, link-button and checkbox/radio label is at least 44×44 px (WCAG 2.5.5).</summary>
    private static async Task AssertTouchTargetsAsync(IPage page)
    {
        var small = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('button, a.btn, summary.btn, .form-check-label, input[type=submit]')]
                .filter(e => e.offsetParent !== null)
                .map(e => [e, e.getBoundingClientRect()])
                .filter(([e, r]) => r.height < 44 || r.width < 44)
                .map(([e, r]) => `${e.tagName} "${e.textContent.trim().slice(0, 20)}" ${Math.round(r.width)}x${Math.round(r.height)}`)
            """);
        small.ShouldBeEmpty();
    }

    private static async Task<double> TopOfAsync(ILocator locator) => (await locator.First.BoundingBoxAsync())!.Y;

    private static async Task<double> BottomOfAsync(ILocator locator)
    {
        var box = (await locator.BoundingBoxAsync())!;
        return box.Y + box.Height;
    }

    private async Task<Guid> FirstCaseAsync(DepartmentCode department, CaseState state)
    {
        await using var db = portal.Factory.CreateDbContext();
        return await db.Cases.Where(c => c.Department == department && c.State == state).OrderBy(c => c.Number).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
    }
}
