using EnforcementPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Statistics;

/// <summary>The public pages as a 政务公开 site: metadata block, font-size switch, print, department names, demo labels.</summary>
public sealed class PublicSite(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task APublishedPageCarriesItsDisclosureMetadata()
    {
        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync("/gongshi/tongji/fangchan/2025", new() { Timeout = 60_000 });

        var meta = visitor.GetByTestId("disclosure-meta");
        await Expect(meta).ToContainTextAsync("索 引 号");
        await Expect(meta.GetByTestId("meta-publisher")).ToContainTextAsync("伊宁市住房和城乡建设局 房产科");
        await Expect(meta.GetByTestId("meta-date")).ToHaveTextAsync(await visitor.GetByTestId("published-on").TextContentAsync() ?? "");
        await Expect(meta.GetByTestId("meta-topic")).ToContainTextAsync("执法结果");
        await Expect(meta.GetByTestId("meta-index")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}-TJ\d{8}$"));
        var ids = await visitor.Locator("[data-testid=footnotes] li").EvaluateAllAsync<string[]>("items => items.map(i => i.id)");
        ids.Distinct().Count().ShouldBe(ids.Length, "footnote numbers are unique on the page");
        ids.Length.ShouldBeGreaterThan(3);
        await visitor.ScreenshotAsync("public-disclosure-meta");
    }

    [Fact]
    public async Task TheFontSizeChosenIsKeptOnTheNextPage()
    {
        var visitor = await portal.NewPageAsync(390, 844, isMobile: true);
        await visitor.GotoAsync("/gongshi");
        var before = await visitor.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('main')).fontSize)");

        await visitor.GetByTestId("font-size-switch").GetByRole(AriaRole.Button, new() { Name = "大" }).ClickAsync();
        await visitor.GotoAsync("/gongshi/renyuan");

        await Expect(visitor.Locator("html")).ToHaveAttributeAsync("data-font-size", "large");
        await Expect(visitor.GetByTestId("font-size-switch").GetByRole(AriaRole.Button, new() { Name = "大" })).ToHaveAttributeAsync("aria-pressed", "true");
        var after = await visitor.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('main')).fontSize)");
        after.ShouldBeGreaterThan(before * 1.15);
        var button = await visitor.GetByTestId("font-size-switch").GetByRole(AriaRole.Button, new() { Name = "小" }).BoundingBoxAsync();
        button!.Height.ShouldBeGreaterThanOrEqualTo(44);
        button.Width.ShouldBeGreaterThanOrEqualTo(44);
        await visitor.ScreenshotAsync("public-large-font-phone");
        await visitor.GetByTestId("font-size-switch").GetByRole(AriaRole.Button, new() { Name = "中" }).ClickAsync();
        await Expect(visitor.Locator("html")).ToHaveAttributeAsync("data-font-size", "medium");
    }

    [Fact]
    public async Task DepartmentNamesDoNotBreakOnAPhoneAndThePagePrintsWithoutTheSiteChrome()
    {
        var visitor = await portal.NewPageAsync(390, 844, isMobile: true);
        await visitor.GotoAsync("/gongshi/tongji/2025");

        var names = visitor.Locator("[data-testid=summary] thead .dept-name, [data-testid=summary-supplementary] .dept-name");
        (await names.CountAsync()).ShouldBeGreaterThan(0);
        var heights = await names.EvaluateAllAsync<double[]>("cells => cells.map(c => { const r = document.createRange(); r.selectNodeContents(c); return new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top))).size; })");
        heights.ShouldAllBe(lines => lines <= 1, "a department's name stays on one line");

        await visitor.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(visitor.Locator("header nav")).ToBeHiddenAsync();
        await Expect(visitor.GetByTestId("font-size-switch")).ToBeHiddenAsync();
        await Expect(visitor.GetByTestId("disclosure-meta")).ToBeVisibleAsync();
        await Expect(visitor.GetByTestId("summary")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheInventedDemoYearIsLabelledAsDemoData()
    {
        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync("/gongshi/tongji/jianguan/2024");
        await Expect(visitor.GetByTestId("illustrative")).ToContainTextAsync("演示数据");

        await visitor.GotoAsync("/gongshi/tongji/jianguan");
        await Expect(visitor.GetByTestId("illustrative")).ToContainTextAsync("2024年");

        await visitor.GotoAsync("/gongshi/tongji/jianguan/2025");
        await Expect(visitor.GetByTestId("illustrative")).ToHaveCountAsync(0);
    }
}

/// <summary>The administrator enters the site's footer; the public pages show it (a host of its own: it changes settings).</summary>
public sealed class PublicSiteFooter(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task TheAdministratorsFooterSettingsAppearOnThePublicSite()
    {
        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync("/gongshi");
        await Expect(visitor.GetByTestId("footer-icp")).ToHaveCountAsync(0);

        var admin = await portal.NewPageAsync();
        await admin.SignInAsync("admin");
        await admin.GotoAsync("/Admin/Site");
        await admin.Locator("#Sponsor").FillAsync("伊宁市住房和城乡建设局");
        await admin.Locator("#IcpNumber").FillAsync("新ICP备00000000号-1");
        await admin.Locator("#WebsiteCode").FillAsync("6540020001");
        await admin.Locator("#Contact").FillAsync("0999-0000000");
        await admin.Locator("#IndexPrefix").FillAsync("YNZJ-01");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(admin.Locator(".alert-success, [role=status]").First).ToContainTextAsync("已保存网站设置");

        await visitor.GotoAsync("/gongshi/tongji/fangchan/2025");
        await Expect(visitor.GetByTestId("footer-sponsor")).ToHaveTextAsync("伊宁市住房和城乡建设局");
        await Expect(visitor.GetByTestId("footer-icp")).ToHaveTextAsync("新ICP备00000000号-1");
        await Expect(visitor.GetByTestId("footer-website-code")).ToHaveTextAsync("6540020001");
        await Expect(visitor.GetByTestId("meta-index")).ToContainTextAsync("YNZJ-01/");
        await visitor.ScreenshotAsync("public-footer");
    }
}
