using System.Globalization;
using EnforcementPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Statistics;

/// <summary>A visitor reads a department's 行政执法服务指南 and its 办理流程图, on a phone and on a desktop.</summary>
public sealed class ServiceGuide(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task AVisitorOnAPhoneOpensAGuideAndSeesTheFlowchartWithinTheScreen()
    {
        var visitor = await portal.NewPageAsync(PhoneWidth, 844, isMobile: true);

        await visitor.GotoAsync("/gongshi");
        await visitor.GetByTestId("guides").GetByRole(AriaRole.Link, new() { NameRegex = new("建管科") }).ClickAsync();

        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("建管科行政执法服务指南");
        var diagram = visitor.GetByRole(AriaRole.Img, new() { Name = "建管科办理流程图" });
        await Expect(diagram).ToBeVisibleAsync();
        await Expect(diagram.Locator("g.step")).ToHaveCountAsync(await visitor.GetByTestId("procedure").Locator(":scope > li").CountAsync());
        var box = (await diagram.BoundingBoxAsync()).ShouldNotBeNull();
        box.X.ShouldBeGreaterThanOrEqualTo(0);
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(PhoneWidth);
        (await visitor.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(PhoneWidth, "the page does not scroll sideways");
        // The names of the steps are drawn at 15 units; scaled to the phone they must stay readable.
        var viewBoxWidth = double.Parse((await diagram.GetAttributeAsync("viewBox"))!.Split(' ')[2], CultureInfo.InvariantCulture);
        (box.Width / viewBoxWidth * 15).ShouldBeGreaterThanOrEqualTo(12);
        await visitor.ScreenshotAsync("public-guide-phone");
    }

    [Fact]
    public async Task OnADesktopTheFlowchartStandsAboveTheListAtAReadableSize()
    {
        var visitor = await portal.NewPageAsync();

        await visitor.GotoAsync("/gongshi/zhinan/fangchan");

        var diagram = visitor.GetByRole(AriaRole.Img, new() { Name = "房产科办理流程图" });
        await Expect(diagram).ToBeVisibleAsync();
        var box = (await diagram.BoundingBoxAsync()).ShouldNotBeNull();
        var list = (await visitor.GetByTestId("procedure").BoundingBoxAsync()).ShouldNotBeNull();
        (box.Y + box.Height).ShouldBeLessThanOrEqualTo(list.Y);
        box.Width.ShouldBeLessThanOrEqualTo(600, "on a wide screen the chart keeps a reading size instead of filling the page");
        await Expect(diagram.Locator("g.edge[data-action=ReturnTransfer]")).ToBeVisibleAsync();
        await visitor.ScreenshotAsync("public-guide");
    }
}
