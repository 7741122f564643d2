using System.Globalization;
using System.Net;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Complaints;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EnforcementPortal.IntegrationTests.Complaints.ComplaintClient;

namespace EnforcementPortal.IntegrationTests.Cases;

/// <summary>
/// 城市管理局 closes the loop itself: its liaison sees only the transfers sent to it, signs for the 移交单, reports the
/// filing decision and the disposal, and the sending department reads them on the case at once. A case opened from a
/// complaint shows its source complaint with the complainant masked, and to nobody outside the department.
/// </summary>
public sealed class ReceivingBureauLoop(ComplaintPortalFactory factory) : IClassFixture<ComplaintPortalFactory>
{
    private const string Liaison = "cg.liaison";

    [Fact]
    public async Task TheLiaisonSeesOnlyTheTransfersSentToTheBureau()
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var sent = await db.Cases.Where(c => c.Transfers.Any(t => t.Status == TransferStatus.Approved && t.ReceivingBureau == Transfer.DefaultReceivingBureau))
            .Select(c => new { c.Id, c.State }).ToListAsync(Ct);
        sent.ShouldNotBeEmpty("the demo data has transfers");
        var notSent = await db.Cases.Where(c => c.State == CaseState.Rectifying).Select(c => c.Id).FirstAsync(Ct);
        var open = sent.Where(c => c.State is CaseState.Transferred or CaseState.AwaitingDisposal).Select(c => c.Id).ToList();
        using var liaison = await PortalClient.SignedInAsync(factory, Liaison);

        var all = Listed(await liaison.GetPageAsync("/chengguan?all=true"));
        all.ShouldNotBeEmpty();
        all.ShouldAllBe(id => sent.Any(c => c.Id == id));
        Listed(await liaison.GetPageAsync("/chengguan")).Order().ShouldBe(open.Order());

