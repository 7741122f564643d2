using System.Globalization;
using System.Net;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Documents;

/// <summary>The new-inspection form accepts Uyghur names and refuses what no document font can print, naming it.</summary>
public sealed class UnprintableCharacters(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACharacterNoDocumentFontDrawsIsRefusedOnTheFormByName()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var ids = await UserIdsAsync("fc.officer1", "fc.officer2");
        await using var before = factory.CreateDbContext();
        var count = await before.Cases.CountAsync(Ct);

        var response = await officer.PostFormAsync("/Cases/New", "/Cases/New", NewInspection(ids, "伊宁市😀花园售楼中心"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain("项目/场所名称含有文书字体无法打印的字符：“😀”");
        await using var after = factory.CreateDbContext();
        (await after.Cases.CountAsync(Ct)).ShouldBe(count);
    }

    [Fact]
    public async Task AUyghurSiteNameIsAccepted()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var ids = await UserIdsAsync("fc.officer1", "fc.officer2");

        var response = await officer.PostFormAsync("/Cases/New", "/Cases/New", NewInspection(ids, "ئۇيغۇر قۇرۇلۇش 伊宁市新城花园售楼中心"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = factory.CreateDbContext();
        (await db.Cases.CountAsync(c => c.SiteName == "ئۇيغۇر قۇرۇلۇش 伊宁市新城花园售楼中心", Ct)).ShouldBe(1);
    }

    private List<KeyValuePair<string, string>> NewInspection(IReadOnlyList<Guid> officers, string siteName)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Trigger", "Complaint"),
            new("PartyCreditCode", EnforcementPortal.Infrastructure.Seeding.DemoPeople.CreditCodeFor(4).Value),
            new("SiteName", siteName),
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

    private async Task<IReadOnlyList<Guid>> UserIdsAsync(params string[] userNames)
    {
        await using var db = factory.CreateDbContext();
        var users = await db.Users.Where(u => userNames.Contains(u.UserName!)).ToListAsync(Ct);
        return [.. userNames.Select(n => users.Single(u => u.UserName == n).Id)];
    }
}
