using System.Net;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.IntegrationTests.Infrastructure;
using EnforcementPortal.Web.Controllers;
using EnforcementPortal.Web.Security;
using Microsoft.EntityFrameworkCore;
using static EnforcementPortal.IntegrationTests.Complaints.ComplaintClient;

namespace EnforcementPortal.IntegrationTests.Complaints;

/// <summary>
/// 投诉举报 through the real pages: the public intake and progress page, routing, acceptance, the answer, a return with
/// the chief's approval, and the complainant's confidentiality (masking, department scope, audited reveals).
/// </summary>
public sealed class ComplaintJourney(ComplaintPortalFactory factory) : IClassFixture<ComplaintPortalFactory>
{
    private const string Name = "欧阳晓雯";
    private const string Phone = "13987651234";

    [Fact]
    public async Task NamedComplaintIsAnsweredAndTheProgressPageShowsTheAnswerButNoPersonalData()
    {
        var (receipt, code) = await FileAsync(factory, Fields("伊宁市佳居房产经纪有限公司", Name, Phone));
        var id = await IdOfAsync(factory, receipt);

        using var dispatcher = await PortalClient.SignedInAsync(factory, "dispatcher");
        var routed = await StepAsync(dispatcher, id, "RouteTo", new() { ["Department"] = "1" });
        routed.QuerySelector("[data-testid=complaint-state]")!.TextContent.ShouldBe("已分派，待受理", Status(routed));

        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var accepted = await StepAsync(officer, id, "Accept", new() { ["HandlerId"] = await UserIdAsync("fc.officer1") });
        accepted.QuerySelector("[data-testid=complaint-state]")!.TextContent.ShouldBe("已受理", Status(accepted));
        var answered = await StepAsync(officer, id, "Opinion", new() { ["Outcome"] = "1", ["Content"] = "经核查，该公司已退还看房费，未发现违法违规行为。" });
        answered.QuerySelector("[data-testid=complaint-outcome]")!.TextContent.ShouldBe("不存在违法违规行为", Status(answered));

        var beforeClosing = await QueryAsync(factory, receipt, code);
        beforeClosing.QuerySelector("[data-testid=progress-answer]").ShouldBeNull();

        var closed = await StepAsync(officer, id, "Close");
        closed.QuerySelector("[data-testid=complaint-state]")!.TextContent.ShouldBe("已办结", Status(closed));

        var progress = await QueryAsync(factory, receipt, code);
        progress.QuerySelector("[data-testid=progress-answer]")!.TextContent.ShouldContain("未发现违法违规行为");
        progress.QuerySelector("[data-testid=progress-state]")!.TextContent.ShouldBe("已办结");
        var text = progress.Body!.TextContent;
        text.ShouldContain(receipt);
        text.ShouldNotContain(Name);
        text.ShouldNotContain("欧");
        text.ShouldNotContain(Phone);
        text.ShouldNotContain("1234");
        text.ShouldNotContain("艾力");
    }

