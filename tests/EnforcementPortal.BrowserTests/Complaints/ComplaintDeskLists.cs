using EnforcementPortal.BrowserTests.Infrastructure;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EnforcementPortal.BrowserTests.Complaints;

/// <summary>
/// The complaint desk shows the first rows of each list and "共 N 项"; "查看全部" opens the whole list, which the
/// dispatcher pages through (下一页, 首页) seeing every complaint of the list once.
/// </summary>
public sealed class ComplaintDeskLists(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const int Extra = 65;

    [Fact]
    public async Task TheDispatcherSeesHowManyWaitAndPagesThroughThemAll()
    {
        var ct = TestContext.Current.CancellationToken;
        int waiting;
        await using (var db = portal.Factory.CreateDbContext())
        {
            // Older complaints waiting for the dispatcher, several registered in the same minute.
            var dispatcher = new Actor(Guid.NewGuid(), "王分派");
            for (var i = 1; i <= Extra; i++)
            {
                db.Complaints.Add(Complaint.Receive(Guid.NewGuid(), 2019, i,
                    new ComplaintIntake(ComplaintChannel.Hotline, BusinessLine.Brokerage, $"伊宁市分页测试第{i}经纪公司", "伊宁市解放路 88 号", "收取看房费后不退。", ProtectedComplainant.Anonymous),
                    "code-hash", dispatcher, new DateTime(2019, 6, 3, 9, 0, 0).AddMinutes(i / 4)));
            }

            await db.SaveChangesAsync(ct);
            waiting = await db.Complaints.CountAsync(c => c.State == ComplaintState.Received || c.State == ComplaintState.Returned, ct);
        }

        var page = await portal.NewPageAsync();
        await page.SignInAsync("dispatcher");
        await page.GotoAsync("/Complaints");
        var section = page.Locator("[data-testid=to-route]");
        (await section.Locator("[data-testid=section-count]").TextContentAsync())!.ShouldBe($"共 {waiting} 项");
        (await section.Locator("tbody tr").CountAsync()).ShouldBe(20);
        (await section.Locator("[data-testid=section-more]").TextContentAsync())!.ShouldContain($"共 {waiting} 项");

        await section.Locator("[data-testid=section-all]").ClickAsync();
        (await page.TextContentAsync("h1"))!.ShouldContain("待分派");
        (await page.TextContentAsync("[data-testid=list-count]"))!.ShouldBe($"共 {waiting} 项");
        (await page.Locator("[data-testid=first-page]").CountAsync()).ShouldBe(0);
        var firstPage = await ReceiptsAsync(page);
        firstPage.Count.ShouldBe(50);

        var seen = new List<string>(firstPage);
        while (await page.Locator("[data-testid=next-page]").CountAsync() > 0)
        {
            await page.Locator("[data-testid=next-page]").ClickAsync();
            (await page.TextContentAsync("[data-testid=list-count]"))!.ShouldBe($"共 {waiting} 项");
            seen.AddRange(await ReceiptsAsync(page));
        }

        seen.Count.ShouldBe(waiting);
        seen.Distinct().Count().ShouldBe(waiting);
        seen.ShouldContain("TS2019-00001");

        await page.Locator("[data-testid=first-page]").ClickAsync();
        (await ReceiptsAsync(page)).ShouldBe(firstPage);
    }

    private static async Task<List<string>> ReceiptsAsync(IPage page) =>
        [.. await page.Locator("[data-testid=to-route] tbody tr td:first-child a").AllTextContentsAsync()];
}
