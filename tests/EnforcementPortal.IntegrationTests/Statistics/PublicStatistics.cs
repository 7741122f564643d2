using System.Net;
using EnforcementPortal.IntegrationTests.Infrastructure;

namespace EnforcementPortal.IntegrationTests.Statistics;

/// <summary>
/// The public statistics pages of the demo database show the figures of 《伊宁市住建局 执法流程与办事指南》, computed from the generated case
/// records and frozen at publication; the downloads hold the same numbers; an unpublished year does not exist.
/// </summary>
public sealed class PublicStatistics(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HousingPageShowsTheSeedFiguresWithTheirDefinitions()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var page = await visitor.GetPageAsync("/gongshi/tongji/fangchan/2025");

        var figures = StatisticsPages.Figures(page);
        figures["SupervisedObjects"].ShouldBe("155");
        figures["Inspections"].ShouldBe("278");
        figures["Notices"].ShouldBe("26");
        figures["Interviews"].ShouldBe("10");
        figures["ClosedLoopRate"].ShouldBe("100%");
        figures["Transferred"].ShouldBe("10");
        figures["TrackingCompleted"].ShouldBe("8");
        var footnotes = page.QuerySelector("[data-testid=footnotes]")!.TextContent;
        footnotes.ShouldContain("本年度下发的整改通知书中已闭环的份数 ÷ 本年度下发的整改通知书份数");
        footnotes.ShouldContain("跟踪处置完成件数 ÷ 本年度移交城市管理局处置案件数");
        footnotes.ShouldContain("按单位（统一社会信用代码）去重");
        page.QuerySelector("[data-testid=published-on]")!.TextContent.ShouldBe("2026年1月26日");
        page.QuerySelector("[data-testid=correction-note]")!.TextContent.ShouldContain("由7件更正为8件");
    }

    [Fact]
    public async Task TheFirstVersionOfACorrectedYearStaysReadable()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var page = await visitor.GetPageAsync("/gongshi/tongji/fangchan/2025?version=1");

        StatisticsPages.Figures(page)["TrackingCompleted"].ShouldBe("7");
        page.Body!.TextContent.ShouldContain("这是已被更正的旧版本");
    }

    [Theory]
    [InlineData("jianguan", 2025, "FirstInspections", "206")]
    [InlineData("jianguan", 2025, "Notices", "203")]
    [InlineData("jianguan", 2025, "Interviews", "29")]
    [InlineData("jianguan", 2025, "Transferred", "16")]
    [InlineData("jianguan", 2025, "TrackingCompletionRate", "68.8%")]
    [InlineData("jianguan", 2025, "Supplementary:办理施工许可证", "198")]
    [InlineData("jianguan", 2025, "ConstructionProcedureLetters", "70")]
    [InlineData("renfang", 2025, "Supplementary:审批人防易地建设项目", "56")]
    [InlineData("renfang", 2025, "Supplementary:人防费审批额", "4328.37")]
    [InlineData("renfang", 2025, "Supplementary:已缴纳人防费", "4189.58")]
    [InlineData("renfang", 2025, "Supplementary:审批人防建设项目", "16")]
    [InlineData("renfang", 2025, "Supplementary:人防建设项目总面积", "80128.22")]
    [InlineData("anjian", 2024, "SupervisedObjects", "160")]
    [InlineData("anjian", 2024, "SpecialCampaigns", "8")]
    [InlineData("anjian", 2024, "Findings", "2121")]
    [InlineData("anjian", 2024, "Notices", "243")]
    [InlineData("anjian", 2024, "Interviews", "8")]
    [InlineData("anjian", 2024, "Transferred", "8")]
    [InlineData("anjian", 2024, "ClosedLoopRate", "100%")]
    [InlineData("anjian", 2024, "TrackingCompletionRate", "100%")]
    [InlineData("zhijian", 2025, "SupervisedObjects", "419")]
    [InlineData("zhijian", 2025, "Inspections", "1200")]
    [InlineData("zhijian", 2025, "Notices", "141")]
    [InlineData("zhijian", 2025, "Interviews", "9")]
    [InlineData("zhijian", 2025, "ClosedLoopRate", "100%")]
    [InlineData("zhijian", 2025, "Transferred", "9")]
    [InlineData("zhijian", 2025, "TrackingCompletionRate", "100%")]
    [InlineData("zhijian", 2025, "Supplementary:竣工备案项目", "108")]
    public async Task EveryPublishedYearShowsTheSeedFigure(string department, int year, string code, string expected)
    {
        using var visitor = PortalClient.Anonymous(factory);

        var page = await visitor.GetPageAsync($"/gongshi/tongji/{department}/{year}");

        StatisticsPages.Figures(page)[code].ShouldBe(expected);
    }

    [Fact]
    public async Task TheExcelDownloadOpensAndHoldsTheSameNumbers()
    {
        using var visitor = PortalClient.Anonymous(factory);
        var page = StatisticsPages.Figures(await visitor.GetPageAsync("/gongshi/tongji/fangchan/2025"));

        var response = await visitor.Http.GetAsync(new Uri("/gongshi/tongji/fangchan/2025?format=xlsx", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var workbook = StatisticsWorkbook.Read(stream);
        workbook.Value("监督房产售楼中心/经纪机构（中介）/评估机构").ShouldBe(155);
        workbook.Value("开展监督检查").ShouldBe(278);
        workbook.Value("下发《整改通知书》").ShouldBe(26);
        workbook.Value("约谈责任单位负责人").ShouldBe(10);
        workbook.Value("市场违规整改闭环率").ShouldBe(100);
        workbook.Value("移交城市管理局处置案件").ShouldBe(10);
        workbook.Value("跟踪处置完成").ShouldBe(8);
        workbook.Value("开展监督检查").ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(page["Inspections"]);
        workbook.Definition("市场违规整改闭环率").ShouldContain("闭环指经复查确认整改到位");
    }

    [Fact]
    public async Task TheCsvDownloadIsUtf8WithTheSameNumbers()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var bytes = await visitor.Http.GetByteArrayAsync(new Uri("/gongshi/tongji/zhijian/2025?format=csv", UriKind.Relative), Ct);

        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "Excel needs the BOM to read Chinese CSV");
        var lines = System.Text.Encoding.UTF8.GetString(bytes).Split("\r\n");
        lines.ShouldContain(l => l.StartsWith("监督检查类,开展监督检查,1200,次", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("监督检查类,竣工备案项目,108,个", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/gongshi/tongji/zhijian/2024")]
    [InlineData("/gongshi/tongji/fangchan/2026")]
    [InlineData("/gongshi/tongji/fangchan/2025?version=9")]
    [InlineData("/gongshi/tongji/2023")]
    [InlineData("/gongshi/tongji/nowhere/2025")]
    [InlineData("/gongshi/tongji/zhijian/2024?format=xlsx")]
    public async Task AnUnpublishedYearIsNotReachableAnonymously(string url)
    {
        using var visitor = PortalClient.Anonymous(factory);

        var response = await visitor.Http.GetAsync(new Uri(url, UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheBureauSummaryAddsCountsAndRecomputesRates()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var page = await visitor.GetPageAsync("/gongshi/tongji/2025");

        string[] Cells(string code) => [.. page.QuerySelectorAll($"[data-testid=summary] tr[data-code={code}] td").Select(c => c.TextContent.Trim())];
        // The third department published 2025 without any case record: "—" (本年度未开展（无记录）), not a column of zeros.
        Cells("Notices").ShouldBe(["26", "203", "—", "141", "370"]);
        Cells("Transferred").ShouldBe(["10", "16", "—", "9", "35"]);
        Cells("TrackingCompleted").ShouldBe(["8", "11", "—", "9", "28"]);
        page.QuerySelector("[data-testid=summary-not-carried-out]")!.TextContent.ShouldContain("本年度未开展（无记录）");
        Cells("TrackingCompletionRate").ShouldBe(["80", "68.8", "—", "100", "80"]);
        Cells("SupervisedObjects")[^1].ShouldBe("—", "units differ and an enterprise may be inspected by several departments");
    }

    [Fact]
    public async Task TheYearOverYearPageListsThePublishedYears()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var page = await visitor.GetPageAsync("/gongshi/tongji/fangchan");

        page.QuerySelectorAll("[data-testid=comparison] thead th").Select(h => h.TextContent.Trim()).ShouldBe(["指标", "2025 年", "较上年增减"]);
        page.QuerySelector("[data-testid=comparison] tr[data-code=Inspections] td")!.TextContent.Trim().ShouldBe("278");
        page.QuerySelector("script[src*='lib/chart.js/dist/chart.umd.min.js']").ShouldNotBeNull("charts are served from the application, not a CDN");
    }

    [Fact]
    public async Task EveryPublicPageOpensWithoutSigningIn()
    {
        using var visitor = PortalClient.Anonymous(factory);

        foreach (var url in new[] { "/gongshi", "/gongshi/zhinan/fangchan", "/gongshi/zhinan/renfang", "/gongshi/renyuan", "/gongshi/chufa", "/gongshi/tongji", "/gongshi/tongji/2024", "/gongshi/renyuan?format=xlsx", "/gongshi/chufa?format=csv", "/lib/chart.js/dist/chart.umd.min.js" })
        {
            var response = await visitor.Http.GetAsync(new Uri(url, UriKind.Relative), Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }
    }
}