    [Fact]
    public async Task AnAnonymousComplaintGetsAReceiptAndItsProgress()
    {
        var (receipt, code) = await FileAsync(factory, Fields("伊宁市宏达房地产开发有限公司"));

        var progress = await QueryAsync(factory, receipt, code);

        progress.QuerySelector("[data-testid=progress-state]")!.TextContent.ShouldBe("已登记，待分派");
        progress.QuerySelectorAll("[data-testid=progress-steps] tbody tr").Length.ShouldBeGreaterThan(2);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AForgedCodeOrAnUnknownReceiptGetsAChineseErrorAndNoData(bool unknownReceipt)
    {
        var (receipt, code) = await FileAsync(factory, Fields("伊宁市某经纪公司", Name, Phone));

        var page = await QueryAsync(factory, unknownReceipt ? "TS2026-99999" : receipt, unknownReceipt ? code : "ABCDEFGH23");

        page.QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain(PublicComplaintsController.QueryRefusal);
        page.QuerySelector("[data-testid=progress-steps]").ShouldBeNull();
        page.Body!.TextContent.ShouldNotContain("伊宁市某经纪公司");
    }

    [Fact]
    public async Task AWrongChallengeAnswerIsRefusedAndKeepsWhatWasTyped()
    {
        using var client = PortalClient.Anonymous(factory);
        var response = await PostComplaintAsync(factory, client, Fields("伊宁市保留内容测试公司", Name, Phone), answerCorrectly: false);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain(PublicFormChallenge.RefusedMessage);
        page.QuerySelector("input[name=PartyName]")!.GetAttribute("value").ShouldBe("伊宁市保留内容测试公司");
        page.QuerySelector("textarea[name=Description]")!.TextContent.ShouldContain("收取看房费");
        await using var db = factory.CreateDbContext();
        (await db.Complaints.AnyAsync(c => c.PartyName == "伊宁市保留内容测试公司", Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task TheHoneypotRefusesARobot()
    {
        using var client = PortalClient.Anonymous(factory);
        var fields = Fields("伊宁市机器人测试公司");
        fields["Website"] = "http://spam.example";

        var response = await PostComplaintAsync(factory, client, fields);

        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain(PublicFormChallenge.RefusedMessage);
    }

    [Fact]
    public async Task TheComplainantIsStoredEncryptedAndOfficersOutsideTheDepartmentCannotSeeTheComplaint()
    {
        var (receipt, _) = await FileAsync(factory, Fields("伊宁市保密测试经纪公司", Name, Phone));
        var id = await IdOfAsync(factory, receipt);
        await using (var db = factory.CreateDbContext())
        {
            var row = await db.Complaints.AsNoTracking().SingleAsync(c => c.Id == id, Ct);
            row.ComplainantNameCipher.ShouldNotBeNull();
            row.ComplainantNameCipher.ShouldNotContain(Name);
            row.ComplainantPhoneCipher!.ShouldNotContain(Phone);
            row.ComplainantPhoneHash!.ShouldNotContain(Phone);
        }

        using var dispatcher = await PortalClient.SignedInAsync(factory, "dispatcher");
        await StepAsync(dispatcher, id, "RouteTo", new() { ["Department"] = "1" });

        using var otherDepartment = await PortalClient.SignedInAsync(factory, "jg.officer1");
        var response = await otherDepartment.Http.GetAsync(new Uri($"/Complaints/Details/{id}", UriKind.Relative), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var reveal = await otherDepartment.PostFormAsync("/Complaints", $"/Complaints/Reveal/{id}", new Dictionary<string, string>());
        (await reveal.Content.ReadAsStringAsync(Ct)).ShouldNotContain(Name);

        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        var leaderPage = await leader.GetPageAsync($"/Complaints/Details/{id}");
        leaderPage.QuerySelector("[data-testid=complainant-name]")!.TextContent.ShouldBe("欧***");
        leaderPage.QuerySelector("[data-testid=complainant-phone]")!.TextContent.ShouldBe("139****1234");
        leaderPage.QuerySelector("[data-testid=reveal]").ShouldBeNull();
        leaderPage.Body!.TextContent.ShouldNotContain(Name);
    }

    [Fact]
    public async Task OnlyTheDispatcherTheHandlerAndTheChiefMayRevealAndEveryRevealIsAudited()
    {
        var (receipt, _) = await FileAsync(factory, Fields("伊宁市审计测试经纪公司", Name, Phone));
        var id = await IdOfAsync(factory, receipt);
        using var dispatcher = await PortalClient.SignedInAsync(factory, "dispatcher");
        await StepAsync(dispatcher, id, "RouteTo", new() { ["Department"] = "1" });
        using var handler = await PortalClient.SignedInAsync(factory, "fc.officer1");
        await StepAsync(handler, id, "Accept", new() { ["HandlerId"] = await UserIdAsync("fc.officer1") });

        using var colleague = await PortalClient.SignedInAsync(factory, "fc.officer2");
        var colleaguePage = await colleague.GetPageAsync($"/Complaints/Details/{id}");
        colleaguePage.QuerySelector("[data-testid=complainant-name]")!.TextContent.ShouldBe("欧***");
        colleaguePage.QuerySelector("[data-testid=reveal]").ShouldBeNull();
        var refused = await colleague.PostFormAsync($"/Complaints/Details/{id}", $"/Complaints/Reveal/{id}", new Dictionary<string, string>());
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        foreach (var user in new[] { "dispatcher", "fc.officer1", "fc.chief" })
        {
            using var client = await PortalClient.SignedInAsync(factory, user);
            var response = await client.PostFormAsync($"/Complaints/Details/{id}", $"/Complaints/Reveal/{id}", new Dictionary<string, string>());
            response.StatusCode.ShouldBe(HttpStatusCode.OK, user);
            var page = await PortalClient.ParseAsync(response);
            page.QuerySelector("[data-testid=complainant-name]")!.TextContent.ShouldBe(Name, user);
            page.QuerySelector("[data-testid=complainant-phone]")!.TextContent.ShouldBe(Phone, user);
        }

        await using var db = factory.CreateDbContext();
        var reveals = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.ComplainantRevealed && e.Target == receipt).ToListAsync(Ct);
        reveals.Where(e => e.Outcome == AuditOutcome.Success).Select(e => e.UserName).Order().ShouldBe(["dispatcher", "fc.chief", "fc.officer1"]);
        reveals.ShouldContain(e => e.Outcome == AuditOutcome.Denied && e.UserName == "fc.officer2");
        reveals.ShouldAllBe(e => !e.Detail.Contains(Name) && !e.Detail.Contains(Phone));
    }

    [Fact]
    public async Task AReturnNeedsTheChiefsApprovalAndGoesBackToTheDispatcher()
    {
        var (receipt, _) = await FileAsync(factory, Fields("伊宁市退回测试项目"));
        var id = await IdOfAsync(factory, receipt);
        using var dispatcher = await PortalClient.SignedInAsync(factory, "dispatcher");
        await StepAsync(dispatcher, id, "RouteTo", new() { ["Department"] = "1" });
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var requested = await StepAsync(officer, id, "RequestReturn", new() { ["Reason"] = "反映的是脚手架安全隐患，属安监站职责" });
        requested.QuerySelector("[data-testid=complaint-state]")!.TextContent.ShouldBe("申请退回，待科长审批", Status(requested));
        var selfApproval = await StepAsync(officer, id, "Decide", new() { ["Approve"] = "true" });
        Status(selfApproval).ShouldBe("您无权办理该投诉的这一步骤。");

        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        var chiefPage = await chief.GetPageAsync($"/Complaints/Details/{id}");
        var approval = await chief.PostFormAsync($"/Complaints/Details/{id}", $"/Complaints/{id}/Decide", new Dictionary<string, string>
        {
            ["Version"] = chiefPage.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["Approve"] = "true",
        });
        approval.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Returned, it has left the department: the chief no longer sees it; the dispatcher has it back.
        (await chief.Http.GetAsync(new Uri($"/Complaints/Details/{id}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var approved = await dispatcher.GetPageAsync($"/Complaints/Details/{id}");
        approved.QuerySelector("[data-testid=complaint-state]")!.TextContent.ShouldBe("已退回分派部门");
        approved.QuerySelector("[data-testid=complaint-timeline]")!.TextContent.ShouldContain("批准退回");

        var rerouteWithoutReason = await StepAsync(dispatcher, id, "RouteTo", new() { ["Department"] = "4" });
        Status(rerouteWithoutReason).ShouldContain("改派其他部门须填写理由");
        var rerouted = await StepAsync(dispatcher, id, "RouteTo", new() { ["Department"] = "4", ["Reason"] = "房产科退回：属施工安全" });
        rerouted.QuerySelector("[data-testid=complaint-state]")!.TextContent.ShouldBe("已分派，待受理", Status(rerouted));
        await using var db = factory.CreateDbContext();
        (await db.Complaints.AsNoTracking().SingleAsync(c => c.Id == id, Ct)).Department.ShouldBe(Domain.Departments.DepartmentCode.Safety);
    }

    [Fact]
    public async Task AComplaintAboutTheSamePartyIsShownToTheDispatcherAsADuplicate()
    {
        var (first, _) = await FileAsync(factory, Fields("伊宁市重复测试房产经纪有限公司"));
        var (second, _) = await FileAsync(factory, Fields("伊宁市 重复测试房产经纪有限公司"));
        var id = await IdOfAsync(factory, second);
        using var dispatcher = await PortalClient.SignedInAsync(factory, "dispatcher");

        var page = await dispatcher.GetPageAsync($"/Complaints/Details/{id}");

        page.QuerySelector("[data-testid=duplicates]")!.TextContent.ShouldContain(first);
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var db = factory.CreateDbContext();
        return (await db.Users.SingleAsync(u => u.UserName == userName, Ct)).Id.ToString();
    }
}

/// <summary>Flood protection of the public forms: per client, beyond the configured posts an hour, 429 and audited.</summary>
public sealed class ComplaintFloodProtection(ThrottledComplaintPortalFactory factory) : IClassFixture<ThrottledComplaintPortalFactory>
{
    [Fact]
    public async Task PostsBeyondTheLimitAreRefusedWith429AndAudited()
    {
        using var client = PortalClient.Anonymous(factory);
        for (var i = 0; i < 2; i++)
        {
            (await PostComplaintAsync(factory, client, Fields($"伊宁市限流测试公司{i}"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await PostComplaintAsync(factory, client, Fields("伊宁市限流测试公司X"));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("请求过于频繁");
        await using var db = factory.CreateDbContext();
        (await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ComplaintThrottled, Ct)).ShouldBeTrue();
    }
}
