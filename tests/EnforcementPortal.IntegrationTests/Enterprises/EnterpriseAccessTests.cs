using System.Net;
using System.Text.RegularExpressions;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Enterprises;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Seeding;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Enterprises;

/// <summary>
/// The enterprise acts for itself: activation with the invitation code printed on its first notice, its own cases only
/// (another party's case is 404 with nothing of the record, no staff page opens), its reply with evidence per finding
/// landing on the officer's case at once, and its 复核 application decided by the chief.
/// </summary>
public sealed partial class EnterpriseAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NewPassword = "Qiye@2026x";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheEnterpriseSeesAllOfItsOwnCasesAndNothingElse()
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var party = await db.Parties.SingleAsync(p => p.CreditCode == EnterpriseDemo.AccountUserName, Ct);
        var own = await db.Cases.Where(c => c.PartyId == party.Id).Select(c => c.Number).ToListAsync(Ct);
        var other = await db.Cases.Where(c => c.PartyId != party.Id).OrderBy(c => c.Number).FirstAsync(Ct);
        using var enterprise = await SignInAsync(EnterpriseDemo.AccountUserName, DemoPeople.Password);

        var home = await enterprise.GetPageAsync("/qiye");
        var listed = home.QuerySelectorAll("[data-testid=enterprise-case-row] a").Select(a => a.TextContent).ToList();
        listed.ShouldBe(own, ignoreOrder: true);
        own.Count.ShouldBeGreaterThan(1);
        home.Body!.TextContent.ShouldNotContain(other.Number);

        var forbidden = await enterprise.Http.GetAsync(new Uri($"/qiye/anjian/{other.Id}", UriKind.Relative), Ct);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var body = await forbidden.Content.ReadAsStringAsync(Ct);
        body.ShouldNotContain(other.Number);
        body.ShouldNotContain(other.SiteName);

        foreach (var staffPage in new[] { "/Cases", $"/Cases/Details/{other.Id}", "/Complaints", "/Statistics", "/Account/ChangePassword" })
        {
            var response = await enterprise.Http.GetAsync(new Uri(staffPage, UriKind.Relative), Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, staffPage);
        }

        (await enterprise.Http.GetAsync(new Uri("/", UriKind.Relative), Ct)).Headers.Location!.ToString().ShouldBe("/qiye");
    }

    [Fact]
    public async Task AForgedOrExpiredCodeGetsAChineseErrorAndNoData()
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var invited = await db.Parties.SingleAsync(p => p.CreditCode == DemoPeople.CreditCodeFor(EnterpriseDemo.InvitedPartyIndex).Value, Ct);
        var caseId = await db.Cases.Where(c => c.PartyId == invited.Id).Select(c => c.Id).FirstAsync(Ct);
        var (expired, expiredCode) = EnterpriseInvitation.Issue(invited.Id, caseId, factory.Now.AddDays(-40), 30);
        db.EnterpriseInvitations.Add(expired);
        await db.SaveChangesAsync(Ct);
        var usersBefore = await db.Users.CountAsync(Ct);

        foreach (var code in new[] { "ABCD-EFGH-JKMN", InvitationCodes.Format(expiredCode) })
        {
            using var anonymous = PortalClient.Anonymous(factory);
            var response = await anonymous.PostFormAsync("/qiye/jihuo", "/qiye/jihuo", Activation(invited.CreditCode, code));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var page = await PortalClient.ParseAsync(response);
            page.QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain(EnterpriseInvitation.RefusedMessage);
            page.Body!.TextContent.ShouldNotContain(invited.Name);
            (await anonymous.Http.GetAsync(new Uri("/qiye", UriKind.Relative), Ct)).Headers.Location!.ToString().ShouldStartWith("/qiye/denglu");
        }

        await using var after = factory.CreateDbContext();
        (await after.Users.CountAsync(Ct)).ShouldBe(usersBefore);
        (await after.EnterpriseInvitations.SingleAsync(i => i.Id == expired.Id, Ct)).IsUsed.ShouldBeFalse();
        (await after.AuditEntries.CountAsync(a => a.Action == AuditActions.EnterpriseActivationFailed, Ct)).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task TheCodeOnTheNoticeActivatesOnceThenTheReplyLandsOnTheOfficersCaseAndTheChiefDecidesAReconsideration()
    {
        // 第八中学 (no account): the 质监站 officer issues the notice of its open case; the code is printed on it.
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var school = await db.Parties.SingleAsync(p => p.Name == "伊宁市第八中学", Ct);
        var theCase = await db.Cases.AsSplitQuery().Where(c => c.PartyId == school.Id && c.State == CaseState.Rectifying).FirstAsync(Ct);
        using var officer = await PortalClient.SignedInAsync(factory, "zj.officer1");
        var issued = await officer.PostFormAsync($"/Cases/Details/{theCase.Id}", $"/Cases/{theCase.Id}/Documents", new Dictionary<string, string>
        {
            ["kind"] = nameof(EnforcementDocumentKind.RectificationNotice),
            ["subjectId"] = theCase.CurrentNotice!.Id.ToString(),
        });
        issued.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var message = (await officer.GetPageAsync($"/Cases/Details/{theCase.Id}")).QuerySelector("[data-testid=status-success]")!.TextContent;
        var code = InvitationCode().Match(message).Value;
        code.ShouldNotBeEmpty(message);

        using var school1 = PortalClient.Anonymous(factory);
        var activated = await school1.PostFormAsync("/qiye/jihuo", "/qiye/jihuo", Activation(school.CreditCode, code.ToLowerInvariant()));
        activated.Headers.Location!.ToString().ShouldBe("/qiye");
        (await school1.GetPageAsync("/qiye")).QuerySelectorAll("[data-testid=enterprise-case-row]").Length.ShouldBe(await db.Cases.CountAsync(c => c.PartyId == school.Id, Ct));

        using var again = PortalClient.Anonymous(factory);
        var reused = await PortalClient.ParseAsync(await again.PostFormAsync("/qiye/jihuo", "/qiye/jihuo", Activation(school.CreditCode, code)));
        reused.QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain(EnterpriseInvitation.RefusedMessage);
        (await db.AuditEntries.CountAsync(a => a.Action == AuditActions.EnterpriseActivated && a.UserName == school.CreditCode, Ct)).ShouldBe(1);

        // The reply with a photo for finding 1, through the enterprise's own sign-in.
        using var enterprise = await SignInAsync(school.CreditCode, NewPassword);
        var casePage = await enterprise.GetPageAsync($"/qiye/anjian/{theCase.Id}");
        var token = casePage.QuerySelector("[data-testid=enterprise-reply-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = casePage.QuerySelector("[data-testid=enterprise-reply-form] input[name=Version]")!.GetAttribute("value")!;
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(version), "Version" },
            { new StringContent(((int)ReplyKind.Receipt).ToString(System.Globalization.CultureInfo.InvariantCulture)), "Kind" },
            { new StringContent("已对3层梁板钢筋保护层进行返工处理，附整改后照片。"), "Content" },
            { new ByteArrayContent(Cases.CaseSteps.TinyPng) { Headers = { ContentType = new("image/png") } }, "finding-1", "整改后照片.png" },
        };
        var replied = await enterprise.Http.PostAsync(new Uri($"/qiye/anjian/{theCase.Id}/huifu", UriKind.Relative), upload, Ct);
        replied.StatusCode.ShouldBe(HttpStatusCode.Redirect, await replied.Content.ReadAsStringAsync(Ct));

        var seenByOfficer = await officer.GetPageAsync($"/Cases/Details/{theCase.Id}");
        seenByOfficer.Body!.TextContent.ShouldContain("已对3层梁板钢筋保护层进行返工处理");
        seenByOfficer.Body.TextContent.ShouldContain("整改后照片.png");
        await using (var check = factory.CreateDbContext())
        {
            var reloaded = await check.Cases.AsSplitQuery().SingleAsync(c => c.Id == theCase.Id, Ct);
            reloaded.State.ShouldBe(CaseState.AwaitingReview);
            reloaded.Evidence.Single(e => e.FileName == "整改后照片.png").FindingNumber.ShouldBe(1);
            reloaded.Events.Single(e => e.Action == CaseAction.RecordReply).ActorName.ShouldContain("伊宁市第八中学");
        }

        // 复核: applied for on line, decided by the 质监站 chief, shown to the enterprise with its date.
        casePage = await enterprise.GetPageAsync($"/qiye/anjian/{theCase.Id}");
        var applied = await enterprise.PostFormAsync($"/qiye/anjian/{theCase.Id}", $"/qiye/anjian/{theCase.Id}/fuhe", new Dictionary<string, string>
        {
            ["Grounds"] = "检查当日混凝土尚未浇筑，保护层可在浇筑前调整，请求复核。",
            ["Version"] = casePage.QuerySelector("[data-testid=reconsideration-form] input[name=Version]")!.GetAttribute("value")!,
        });
        applied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var application = await db.Reconsiderations.AsNoTracking().SingleAsync(r => r.CaseId == theCase.Id, Ct);
        using var chief = await PortalClient.SignedInAsync(factory, "zj.chief");
        var decided = await chief.PostFormAsync($"/Cases/Details/{theCase.Id}", $"/Cases/{theCase.Id}/Reconsiderations/{application.Id}/Decide", new Dictionary<string, string>
        {
            ["Outcome"] = "1",
            ["Reasons"] = "经复核，检查时钢筋已绑扎完毕待验收，原执法行为事实清楚。",
            ["DecidedOn"] = factory.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        decided.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var shown = (await enterprise.GetPageAsync($"/qiye/anjian/{theCase.Id}")).QuerySelector("[data-testid=reconsideration-decision]")!.TextContent;
        shown.ShouldContain("维持原执法行为");
        shown.ShouldContain(factory.Today.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task NoComplainantNameOrPhoneOnAnyEnterprisePage()
    {
        const string name = "司马静怡";
        const string phone = "13912348765";
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var party = await db.Parties.SingleAsync(p => p.CreditCode == EnterpriseDemo.AccountUserName, Ct);
        // A complaint about this enterprise, filed on the public page with a name and phone.
        await Complaints.ComplaintClient.FileAsync(factory, Complaints.ComplaintClient.Fields(party.Name, name, phone));

        using var enterprise = await SignInAsync(EnterpriseDemo.AccountUserName, DemoPeople.Password);
        var pages = new List<string> { "/qiye" };
        pages.AddRange((await db.Cases.Where(c => c.PartyId == party.Id).Select(c => c.Id).ToListAsync(Ct)).Select(id => $"/qiye/anjian/{id}"));
        foreach (var url in pages)
        {
            var text = (await enterprise.GetPageAsync(url)).Body!.TextContent;
            text.ShouldNotContain(name, customMessage: url);
            text.ShouldNotContain(phone, customMessage: url);
        }
    }

    private async Task<PortalClient> SignInAsync(string creditCode, string password)
    {
        var client = PortalClient.Anonymous(factory);
        var response = await client.PostFormAsync("/qiye/denglu", "/qiye/denglu", new Dictionary<string, string> { ["CreditCode"] = creditCode, ["Password"] = password });
        response.Headers.Location?.ToString().ShouldBe("/qiye", "the enterprise signs in");
        return client;
    }

    private static Dictionary<string, string> Activation(string creditCode, string code) => new()
    {
        ["CreditCode"] = creditCode,
        ["Code"] = code,
        ["NewPassword"] = NewPassword,
        ["ConfirmPassword"] = NewPassword,
    };

    [GeneratedRegex("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}")]
    private static partial Regex InvitationCode();
}
