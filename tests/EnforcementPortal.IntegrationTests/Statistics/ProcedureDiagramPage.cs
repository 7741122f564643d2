using AngleSharp.Dom;
using EnforcementPortal.IntegrationTests.Infrastructure;

namespace EnforcementPortal.IntegrationTests.Statistics;

/// <summary>The service guide draws its 办理流程 as an inline SVG flowchart above the ordered list that says the same.</summary>
public sealed class ProcedureDiagramPage(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheGuideShowsTheFlowchartAsAnImageAboveTheList()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var page = await visitor.GetPageAsync("/gongshi/zhinan/jianguan");

        var svg = page.QuerySelector("svg[role=img]").ShouldNotBeNull();
        svg.GetAttribute("data-testid").ShouldBe("procedure-diagram");
        svg.GetAttribute("viewBox").ShouldNotBeNullOrEmpty();
        svg.QuerySelector("#" + svg.GetAttribute("aria-labelledby"))!.TextContent.ShouldBe("建管科办理流程图");
        svg.QuerySelector("#" + svg.GetAttribute("aria-describedby"))!.TextContent.ShouldContain("下方的有序列表以文字列出相同的内容");
        var list = page.QuerySelector("[data-testid=procedure]")!;
        svg.CompareDocumentPosition(list).HasFlag(DocumentPositions.Following).ShouldBeTrue("the diagram stands above the list");
        svg.QuerySelectorAll("g.step").Select(g => g.GetAttribute("data-state"))
            .ShouldBe(list.QuerySelectorAll(":scope > li").Select(li => li.GetAttribute("data-state")), ignoreOrder: true);
    }

    [Fact]
    public async Task TheDirectTransferIsDrawnOnlyWhereTheListNamesIt()
    {
        using var visitor = PortalClient.Anonymous(factory);
        const string DirectTransfer = "g.edge[data-from=AwaitingInterview][data-action=InterviewCooperative][data-to=AwaitingTransfer]";

        var construction = await visitor.GetPageAsync("/gongshi/zhinan/jianguan");
        var housing = await visitor.GetPageAsync("/gongshi/zhinan/fangchan");

        construction.QuerySelectorAll(DirectTransfer).Length.ShouldBe(1);
        construction.QuerySelector("[data-testid=procedure]")!.TextContent.ShouldContain("直接移交");
        housing.QuerySelectorAll(DirectTransfer).ShouldBeEmpty();
        housing.QuerySelector("[data-testid=procedure-diagram]")!.TextContent.ShouldNotContain("直接移交");
    }
}
