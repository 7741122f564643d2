using System.Globalization;
using System.Net;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Cases;

/// <summary>Steps on a case through the real forms: what is refused, and what two people at once see.</summary>
public sealed class CaseSteps(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StepTheMachineDoesNotPermitIsRefusedInChineseAndChangesNothing()
    {
        var (id, version) = await CaseInStateAsync(DepartmentCode.Housing, CaseState.Rectifying);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var response = await officer.PostFormAsync($"/Cases/Details/{id}", $"/Cases/{id}/Archive", new Dictionary<string, string> { ["Version"] = Invariant(version) });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=status-error]")!.TextContent.ShouldContain("不能执行“归档结案”");
        await using var db = factory.CreateDbContext();
        var after = await db.Cases.SingleAsync(c => c.Id == id, Ct);
        after.State.ShouldBe(CaseState.Rectifying);
        after.Version.ShouldBe(version);
    }

    [Fact]
    public async Task SecondOfTwoConcurrentUsersIsToldToRefreshAndKeepsWhatTheyTyped()
    {
        var (id, version) = await CaseInStateAsync(DepartmentCode.Housing, CaseState.Rectifying);
        using var first = await PortalClient.SignedInAsync(factory, "fc.officer1");
        using var second = await PortalClient.SignedInAsync(factory, "fc.officer2");
        var pageSeenBySecond = $"/Cases/Details/{id}";
        await second.GetPageAsync(pageSeenBySecond);

        // The first officer adds evidence: the case changes, the reply form stays available.
        var upload = new MultipartFormDataContent
        {
            { new StringContent(Invariant(version)), "Version" },
            { new ByteArrayContent(TinyPng) { Headers = { ContentType = new("image/png") } }, "Files", "现场照片.png" },
        };
        var token = (await first.GetPageAsync(pageSeenBySecond)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        upload.Add(new StringContent(token), "__RequestVerificationToken");
        (await first.Http.PostAsync(new Uri($"/Cases/{id}/AddEvidence", UriKind.Relative), upload, Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The second officer submits the reply form of the page they loaded before.
        var response = await second.PostFormAsync(pageSeenBySecond, $"/Cases/{id}/RecordReply", new Dictionary<string, string>
        {
            ["Reply.Version"] = Invariant(version),
            ["Reply.ReceivedOn"] = Today(),
            ["Reply.Kind"] = "Statement",
            ["Reply.Content"] = "已整改完毕，附整改前后照片对比。",
        });

        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=form-reply] [data-testid=form-errors]")!.TextContent.ShouldContain("该案件已被他人更新，请刷新后重试");
        page.QuerySelector("#Reply_Content")!.TextContent.ShouldBe("已整改完毕，附整改前后照片对比。");
        await using var db = factory.CreateDbContext();
        (await db.Cases.SingleAsync(c => c.Id == id, Ct)).Replies.ShouldBeEmpty();
    }

    [Fact]
    public async Task NewInspectionWithAnOfficerWhoseCertificateExpiredIsRefusedOnTheForm()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var ids = await UserIdsAsync("fc.officer1", "fc.officer3");
        await using var before = factory.CreateDbContext();
        var count = await before.Cases.CountAsync(Ct);

        var response = await officer.PostFormAsync("/Cases/New", "/Cases/New", NewInspection(ids));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        var errors = page.QuerySelector("[data-testid=form-errors]")!.TextContent;
        errors.ShouldContain("陈刚的执法证");
        errors.ShouldContain("不在有效期内");
        page.QuerySelector("#SiteName")!.GetAttribute("value").ShouldBe("伊宁市新城花园售楼中心");
        await using var after = factory.CreateDbContext();
        (await after.Cases.CountAsync(Ct)).ShouldBe(count);
    }

    [Fact]
    public async Task NewInspectionWithASeriousFindingGoesStraightToTheInterview()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var ids = await UserIdsAsync("fc.officer1", "fc.officer2");

        var response = await officer.PostFormAsync("/Cases/New", "/Cases/New", NewInspection(ids));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await officer.GetPageAsync(response.Headers.Location!.ToString());
        page.QuerySelector("[data-testid=case-state]")!.TextContent.ShouldBe("待约谈");
        page.QuerySelector("[data-testid=case-number]")!.TextContent.ShouldStartWith("房产科 2026 年第");
        page.QuerySelector("[data-testid=form-notice]").ShouldNotBeNull("a serious finding is interviewed with a notice issued at the same time");
    }

    [Fact]
    public async Task UploadThatIsNotReallyAnImageIsRefused()
    {
        var (id, version) = await CaseInStateAsync(DepartmentCode.Housing, CaseState.Rectifying);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer2");
        var token = (await officer.GetPageAsync($"/Cases/Details/{id}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var upload = new MultipartFormDataContent
        {
            { new StringContent(Invariant(version)), "Version" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("#!/bin/sh\necho pwned"u8.ToArray()) { Headers = { ContentType = new("image/jpeg") } }, "Files", "照片.jpg" },
        };

        var response = await officer.Http.PostAsync(new Uri($"/Cases/{id}/AddEvidence", UriKind.Relative), upload, Ct);

        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=status-error]")!.TextContent.ShouldContain("内容不是允许的类型");
        await using var db = factory.CreateDbContext();
        (await db.Cases.SingleAsync(c => c.Id == id, Ct)).Evidence.ShouldBeEmpty();
    }

    internal static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private string Today() => factory.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private List<KeyValuePair<string, string>> NewInspection(IReadOnlyList<Guid> officers)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Trigger", "Complaint"),
            new("PartyCreditCode", EnforcementPortal.Infrastructure.Seeding.DemoPeople.CreditCodeFor(4).Value),
            new("SiteName", "伊宁市新城花园售楼中心"),
            new("SiteAddress", "伊宁市上海路66号"),
            new("InspectedAt", factory.Now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)),
            new("Narrative", "执法人员出示执法证件，对售楼中心进行检查，发现未取得预售许可即收取购房款。"),
            new("Findings[0].Description", "未取得商品房预售许可证即收取购房定金"),
            new("Findings[0].Severity", "Serious"),
            new("Findings[0].Location", "售楼大厅"),
        };
        fields.AddRange(officers.Select(id => new KeyValuePair<string, string>("OfficerIds", id.ToString())));
        return fields;
    }

    private async Task<(Guid Id, int Version)> CaseInStateAsync(DepartmentCode department, CaseState state)
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var found = await db.Cases.Where(c => c.Department == department && c.State == state && c.Replies.Count == 0 && c.Evidence.Count == 0)
            .Select(c => new { c.Id, c.Version })
            .FirstAsync(Ct);
        return (found.Id, found.Version);
    }

    private async Task<IReadOnlyList<Guid>> UserIdsAsync(params string[] userNames)
    {
        await using var db = factory.CreateDbContext();
        var users = await db.Users.Where(u => userNames.Contains(u.UserName!)).ToListAsync(Ct);
        return [.. userNames.Select(n => users.Single(u => u.UserName == n).Id)];
    }
}
