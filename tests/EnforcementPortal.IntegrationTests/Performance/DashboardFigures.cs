using System.Globalization;
using AngleSharp.Dom;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Performance;

/// <summary>
/// The leader's dashboard keeps its per-department figures for a few seconds (CaseFigureCache), and a step taken in the
/// meantime shows at once.
/// </summary>
public sealed class DashboardFigures(CountingPortalFactory factory) : IClassFixture<CountingPortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASecondViewCountsNothingAgain()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        var first = await leader.GetPageAsync("/");
        factory.Counter.Commands.Clear();

        var second = await leader.GetPageAsync("/");

        Describe(second).ShouldBe(Describe(first));
        factory.Counter.Commands.ShouldNotContain(sql => sql.Contains("GROUP BY", StringComparison.Ordinal), string.Join("\n---\n", factory.Counter.Commands));
    }

    [Fact]
    public async Task ANewInspectionShowsAtOnce()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        var before = Figures(await leader.GetPageAsync("/"));
        using var officer = await PortalClient.SignedInAsync(factory, "aj.officer1");
        var token = (await officer.GetPageAsync("/Cases/New")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var officers = await UserIdsAsync("aj.officer1", "aj.officer2");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Trigger", "Complaint"),
            new("PartyCreditCode", EnforcementPortal.Infrastructure.Seeding.DemoPeople.CreditCodeFor(4).Value),
            new("SiteName", "伊宁市新城花园9号楼工地"),
            new("SiteAddress", "伊宁市上海路66号"),
            new("InspectedAt", factory.Now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)),
            new("Narrative", "执法人员出示执法证件，对施工现场进行安全检查，发现临边防护缺失。"),
            new("Findings[0].Description", "临边防护栏杆缺失"),
            new("Findings[0].Severity", "Serious"),
            new("Findings[0].Location", "三层楼面"),
            new("__RequestVerificationToken", token),
        };
        fields.AddRange(officers.Select(id => new KeyValuePair<string, string>("OfficerIds", id.ToString())));
        (await officer.Http.PostAsync(new Uri("/Cases/New", UriKind.Relative), new FormUrlEncodedContent(fields), Ct)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);

        var after = Figures(await leader.GetPageAsync("/"));

        // 安监站: one more case in hand (在办) and one more opened this year (本年立案); the other departments unchanged.
        after["安监站"][0].ShouldBe(before["安监站"][0] + 1);
        after["安监站"][4].ShouldBe(before["安监站"][4] + 1);
        after.Where(d => d.Key != "安监站").ShouldAllBe(d => d.Value.SequenceEqual(before[d.Key]));
    }

    [Fact]
    public async Task TheSupervisionCountsAreKeptUntilTheNextSave()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        var first = await leader.GetPageAsync("/Supervision");
        factory.Counter.Commands.Clear();

        var second = await leader.GetPageAsync("/Supervision");

        Counts(second).ShouldBe(Counts(first));
        factory.Counter.Commands.ShouldNotContain(sql => sql.Contains("COUNT(*)", StringComparison.Ordinal), string.Join("\n---\n", factory.Counter.Commands));

        // Any save in the process (here: the leader's own sign-in record of a fresh session) makes the next view count again.
        using var again = await PortalClient.SignedInAsync(factory, "leader");
        factory.Counter.Commands.Clear();
        var third = await again.GetPageAsync("/Supervision");

        Counts(third).ShouldBe(Counts(first));
        factory.Counter.Commands.ShouldContain(sql => sql.Contains("COUNT(*)", StringComparison.Ordinal));
    }

    private static (string Overdue, string DueSoon) Counts(IDocument page) =>
        (page.QuerySelector("[data-testid=supervision-overdue-count]")!.TextContent.Trim(), page.QuerySelector("[data-testid=supervision-due-soon-count]")!.TextContent.Trim());

    /// <summary>Each department's row of 各科室执法概况: 在办, 逾期, 待审批移交, 待反馈移交, 本年立案.</summary>
    private static Dictionary<string, int[]> Figures(IDocument page) =>
        page.QuerySelectorAll("[data-testid=department-summary] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList())
            .ToDictionary(cells => cells[0], cells => cells.Skip(1).Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray());

    private static string Describe(IDocument page) =>
        string.Join("; ", Figures(page).Select(d => $"{d.Key} {string.Join(' ', d.Value)}"));

    private async Task<IReadOnlyList<Guid>> UserIdsAsync(params string[] userNames)
    {
        await using var db = factory.CreateDbContext();
        var users = await db.Users.Where(u => userNames.Contains(u.UserName!)).ToListAsync(Ct);
        return [.. userNames.Select(n => users.Single(u => u.UserName == n).Id)];
    }
}
