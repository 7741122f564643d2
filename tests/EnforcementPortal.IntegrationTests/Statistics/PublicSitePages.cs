using System.Net;
using System.Text;
using EnforcementPortal.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace EnforcementPortal.IntegrationTests.Statistics;

/// <summary>The public 政务公开 site: metadata, the administrator's footer, years without records, and the downloads.</summary>
public sealed class PublicSitePages(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFreshSiteShowsNoFooterIdentifiersAndEveryPublishedPageItsMetadata()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var home = await visitor.GetPageAsync("/gongshi");
        home.QuerySelector("[data-testid=site-footer]").ShouldNotBeNull();
        home.QuerySelector("[data-testid=footer-icp]").ShouldBeNull("nothing is invented: the ICP number is the bureau's to enter");
        home.QuerySelector("[data-testid=footer-website-code]").ShouldBeNull();
        foreach (var url in new[] { "/gongshi/tongji/fangchan/2025", "/gongshi/tongji/2025", "/gongshi/tongji/jianguan", "/gongshi/renyuan", "/gongshi/chufa" })
        {
            var page = await visitor.GetPageAsync(url);
            var meta = page.QuerySelector("[data-testid=disclosure-meta]");
            meta.ShouldNotBeNull(url);
            meta.QuerySelector("[data-testid=meta-index]")!.TextContent.ShouldNotBeNullOrWhiteSpace();
            meta.QuerySelector("[data-testid=meta-publisher]")!.TextContent.ShouldContain("伊宁市住房和城乡建设局");
            meta.QuerySelector("[data-testid=meta-topic]")!.TextContent.ShouldStartWith("行政执法公示");
        }
    }

    [Fact]
    public async Task TheBureauWideDownloadHoldsTheSupplementaryTableThePageShows()
    {
        using var visitor = PortalClient.Anonymous(factory);
        var page = await visitor.GetPageAsync("/gongshi/tongji/2025");
        var shown = page.QuerySelectorAll("[data-testid=summary-supplementary] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        shown.Count.ShouldBeGreaterThan(0);

        var csv = await visitor.Http.GetByteArrayAsync(new Uri("/gongshi/tongji/2025?format=csv", UriKind.Relative), Ct);
        var text = Encoding.UTF8.GetString(csv, 3, csv.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines.ShouldContain(l => l.StartsWith("各部门补充指标", StringComparison.Ordinal));
        foreach (var row in shown)
        {
            lines.ShouldContain(l => l.StartsWith($"{row[0]},{row[1]},{row[2]},{row[3]}", StringComparison.Ordinal), $"{row[0]} {row[1]}");
        }

        var xlsx = await visitor.Http.GetByteArrayAsync(new Uri("/gongshi/tongji/2025?format=xlsx", UriKind.Relative), Ct);
        using var stream = new MemoryStream(xlsx);
        var cells = MiniExcel.Query(stream).Cast<IDictionary<string, object?>>().SelectMany(r => r.Values).Select(v => v?.ToString()).ToList();
        cells.ShouldContain("各部门补充指标");
        cells.ShouldContain(shown[0][1]);
    }

    [Fact]
    public async Task ADepartmentsDownloadCarriesThePagesFootnotesAndNotes()
    {
        using var visitor = PortalClient.Anonymous(factory);
        var page = await visitor.GetPageAsync("/gongshi/tongji/fangchan/2025");
        var footnotes = page.QuerySelectorAll("[data-testid=footnotes] li").Select(li => li.TextContent.Trim()).ToList();
        var refs = page.QuerySelectorAll(".footnote-ref").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
        var ids = page.QuerySelectorAll("[data-testid=footnotes] li").Select(li => li.Id).ToList();
        ids.Distinct().Count().ShouldBe(ids.Count, "footnote numbers are unique on the page");
        refs.ShouldAllBe(r => ids.Contains(r), "every reference leads to its footnote");

        var xlsx = await visitor.Http.GetByteArrayAsync(new Uri("/gongshi/tongji/fangchan/2025?format=xlsx", UriKind.Relative), Ct);
        using var stream = new MemoryStream(xlsx);
        var notes = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object?>>().Select(r => r["说明"]?.ToString()).ToList();
        for (var i = 0; i < footnotes.Count; i++)
        {
            notes.ShouldContain($"[{i + 1}] {footnotes[i]}");
        }

        notes.ShouldContain(n => n!.StartsWith("更正说明（第2版）", StringComparison.Ordinal));
        notes.ShouldContain(n => n!.StartsWith("索引号：", StringComparison.Ordinal));
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.ShouldAllBe(r => r["注"]!.ToString()!.StartsWith('['));
    }

    [Fact]
    public async Task AYearWithoutRecordsSaysNotCarriedOutRatherThanZeros()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        var entered = await leader.PostFormAsync("/Statistics/Supplementary/renfang/2024", "/Statistics/Supplementary/renfang/2024", new Dictionary<string, string>
        {
            ["Group"] = "Supervision", ["Name"] = "人防工程竣工验收备案", ["Value"] = "12", ["Unit"] = "项", ["Remark"] = "按人防办备案台账填报。", ["SortOrder"] = "1",
        });
        entered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var published = await leader.PostFormAsync("/Statistics/Preview/renfang/2024", "/Statistics/Publish/renfang/2024", new Dictionary<string, string> { ["SeenVersion"] = "0" });
        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var visitor = PortalClient.Anonymous(factory);
        var page = await visitor.GetPageAsync("/gongshi/tongji/renfang/2024");
        page.QuerySelector("[data-testid=no-records-note]")!.TextContent.ShouldContain("本年度未开展（无记录）");
        var computed = page.QuerySelectorAll("[data-testid=indicator-row]").Where(r => r.GetAttribute("data-code") != "Supplementary").ToList();
        computed.Count.ShouldBeGreaterThan(3);
        computed.ShouldAllBe(r => r.QuerySelector("[data-testid=value]")!.TextContent.Trim() == "本年度未开展（无记录）");
        page.QuerySelector("[data-code=Supplementary] [data-testid=value]")!.TextContent.Trim().ShouldBe("12");

        var csv = Encoding.UTF8.GetString(await visitor.Http.GetByteArrayAsync(new Uri("/gongshi/tongji/renfang/2024?format=csv", UriKind.Relative), Ct));
        csv.ShouldContain("本年度未开展（无记录）");
        var summary = await visitor.GetPageAsync("/gongshi/tongji/2024");
        summary.QuerySelector("[data-testid=summary-not-carried-out]")!.TextContent.ShouldContain("人防");
    }

    [Fact]
    public async Task OnlyTheAdministratorKeepsTheSiteSettingsAndTooLongValuesAreRefused()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        using var leader = await PortalClient.SignedInAsync(factory, "leader");

        var refused = await leader.Http.GetAsync(new Uri("/Admin/Site", UriKind.Relative), Ct);
        var tooLong = await admin.PostFormAsync("/Admin/Site", "/Admin/Site", new Dictionary<string, string> { ["IcpNumber"] = new string('新', 61) });
        var badPrefix = await admin.PostFormAsync("/Admin/Site", "/Admin/Site", new Dictionary<string, string> { ["IndexPrefix"] = "<script>" });

        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        tooLong.StatusCode.ShouldBe((HttpStatusCode)422);
        (await PortalClient.ParseAsync(tooLong)).QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain("ICP备案号不能超过60个字符");
        badPrefix.StatusCode.ShouldBe((HttpStatusCode)422);
        var site = await admin.GetPageAsync("/Admin/Site");
        site.QuerySelector("#IcpNumber")!.GetAttribute("value").ShouldBeNullOrEmpty("nothing was saved");
    }
}
