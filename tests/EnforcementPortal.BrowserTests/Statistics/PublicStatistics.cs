using System.Globalization;
using EnforcementPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Statistics;

/// <summary>
/// The public reads the bureau's published annual statistics (computed from the demo case records), downloads
/// them as Excel, and cannot reach a year nobody has published; a chief publishes a year and sees it go public.
/// </summary>
public sealed class PublicStatistics(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AVisitorOnAPhoneFindsTheHousingFiguresOf2025WithTheirDefinitions()
    {
        var visitor = await portal.NewPageAsync(390, 844, isMobile: true);

        await visitor.GotoAsync("/Account/Login");
        await visitor.GetByTestId("public-links").GetByRole(AriaRole.Link, new() { Name = "年度执法数据" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { NameRegex = new("房产科") }).First.ClickAsync();

        await Expect(visitor.GetByTestId("title")).ToContainTextAsync("房产科");
        await Expect(visitor.GetByTestId("title")).ToContainTextAsync("2025");
        await Expect(Figure(visitor, "SupervisedObjects")).ToHaveTextAsync("155");
        await Expect(Figure(visitor, "Inspections")).ToHaveTextAsync("278");
        await Expect(Figure(visitor, "Notices")).ToHaveTextAsync("26");
        await Expect(Figure(visitor, "Interviews")).ToHaveTextAsync("10");
        await Expect(Figure(visitor, "ClosedLoopRate")).ToHaveTextAsync("100%");
        await Expect(Figure(visitor, "Transferred")).ToHaveTextAsync("10");
        await Expect(Figure(visitor, "TrackingCompleted")).ToHaveTextAsync("8");
        await Expect(visitor.GetByTestId("footnotes")).ToContainTextAsync("本年度下发的整改通知书中已闭环的份数 ÷ 本年度下发的整改通知书份数");
        await Expect(visitor.GetByTestId("correction-note")).ToContainTextAsync("由7件更正为8件");
        await visitor.ScreenshotAsync("public-statistics-phone");
    }

    [Fact]
    public async Task TheExcelDownloadHoldsTheNumbersThePageShows()
    {
        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync("/gongshi/tongji/fangchan/2025");
        await visitor.ScreenshotAsync("public-statistics");
        var shown = await Figure(visitor, "Inspections").TextContentAsync();

        var download = await visitor.RunAndWaitForDownloadAsync(() => visitor.GetByTestId("download-xlsx").First.ClickAsync());

        download.SuggestedFilename.ShouldEndWith(".xlsx");
        var path = Path.Combine(Path.GetTempPath(), $"statistics-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            using var file = File.OpenRead(path);
            var workbook = StatisticsWorkbook.Read(file);
            workbook.Value("监督房产售楼中心/经纪机构（中介）/评估机构").ShouldBe(155);
            workbook.Value("开展监督检查").ShouldBe(278);
            workbook.Value("下发《整改通知书》").ShouldBe(26);
            workbook.Value("约谈责任单位负责人").ShouldBe(10);
            workbook.Value("市场违规整改闭环率").ShouldBe(100);
            workbook.Value("移交城市管理局处置案件").ShouldBe(10);
            workbook.Value("跟踪处置完成").ShouldBe(8);
            workbook.Value("开展监督检查").ToString(CultureInfo.InvariantCulture).ShouldBe(shown!.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AVisitorComparesConstructionsYearsAndTheBureauSummary()
    {
        var visitor = await portal.NewPageAsync();

        await visitor.GotoAsync("/gongshi/tongji/jianguan");

        await Expect(visitor.GetByTestId("comparison").Locator("tr[data-code=Notices] td")).ToHaveTextAsync(["172", "203", "+31"]);
        await visitor.ScreenshotAsync("public-comparison");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "2025 年" }).First.ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { NameRegex = new("2025年度全局汇总") }).ClickAsync();
        await Expect(visitor.GetByTestId("summary").Locator("tr[data-code=Notices] td").Last).ToHaveTextAsync("370");
        await visitor.ScreenshotAsync("public-summary");
    }

    [Fact]
    public async Task AYearNobodyPublishedIsNotReachableAnonymously()
    {
        var visitor = await portal.NewPageAsync();

        var response = await visitor.GotoAsync("/gongshi/tongji/zhijian/2024");

        response!.Status.ShouldBe(404);
        await Expect(visitor.Locator("body")).Not.ToContainTextAsync("开展监督检查");
        await visitor.GotoAsync("/gongshi/tongji");
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync("质监站 2024");
    }

    [Fact]
    public async Task AChiefPublishesHisDepartmentsYearAndThePublicSeesIt()
    {
        var visitor = await portal.NewPageAsync();
        (await visitor.GotoAsync("/gongshi/tongji/fangchan/2024"))!.Status.ShouldBe(404);
        var chief = await portal.NewPageAsync();
        await chief.SignInAsync("fc.chief");

        await chief.GetByRole(AriaRole.Link, new() { Name = "统计与月报" }).First.ClickAsync();
        var row = chief.GetByTestId("statistics-years").Locator("tr", new() { HasText = "房产科" }).Filter(new() { HasText = "2024" });
        await Expect(row).ToContainTextAsync("未发布");
        await row.GetByRole(AriaRole.Link, new() { Name = "预览与发布" }).ClickAsync();
        var previewed = await Figure(chief, "Inspections").TextContentAsync();
        await chief.GetByRole(AriaRole.Button, new() { Name = "发布2024年度数据" }).ClickAsync();

        await Expect(chief.Locator("main")).ToContainTextAsync("第 1 版");
        var response = await visitor.GotoAsync("/gongshi/tongji/fangchan/2024");
        response!.Status.ShouldBe(200);
        await Expect(visitor.GetByTestId("publication")).ToContainTextAsync("第 1 版");
        await Expect(Figure(visitor, "Inspections")).ToHaveTextAsync(previewed!.Trim());
    }

    [Fact]
    public async Task ACorrectionWithoutANoteIsRefusedOnTheForm()
    {
        var chief = await portal.NewPageAsync();
        await chief.SignInAsync("zj.chief");
        await chief.GotoAsync("/Statistics/Preview/zhijian/2025");
        await chief.ScreenshotAsync("statistics-preview");

        await chief.Locator("#CorrectionNote").EvaluateAsync("e => e.removeAttribute('required')");
        await chief.GetByRole(AriaRole.Button, new() { Name = "发布更正版本" }).ClickAsync();

        await Expect(chief.GetByTestId("form-errors")).ToContainTextAsync("请填写更正说明");
        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync("/gongshi/tongji/zhijian/2025");
        await Expect(visitor.GetByTestId("publication")).Not.ToContainTextAsync("第 2 版");
    }

    private static ILocator Figure(IPage page, string code) =>
        page.Locator($"[data-testid=indicators] [data-testid=indicator-row][data-code={code}] [data-testid=value]");
}
