using EnforcementPortal.BrowserTests.Infrastructure;
using EnforcementPortal.Domain.Departments;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Cases;

/// <summary>An officer searches the case list by part of a party's name and pages through what it finds.</summary>
public sealed class CaseListSearch(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task TheOfficerFindsEachOfTheDepartmentsMatchingCasesOnceNewestFirstPageByPage()
    {
        var (term, expected) = await CommonTermAsync(DepartmentCode.Housing);
        var page = await portal.NewPageAsync();
        await page.SignInAsync("fc.officer1");
        await page.GotoAsync("/Cases");
        await page.Locator("#Search").FillAsync(term);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(page.Locator("#Search")).ToHaveValueAsync(term);

        List<string> shown = [];
        while (true)
        {
            shown.AddRange(await page.Locator("[data-testid=case-row] td:first-child a").AllTextContentsAsync());
            var next = page.Locator("[data-testid=next-page]");
            if (await next.CountAsync() == 0)
            {
                break;
            }

            await next.ClickAsync();
            await Expect(page.Locator("#Search")).ToHaveValueAsync(term);
        }

        shown.Count.ShouldBeGreaterThan(20, "the term was chosen to fill more than one page");
        shown.Select(n => n.Trim()).ShouldBe(expected);
    }

    /// <summary>The commonest four-character start of a party name among the department's cases, and its matching cases' numbers in list order.</summary>
    private async Task<(string Term, List<string> Numbers)> CommonTermAsync(DepartmentCode department)
    {
        await using var db = portal.Factory.CreateDbContext();
        var rows = await (from c in db.Cases.AsNoTracking()
                          join p in db.Parties.AsNoTracking() on c.PartyId equals p.Id
                          where c.Department == department
                          select new { c.Number, c.SiteName, c.CreatedAt, p.Name, p.CreditCode }).ToListAsync(TestContext.Current.CancellationToken);
        var term = rows.Where(r => r.Name.Length >= 4).GroupBy(r => r.Name[..4]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var numbers = rows.Where(r => r.Number.Contains(term, StringComparison.Ordinal) || r.SiteName.Contains(term, StringComparison.Ordinal) || r.Name.Contains(term, StringComparison.Ordinal) || r.CreditCode == term)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Number, StringComparer.Ordinal).Select(r => r.Number).ToList();
        return (term, numbers);
    }
}
