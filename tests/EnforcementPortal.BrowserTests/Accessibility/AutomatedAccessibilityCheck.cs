using EnforcementPortal.BrowserTests.Infrastructure;
using EnforcementPortal.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EnforcementPortal.BrowserTests.Accessibility;

/// <summary>
/// WCAG 2.1 AA, as government sites are tested: axe-core (the npm package, injected from the file beside this test,
/// never from a CDN) finds no violation on the main public and staff pages, on a desktop and on a phone.
/// </summary>
public sealed class AutomatedAccessibilityCheck(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static readonly string AxeScript = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Accessibility", "axe-core", "axe.min.js"));

    [Theory]
    [InlineData("/gongshi", false)]
    [InlineData("/gongshi", true)]
    [InlineData("/gongshi/tongji", false)]
    [InlineData("/gongshi/zhinan/fangchan", false)]
    [InlineData("/gongshi/renyuan", false)]
    [InlineData("/gongshi/chufa", false)]
    [InlineData("/Account/Login", true)]
    [InlineData("/tousu", false)]
    [InlineData("/tousu", true)]
    [InlineData("/tousu/chaxun", true)]
    public async Task PublicPagesHaveNoViolations(string url, bool phone)
    {
        var page = phone ? await portal.NewPageAsync(390, 844, isMobile: true) : await portal.NewPageAsync();
        await page.GotoAsync(url);

        (await ViolationsAsync(page)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("fc.officer1", "/", false)]
    [InlineData("fc.officer1", "/Cases", true)]
    [InlineData("fc.officer1", "/Cases", false)]
    [InlineData("fc.chief", "/Cases/Queue", false)]
    [InlineData("fc.officer1", "/Cases/New", true)]
    [InlineData("leader", "/Statistics/Dashboard", false)]
    [InlineData("leader", "/Statistics/Dashboard", true)]
    [InlineData("leader", "/Statistics/Monthly", false)]
    [InlineData("fc.chief", "/Statistics/Monthly", true)]
    [InlineData("dispatcher", "/Complaints", false)]
    [InlineData("dispatcher", "/Complaints", true)]
    [InlineData("dispatcher", "/Complaints/New", false)]
    [InlineData("dispatcher", "/Complaints/List/recent", false)]
    [InlineData("admin", "/Admin/Site", false)]
    [InlineData("admin", "/AdminPenaltyMatters", false)]
    [InlineData("admin", "/AdminPenaltyMatters", true)]
    [InlineData("admin", "/AdminPenaltyMatters/Create", false)]
    public async Task StaffPagesHaveNoViolations(string user, string url, bool phone)
    {
        var page = phone ? await portal.NewPageAsync(390, 844, isMobile: true) : await portal.NewPageAsync();
        await page.SignInAsync(user);
        await page.GotoAsync(url);

        (await ViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task TheCasePageHasNoViolations()
    {
        Guid caseId;
        await using (var db = portal.Factory.CreateDbContext())
        {
            caseId = await db.Cases.Where(c => c.Department == Domain.Departments.DepartmentCode.Housing && c.State == CaseState.Rectifying)
                .OrderBy(c => c.Number).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        var page = await portal.NewPageAsync(390, 844, isMobile: true);
        await page.SignInAsync("fc.officer1");
        await page.GotoAsync($"/Cases/Details/{caseId}");

        (await ViolationsAsync(page)).ShouldBeEmpty();
    }

    /// <summary>A complaint filed on /tousu: its receipt, its progress page, and the dispatcher's desk page of it.</summary>
    [Fact]
    public async Task TheComplaintPagesHaveNoViolations()
    {
        var page = await portal.NewPageAsync(390, 844, isMobile: true);
        await page.GotoAsync("/tousu");
        await page.SelectOptionAsync("#Line", "2");
        await page.FillAsync("#PartyName", "伊宁市无障碍检查房产经纪有限公司");
        await page.FillAsync("#SiteAddress", "伊宁市斯大林街 18 号");
        await page.FillAsync("#Description", "收取看房费后拒不退还。");
        var question = System.Text.RegularExpressions.Regex.Match((await page.TextContentAsync("label[for=ChallengeAnswer]"))!, @"(\d+)\s*\+\s*(\d+)");
        var answer = int.Parse(question.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(question.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        await page.FillAsync("#ChallengeAnswer", answer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        portal.Factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await page.ClickAsync("[data-testid=complaint-form] button[type=submit]");
        var receipt = (await page.TextContentAsync("[data-testid=receipt-number]"))!;
        var code = (await page.TextContentAsync("[data-testid=query-code]"))!;
        (await ViolationsAsync(page)).ShouldBeEmpty("the receipt page");

        await page.GotoAsync("/tousu/chaxun");
        await page.FillAsync("#ReceiptNumber", receipt);
        await page.FillAsync("#QueryCode", code);
        await page.Locator("[data-testid=query-form] button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=progress-steps]").WaitForAsync();
        (await ViolationsAsync(page)).ShouldBeEmpty("the progress page");

        var dispatcher = await portal.NewPageAsync();
        await dispatcher.SignInAsync("dispatcher");
        await dispatcher.GotoAsync("/Complaints");
        await dispatcher.Locator("[data-testid=to-route]").GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        (await ViolationsAsync(dispatcher)).ShouldBeEmpty("the complaint's desk page");
    }

    private static async Task<string[]> ViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, so a Content-Security-Policy without inline scripts does not block it.
        await page.EvaluateAsync(AxeScript);
        return await page.EvaluateAsync<string[]>("""
            async () => {
                const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                return result.violations.map(v => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 160)).join(' | ')}`);
            }
            """);
    }
}
