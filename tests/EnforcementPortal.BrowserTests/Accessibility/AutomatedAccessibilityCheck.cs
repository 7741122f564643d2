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