        (await liaison.Http.GetAsync(new Uri($"/chengguan/{notSent}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await liaison.Http.GetAsync(new Uri($"/chengguan/{sent[0].Id}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await liaison.Http.GetAsync(new Uri($"/Cases/Details/{sent[0].Id}", UriKind.Relative), Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await liaison.Http.GetAsync(new Uri("/Cases", UriKind.Relative), Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await liaison.Http.GetAsync(new Uri("/Complaints", UriKind.Relative), Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        (await officer.Http.GetAsync(new Uri("/chengguan", UriKind.Relative), Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheLiaisonSignsFilesAndDisposesAndTheSendingDepartmentSeesItAtOnce()
    {
        var (id, department) = await UnsignedTransferAsync();
        using var liaison = await PortalClient.SignedInAsync(factory, Liaison);
        var page = $"/chengguan/{id}";
        var today = Day(factory.Today);
        await using var before = factory.CreateDbContext();
        var version = (await before.Cases.SingleAsync(c => c.Id == id, Ct)).Version;

        // A filing decision before the 移交单 is signed for is refused in Chinese, and nothing is written.
        var refused = await PostAsync(liaison, id, "lian", "Filing", new() { ["Filing.Decision"] = "Filed", ["Filing.DecidedOn"] = today, ["Filing.Reference"] = "伊城管立字〔2026〕第130号", ["Filing.Version"] = version.ToString(CultureInfo.InvariantCulture) });
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await PortalClient.ParseAsync(refused)).QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain("请先签收移交单");
        await using (var unchanged = factory.CreateDbContext())
        {
            (await unchanged.Cases.SingleAsync(c => c.Id == id, Ct)).Version.ShouldBe(version);
        }

        (await PostAsync(liaison, id, "qianshou", "Receipt", new() { ["Receipt.ReceivedOn"] = today })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(liaison, id, "lian", "Filing", new() { ["Filing.Decision"] = "Filed", ["Filing.DecidedOn"] = today, ["Filing.Reference"] = "伊城管立字〔2026〕第131号" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(liaison, id, "chuzhi", "Disposal", new() { ["Disposal.DecisionNumber"] = "伊城管罚决字〔2026〕第58号", ["Disposal.Penalty"] = "罚款人民币五万元，责令限期改正", ["Disposal.DecidedOn"] = today })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var bureauPage = await liaison.GetPageAsync(page);
        bureauPage.QuerySelector("[data-testid=bureau-disposal]")!.TextContent.ShouldContain("伊城管罚决字〔2026〕第58号：罚款人民币五万元");

        await using var db = factory.CreateDbContext();
        var closed = await db.Cases.SingleAsync(c => c.Id == id, Ct);
        closed.State.ShouldBe(CaseState.Concluded);
        var transfer = closed.CurrentTransfer!;
        transfer.ReceivedOn.ShouldBe(factory.Today);
        transfer.ReceivedByName.ShouldBe("努尔兰·哈力克");
        transfer.FilingDecision.ShouldBe(FilingDecision.Filed);
        transfer.FilingReportedOn.ShouldBe(factory.Today);
        transfer.FilingFeedbackLate.ShouldBeFalse();
        transfer.DisposalSummary.ShouldBe("伊城管罚决字〔2026〕第58号：罚款人民币五万元，责令限期改正");
        closed.Events.TakeLast(3).ShouldAllBe(e => e.ActorName == "努尔兰·哈力克");

        var deptUser = await db.Users.Where(u => u.Department == department).Select(u => u.UserName!).FirstAsync(Ct);
        using var officer = await PortalClient.SignedInAsync(factory, deptUser);
        var casePage = await officer.GetPageAsync($"/Cases/Details/{id}");
        casePage.QuerySelector("[data-testid=case-state]")!.TextContent.ShouldBe(CaseNames.Of(CaseState.Concluded));
        casePage.Body!.TextContent.ShouldContain("伊城管罚决字〔2026〕第58号");
        casePage.Body!.TextContent.ShouldContain("努尔兰·哈力克");
    }

    [Fact]
    public async Task ACaseOpenedFromAComplaintShowsItsSourceMaskedAndNobodyOutsideTheDepartmentSeesTheComplainant()
    {
        const string name = "欧阳振东";
        const string phone = "13899871234";
        var (receipt, _) = await FileAsync(factory, Fields("伊宁市金桥房地产经纪有限公司", name, phone));
        var complaintId = await IdOfAsync(factory, receipt);
        using var dispatcher = await PortalClient.SignedInAsync(factory, "dispatcher");
        await StepAsync(dispatcher, complaintId, "RouteTo", new() { ["Department"] = "1" });
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var ids = await UserIdsAsync("fc.officer1", "fc.officer2");
        await StepAsync(officer, complaintId, "Accept", new() { ["HandlerId"] = ids[0].ToString() });
        await StepAsync(officer, complaintId, "Opinion", new() { ["Outcome"] = "3", ["Content"] = "经查，该公司未备案即发布房源，存在违法违规行为，依法查处。" });

        var opened = await officer.PostFormAsync($"/Cases/New?complaintId={complaintId}", "/Cases/New", NewInspection(ids, complaintId));
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var caseUrl = opened.Headers.Location!.ToString();

        var casePage = await officer.GetPageAsync(caseUrl);
        casePage.QuerySelector("[data-testid=source-complaint-number] a")!.TextContent.ShouldBe(receipt);
        casePage.QuerySelector("[data-testid=source-complainant]")!.TextContent.ShouldContain("欧***");
        casePage.QuerySelector("[data-testid=source-complainant]")!.TextContent.ShouldContain("138****1234");
        casePage.Body!.TextContent.ShouldNotContain(name);
        casePage.Body!.TextContent.ShouldNotContain(phone);

        using var outsider = await PortalClient.SignedInAsync(factory, "jg.officer1");
        (await outsider.Http.GetAsync(new Uri(caseUrl, UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.Http.GetAsync(new Uri($"/Complaints/Details/{complaintId}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var liaison = await PortalClient.SignedInAsync(factory, Liaison);
        (await liaison.Http.GetAsync(new Uri($"/chengguan/{caseUrl.Split('/')[^1]}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static List<Guid> Listed(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=bureau-row] a").Select(a => Guid.Parse(a.GetAttribute("href")!.Split('/')[^1]))];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, Guid id, string step, string prefix, Dictionary<string, string> fields)
    {
        var page = await client.GetPageAsync($"/chengguan/{id}");
        var version = page.QuerySelector($"input[name='{prefix}.Version']")?.GetAttribute("value") ?? "0";
        var content = new Dictionary<string, string>(fields);
        content.TryAdd($"{prefix}.Version", version);
        return await client.PostFormAsync($"/chengguan/{id}", $"/chengguan/{id}/{step}", content);
    }

    /// <summary>A case transferred to the bureau that nobody has signed for yet (each test takes another).</summary>
    private async Task<(Guid Id, DepartmentCode Department)> UnsignedTransferAsync()
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var candidates = await db.Cases.Where(c => c.State == CaseState.Transferred)
            .Select(c => new { c.Id, c.Department, Unsigned = c.Transfers.Any(t => t.Status == TransferStatus.Approved && t.ReceivedOn == null && t.ReceivingBureau == Transfer.DefaultReceivingBureau) })
            .ToListAsync(Ct);
        lock (Taken)
        {
            var found = candidates.First(c => c.Unsigned && Taken.Add(c.Id));
            return (found.Id, found.Department);
        }
    }

    private static readonly HashSet<Guid> Taken = [];

    private async Task<IReadOnlyList<Guid>> UserIdsAsync(params string[] userNames)
    {
        await using var db = factory.CreateDbContext();
        var users = await db.Users.Where(u => userNames.Contains(u.UserName!)).ToListAsync(Ct);
        return [.. userNames.Select(n => users.Single(u => u.UserName == n).Id)];
    }

    private List<KeyValuePair<string, string>> NewInspection(IReadOnlyList<Guid> officers, Guid complaintId)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("ComplaintId", complaintId.ToString()),
            new("Trigger", "Complaint"),
            new("PartyCreditCode", EnforcementPortal.Infrastructure.Seeding.DemoPeople.CreditCodeFor(4).Value),
            new("SiteName", "伊宁市金桥房地产经纪有限公司门店"),
            new("SiteAddress", "伊宁市解放西路 66 号"),
            new("InspectedAt", factory.Now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)),
            new("Narrative", "执法人员出示执法证件，对门店进行检查，发现发布的房源未经备案。"),
            new("Findings[0].Description", "发布未经核验的房源信息"),
            new("Findings[0].Severity", "General"),
            new("Findings[0].Location", "门店"),
        };
        fields.AddRange(officers.Select(id => new KeyValuePair<string, string>("OfficerIds", id.ToString())));
        return fields;
    }
}
