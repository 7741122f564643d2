using System.Net;
using EnforcementPortal.IntegrationTests.Infrastructure;

namespace EnforcementPortal.IntegrationTests.Statistics;

/// <summary>A chief or bureau leader publishes a department's year; nobody else can; a correction must say why.</summary>
public sealed class PublishingStatistics(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AChiefPublishesAYearAndThePublicSeesIt()
    {
        using var visitor = PortalClient.Anonymous(factory);
        (await visitor.Http.GetAsync(new Uri("/gongshi/tongji/fangchan/2024", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");

        var response = await StatisticsPages.PostFormAsync(chief, "/Statistics/Preview/fangchan/2024", "/Statistics/Publish/fangchan/2024", []);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/Statistics/Preview/fangchan/2024");
        var page = await visitor.GetPageAsync("/gongshi/tongji/fangchan/2024");
        page.QuerySelector("[data-testid=publication]")!.TextContent.ShouldContain("第 1 版");
        StatisticsPages.Figures(page).ShouldContainKey("Inspections");
    }

    [Fact]
    public async Task AnOfficerCannotPublish()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "zj.officer1");
        var preview = await officer.GetPageAsync("/Statistics/Preview/zhijian/2024");
        preview.QuerySelector("form[action='/Statistics/Publish/zhijian/2024']").ShouldBeNull("the form is not offered to an officer");

        var response = await officer.PostFormAsync("/Statistics/Preview/zhijian/2024", "/Statistics/Publish/zhijian/2024", new Dictionary<string, string> { ["SeenVersion"] = "0" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        using var visitor = PortalClient.Anonymous(factory);
        (await visitor.Http.GetAsync(new Uri("/gongshi/tongji/zhijian/2024", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AChiefCannotPublishAnotherDepartmentsYear()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "jg.chief");

        var preview = await chief.Http.GetAsync(new Uri("/Statistics/Preview/anjian/2025", UriKind.Relative), Ct);
        var response = await chief.PostFormAsync("/Statistics", "/Statistics/Publish/anjian/2025", new Dictionary<string, string> { ["SeenVersion"] = "0" });

        preview.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var visitor = PortalClient.Anonymous(factory);
        (await visitor.Http.GetAsync(new Uri("/gongshi/tongji/anjian/2025", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ACorrectionNeedsANoteThatThePublicThenSees()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "jg.chief");

        var refused = await StatisticsPages.PostFormAsync(chief, "/Statistics/Preview/jianguan/2025", "/Statistics/Publish/jianguan/2025", new Dictionary<string, string> { ["CorrectionNote"] = "" });
        var accepted = await StatisticsPages.PostFormAsync(chief, "/Statistics/Preview/jianguan/2025", "/Statistics/Publish/jianguan/2025", new Dictionary<string, string> { ["CorrectionNote"] = "补录1件2025年移交案件的处置结果。" });

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await PortalClient.ParseAsync(refused)).QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain("请填写更正说明");
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var visitor = PortalClient.Anonymous(factory);
        var page = await visitor.GetPageAsync("/gongshi/tongji/jianguan/2025");
        page.QuerySelector("[data-testid=correction-note]")!.TextContent.ShouldContain("补录1件2025年移交案件的处置结果。");
        page.QuerySelector("[data-testid=publication]")!.TextContent.ShouldContain("第 2 版");
    }

    [Fact]
    public async Task AStalePublishFormIsRefused()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");

        var response = await StatisticsPages.PostFormAsync(leader, "/Statistics/Preview/zhijian/2025", "/Statistics/Publish/zhijian/2025", new Dictionary<string, string> { ["SeenVersion"] = "0", ["CorrectionNote"] = "重复发布" });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain("已有新的发布版本");
    }

    [Fact]
    public async Task TheCurrentYearCannotBePublished()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        var year = factory.Today.Year;

        var preview = await leader.GetPageAsync($"/Statistics/Preview/fangchan/{year}");
        var response = await leader.PostFormAsync($"/Statistics/Preview/fangchan/{year}", $"/Statistics/Publish/fangchan/{year}", new Dictionary<string, string> { ["SeenVersion"] = "0" });

        preview.Body!.TextContent.ShouldContain("年度尚未结束");
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task AChiefEntersASupplementaryFigureThatThePreviewShows()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "zj.chief");

        var response = await StatisticsPages.PostFormAsync(chief, "/Statistics/Supplementary/zhijian/2024", "/Statistics/Supplementary/zhijian/2024", new Dictionary<string, string>
        {
            ["Group"] = "Supervision",
            ["Name"] = "竣工备案项目",
            ["Value"] = "96",
            ["Unit"] = "个",
            ["Remark"] = "",
            ["SortOrder"] = "1",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var preview = await chief.GetPageAsync("/Statistics/Preview/zhijian/2024");
        StatisticsPages.Figures(preview)["Supplementary:竣工备案项目"].ShouldBe("96");
    }

    [Fact]
    public async Task ASupplementaryFigureWithThreeDecimalsIsRefusedOnTheForm()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "rf.chief");

        var response = await StatisticsPages.PostFormAsync(chief, "/Statistics/Supplementary/renfang/2024", "/Statistics/Supplementary/renfang/2024", new Dictionary<string, string>
        {
            ["Group"] = "Other",
            ["Name"] = "人防费审批额",
            ["Value"] = "12.345",
            ["Unit"] = "万元",
            ["SortOrder"] = "1",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain("最多保留两位小数");
    }
}
