using EnforcementPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace EnforcementPortal.BrowserTests.Supervision;

/// <summary>The legal reviewer draws a 案卷评查 sample, scores every file on the checklist, replays the draw and finishes the report.</summary>
public sealed class CaseFileReviewCampaign(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task ACampaignIsDrawnScoredAndReported()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("legal");
        await page.GetByRole(AriaRole.Link, new() { Name = "案卷评查" }).First.ClickAsync();
        await page.ClickAsync("[data-testid=new-campaign]");
        await page.FillAsync("#Title", "2025年房产科案卷专项评查");
        await page.FillAsync("#PeriodFrom", "2025-01-01");
        await page.FillAsync("#PeriodTo", "2025-12-31");
        foreach (var department in new[] { "ConstructionManagement", "CivilAirDefense", "Safety", "Quality" })
        {
            await page.FillAsync($"#Percents_{department}", "0");
        }

        await page.FillAsync("#Percents_Housing", "2");
        await page.ClickAsync("[data-testid=draw]");
        (await page.TextContentAsync("[data-testid=status-success]"))!.ShouldContain("随机种子已记录");
        var files = page.Locator("[data-testid=review-file]");
        var count = await files.CountAsync();
        count.ShouldBeGreaterThan(0);

        for (var i = 0; i < count; i++)
        {
            await files.Nth(i).Locator("[data-testid=score-file]").ClickAsync();
            if (i == 0)
            {
                var evidence = page.Locator("[data-testid=score-item][data-item=Evidence]");
                await evidence.Locator("input[type=number]").FillAsync("14");
                await page.ClickAsync("[data-testid=save-score]");
                (await page.TextContentAsync("[data-testid=form-errors]"))!.ShouldContain("“证据”有扣分，请写明扣分理由。");
                await evidence.Locator("textarea").FillAsync("现场照片未标注拍摄时间和位置。");
            }

            await page.ClickAsync("[data-testid=save-score]");
            (await page.TextContentAsync("[data-testid=status-success]"))!.ShouldContain("已保存评分");
        }

        (await files.First.Locator("[data-testid=file-total]").TextContentAsync())!.Trim().ShouldBe("94");
        var problem = page.Locator("[data-testid=common-problem]");
        (await problem.CountAsync()).ShouldBe(1);
        (await problem.TextContentAsync())!.ShouldContain("证据");
        (await problem.TextContentAsync())!.ShouldContain("现场照片未标注拍摄时间和位置。");
        var expectedAverage = count == 1 ? "94" : Math.Round((94m + (100m * (count - 1))) / count, 1, MidpointRounding.AwayFromZero).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        (await page.Locator("[data-testid=department-score-row][data-department=Housing] [data-testid=average]").TextContentAsync())!.Trim().ShouldBe(expectedAverage);

        await page.ClickAsync("[data-testid=replay]");
        (await page.TextContentAsync("[data-testid=replay-result]"))!.ShouldContain("完全一致");

        await page.ClickAsync("[data-testid=finish]");
        (await page.TextContentAsync("[data-testid=status-success]"))!.ShouldContain("评查报告已定稿");
        (await page.TextContentAsync("[data-testid=campaign-state]"))!.ShouldContain("已结束");
        await page.ScreenshotAsync("case-file-review-report");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-csv]"));
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path!, TestContext.Current.CancellationToken);
        csv.ShouldContain("现场照片未标注拍摄时间和位置。");
        csv.ShouldContain("总分");
    }
}
