using EnforcementPortal.IntegrationTests.Infrastructure;

namespace EnforcementPortal.IntegrationTests.Statistics;

/// <summary>Service guides, officers and penalty matters as the public sees them.</summary>
public sealed class PublicDisclosurePages(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheServiceGuideShowsTheProcedureOfTheDepartmentsMachine()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var housing = await visitor.GetPageAsync("/gongshi/zhinan/fangchan");
        var construction = await visitor.GetPageAsync("/gongshi/zhinan/jianguan");

        housing.QuerySelector("[data-testid=guide-matters]")!.TextContent.ShouldContain("房产经纪机构");
        housing.QuerySelector("[data-testid=guide-phone]")!.TextContent.ShouldBe("0999-8337018");
        var steps = housing.QuerySelectorAll("[data-testid=procedure] > li").Select(li => li.GetAttribute("data-state")).ToList();
        steps.First().ShouldBe("Inspected");
        steps.ShouldContain("AwaitingTransfer");
        construction.QuerySelector("[data-testid=procedure]")!.TextContent.ShouldContain("严重违规：约谈并下发通知书后直接移交城市管理局");
        housing.QuerySelector("[data-testid=procedure]")!.TextContent.ShouldNotContain("直接移交");
    }

    [Fact]
    public async Task OnlyOfficersWithAValidCertificateAreListedWithoutPhoneOrLogin()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var page = await visitor.GetPageAsync("/gongshi/renyuan");

        var rows = page.QuerySelectorAll("[data-testid=officer-row]").Select(r => r.TextContent).ToList();
        rows.ShouldContain(r => r.Contains("艾力·买买提", StringComparison.Ordinal) && r.Contains("65400220241002", StringComparison.Ordinal));
        rows.ShouldNotContain(r => r.Contains("陈刚", StringComparison.Ordinal), "陈刚's certificate expired on 30 April 2025");
        rows.ShouldNotContain(r => r.Contains("系统管理员", StringComparison.Ordinal), "no certificate, no listing");
        var text = page.QuerySelector("[data-testid=officers]")!.TextContent;
        text.ShouldNotContain("fc.officer1");
        text.ShouldNotContain("0999-");
    }

    [Fact]
    public async Task TheCatalogueIsListedAndSearchable()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var all = await visitor.GetPageAsync("/gongshi/chufa");
        var search = await visitor.GetPageAsync("/gongshi/chufa?q=" + Uri.EscapeDataString("预售"));

        // The 78 example matters of seed 004 and the 8 reference matters from national law.
        all.QuerySelectorAll("[data-testid=penalty-matter]").Length.ShouldBe(87);
        var found = search.QuerySelectorAll("[data-testid=penalty-matter]");
        found.Length.ShouldBeInRange(1, 85);
        found.ShouldAllBe(m => m.TextContent.Contains("预售", StringComparison.Ordinal));
        found[0].QuerySelector(".legal-basis")!.TextContent.ShouldContain("第");
    }

    [Fact]
    public async Task TheLandingPageLinksEveryPublishedYear()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var page = await visitor.GetPageAsync("/gongshi");

        var links = page.QuerySelectorAll("[data-testid=published-years] a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldBe(["/gongshi/tongji/fangchan/2025", "/gongshi/tongji/jianguan/2025", "/gongshi/tongji/renfang/2025", "/gongshi/tongji/zhijian/2025", "/gongshi/tongji/anjian/2024", "/gongshi/tongji/jianguan/2024"], ignoreOrder: true);
        page.QuerySelectorAll("[data-testid=guides] a").Length.ShouldBe(5);
    }

    [Fact]
    public async Task TheYearOverYearPageComparesConstructionsTwoPublishedYears()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var page = await visitor.GetPageAsync("/gongshi/tongji/jianguan");

        string[] Cells(string code) => [.. page.QuerySelectorAll($"[data-testid=comparison] tr[data-code={code}] td").Select(c => c.TextContent.Trim())];
        page.QuerySelectorAll("[data-testid=comparison] thead th").Select(h => h.TextContent.Trim()).ShouldBe(["指标", "2024 年", "2025 年", "较上年增减"]);
        Cells("Notices").ShouldBe(["172", "203", "+31"]);
        Cells("Transferred").ShouldBe(["12", "16", "+4"]);
        Cells("TrackingCompletionRate")[2].ShouldStartWith("-31.2");
        page.QuerySelectorAll("[data-testid=comparison] tr[data-code=supplementary] td").Select(c => c.TextContent.Trim()).Take(3).ShouldBe(["176", "198", "+22"]);
    }
}
