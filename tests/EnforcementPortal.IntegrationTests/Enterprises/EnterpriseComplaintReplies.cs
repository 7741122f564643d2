using System.Globalization;
using System.Net;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Enterprises;
using EnforcementPortal.Infrastructure.Seeding;
using EnforcementPortal.IntegrationTests.Complaints;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EnforcementPortal.IntegrationTests.Complaints.ComplaintClient;

namespace EnforcementPortal.IntegrationTests.Enterprises;

/// <summary>
/// The enterprise sees and answers its complaints (北京市房地产市场动态监管信息平台操作流程 二（四）): the handler's notice links
/// the complaint to the party by its 统一社会信用代码; the enterprise's /qiye lists it without any complainant data; its
/// 情况说明 with a file lands on the handler's complaint page and timeline at once; a late reply is refused in Chinese;
/// another enterprise gets 404.
/// </summary>
public sealed class EnterpriseComplaintReplies(ComplaintPortalFactory factory) : IClassFixture<ComplaintPortalFactory>
{
    private const string Name = "上官明远";
    private const string Phone = "13955501234";
    private const string Request = "请说明是否收取看房费、是否已退还，并附退款凭证。";

    [Fact]
    public async Task TheEnterpriseRepliesWithAFileAndTheHandlerSeesItAtOnce()
    {
        var id = await EnterpriseComplaintFlow.NotifiedAsync(factory, Name, Phone, Request);
        using var enterprise = await EnterpriseComplaintFlow.SignInAsync(factory, EnterpriseDemo.AccountUserName, DemoPeople.Password);

        var home = await enterprise.GetPageAsync("/qiye");
        var row = home.QuerySelectorAll("[data-testid=enterprise-complaint-row]").Single(r => r.InnerHtml.Contains(id.ToString(), StringComparison.Ordinal));
        row.TextContent.ShouldContain("待本单位回复");
        await using (var db = factory.CreateDbContext())
        {
            var due = (await db.Complaints.AsNoTracking().SingleAsync(c => c.Id == id, Ct)).EnterpriseReplyDue!.Value;
            row.TextContent.ShouldContain(due.ToString("yyyy年M月d日", CultureInfo.InvariantCulture));
        }

        var page = await enterprise.GetPageAsync($"/qiye/tousu/{id}");
        page.QuerySelector("[data-testid=enterprise-complainant]")!.TextContent.ShouldBe("投诉人信息依法保密");
        page.QuerySelector("[data-testid=enterprise-complaint-request]")!.TextContent.ShouldBe(Request);
        foreach (var text in new[] { home.Body!.TextContent, page.Body!.TextContent })
        {
            text.ShouldNotContain(Name);
            text.ShouldNotContain(Phone);
            text.ShouldNotContain("收取看房费后拒不退还", customMessage: "the complainant's own words stay inside the bureau");
        }

        var replied = await EnterpriseComplaintFlow.ReplyAsync(enterprise, id, "看房费200元已于今日全额退还，附退款凭证。", ("退款凭证.png", Cases.CaseSteps.TinyPng, "image/png"));
        replied.StatusCode.ShouldBe(HttpStatusCode.Redirect, await replied.Content.ReadAsStringAsync(Ct));

        var mine = await enterprise.GetPageAsync($"/qiye/tousu/{id}");
        mine.QuerySelector("[data-testid=enterprise-complaint-reply]")!.TextContent.ShouldContain("退款凭证.png");
        mine.QuerySelector("[data-testid=enterprise-complaint-reply-form]").ShouldBeNull();

        using var handler = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var staffPage = await handler.GetPageAsync($"/Complaints/Details/{id}");
        var reply = staffPage.QuerySelector("[data-testid=complaint-enterprise-reply]")!;
        reply.TextContent.ShouldContain("看房费200元已于今日全额退还");
        reply.TextContent.ShouldContain("退款凭证.png");
        staffPage.QuerySelector("[data-testid=complaint-timeline]")!.TextContent.ShouldContain("被投诉企业在线提交情况说明");
        var file = reply.QuerySelector("a")!.GetAttribute("href")!;
        var download = await handler.Http.GetAsync(new Uri(file, UriKind.Relative), Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(Cases.CaseSteps.TinyPng);
    }

    [Fact]
    public async Task AReplyThatIsNotAnImageOrPdfIsRefusedAndNothingIsWritten()
    {
        var id = await EnterpriseComplaintFlow.NotifiedAsync(factory, Name, Phone, Request);
        using var enterprise = await EnterpriseComplaintFlow.SignInAsync(factory, EnterpriseDemo.AccountUserName, DemoPeople.Password);

        var refused = await EnterpriseComplaintFlow.ReplyAsync(enterprise, id, "说明见附件。", ("说明.exe", "MZ-not-a-picture"u8.ToArray(), "image/png"));

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var page = await PortalClient.ParseAsync(refused);
        page.QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        page.QuerySelector("textarea[name=Content]")!.TextContent.ShouldBe("说明见附件。");
        await using var db = factory.CreateDbContext();
        (await db.Complaints.AsNoTracking().SingleAsync(c => c.Id == id, Ct)).EnterpriseReply.ShouldBeNull();
    }

    [Fact]
    public async Task ALateReplyIsRefusedInChinese()
    {
        var id = await EnterpriseComplaintFlow.NotifiedAsync(factory, Name, Phone, Request);
        using var enterprise = await EnterpriseComplaintFlow.SignInAsync(factory, EnterpriseDemo.AccountUserName, DemoPeople.Password);
        var form = await enterprise.GetPageAsync($"/qiye/tousu/{id}");

        // The page was opened in time; the deadline has passed when the post arrives (the due date moved back a day
        // stands for the days gone by: moving the clock would end the enterprise's session too).
        var due = factory.Today.AddDays(-1);
        await using (var db = factory.CreateDbContext())
        {
            await db.Complaints.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.EnterpriseReplyDue, due), Ct);
        }

        var refused = await EnterpriseComplaintFlow.ReplyAsync(enterprise, id, "迟到的情况说明。", null, form);

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var page = await PortalClient.ParseAsync(refused);
        page.QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain($"回复期限已于{due.Year}年{due.Month}月{due.Day}日届满");
        page.QuerySelector("[data-testid=enterprise-complaint-status]")!.TextContent.ShouldBe("已逾期未回复");
        await using var after = factory.CreateDbContext();
        (await after.Complaints.AsNoTracking().SingleAsync(c => c.Id == id, Ct)).EnterpriseReply.ShouldBeNull();
    }

    [Fact]
    public async Task AnotherEnterpriseGets404()
    {
        var id = await EnterpriseComplaintFlow.NotifiedAsync(factory, Name, Phone, Request);
        using var other = await EnterpriseComplaintFlow.OtherEnterpriseAsync(factory);

        (await other.GetPageAsync("/qiye")).Body!.TextContent.ShouldNotContain((await ReceiptOfAsync(id)));
        var response = await other.Http.GetAsync(new Uri($"/qiye/tousu/{id}", UriKind.Relative), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldNotContain(Request);

        using var own = await EnterpriseComplaintFlow.SignInAsync(factory, EnterpriseDemo.AccountUserName, DemoPeople.Password);
        var version = (await own.GetPageAsync($"/qiye/tousu/{id}")).QuerySelector("[data-testid=enterprise-complaint-reply-form] input[name=Version]")!.GetAttribute("value")!;
        var posted = await EnterpriseComplaintFlow.ReplyAsync(other, id, "冒名回复。", null, await other.GetPageAsync("/qiye"), version);
        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<string> ReceiptOfAsync(Guid id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Complaints.Where(c => c.Id == id).Select(c => c.ReceiptNumber).SingleAsync(Ct);
    }
}

/// <summary>The steps shared by the enterprise's complaint tests: file, route, accept, notify with the credit code; sign in; reply.</summary>
internal static class EnterpriseComplaintFlow
{
    /// <summary>A named complaint about the demo enterprise, accepted by fc.officer1 and notified to the enterprise on line.</summary>
    public static async Task<Guid> NotifiedAsync(PortalFactory factory, string name, string phone, string request)
    {
        await using var db = factory.CreateDbContext();
        var party = await db.Parties.AsNoTracking().SingleAsync(p => p.CreditCode == EnterpriseDemo.AccountUserName, Ct);
        var (receipt, _) = await FileAsync(factory, Fields(party.Name, name, phone));
        var id = await IdOfAsync(factory, receipt);
        using var dispatcher = await PortalClient.SignedInAsync(factory, "dispatcher");
        await StepAsync(dispatcher, id, "RouteTo", new() { ["Department"] = "1" });
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var handler = await db.Users.Where(u => u.UserName == "fc.officer1").Select(u => u.Id).SingleAsync(Ct);
        await StepAsync(officer, id, "Accept", new() { ["HandlerId"] = handler.ToString() });
        var notified = await StepAsync(officer, id, "NotifyEnterprise", new()
        {
            ["Date"] = factory.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["CreditCode"] = party.CreditCode,
            ["Request"] = request,
        });
        notified.QuerySelector("[data-testid=complaint-state]")!.TextContent.ShouldBe(ComplaintNames.Of(ComplaintState.Handling), Status(notified));
        return id;
    }

    public static async Task<PortalClient> SignInAsync(PortalFactory factory, string creditCode, string password)
    {
        var client = PortalClient.Anonymous(factory);
        var response = await client.PostFormAsync("/qiye/denglu", "/qiye/denglu", new Dictionary<string, string> { ["CreditCode"] = creditCode, ["Password"] = password });
        response.Headers.Location?.ToString().ShouldBe("/qiye", "the enterprise signs in");
        return client;
    }

    /// <summary>The invited demo enterprise, activated with a fresh invitation (once per factory), signed in.</summary>
    public static async Task<PortalClient> OtherEnterpriseAsync(PortalFactory factory)
    {
        const string password = "Qita@2026x";
        var creditCode = DemoPeople.CreditCodeFor(EnterpriseDemo.InvitedPartyIndex).Value;
        await using var db = factory.CreateDbContext();
        if (!await db.Users.AnyAsync(u => u.UserName == creditCode, Ct))
        {
            var party = await db.Parties.SingleAsync(p => p.CreditCode == creditCode, Ct);
            var caseId = await db.Cases.Where(c => c.PartyId == party.Id).Select(c => c.Id).FirstAsync(Ct);
            var (invitation, code) = EnterpriseInvitation.Issue(party.Id, caseId, factory.Now, 30);
            db.EnterpriseInvitations.Add(invitation);
            await db.SaveChangesAsync(Ct);
            using var anonymous = PortalClient.Anonymous(factory);
            var activated = await anonymous.PostFormAsync("/qiye/jihuo", "/qiye/jihuo", new Dictionary<string, string>
            {
                ["CreditCode"] = creditCode,
                ["Code"] = InvitationCodes.Format(code),
                ["NewPassword"] = password,
                ["ConfirmPassword"] = password,
            });
            activated.Headers.Location?.ToString().ShouldBe("/qiye");
        }

        return await SignInAsync(factory, creditCode, password);
    }

    /// <summary>Posts the 情况说明 with the version and token of the complaint page (or of <paramref name="form"/>, opened earlier).</summary>
    public static async Task<HttpResponseMessage> ReplyAsync(PortalClient client, Guid id, string content, (string Name, byte[] Bytes, string Type)? file, AngleSharp.Html.Dom.IHtmlDocument? form = null, string? version = null)
    {
        form ??= await client.GetPageAsync($"/qiye/tousu/{id}");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        version ??= form.QuerySelector("[data-testid=enterprise-complaint-reply-form] input[name=Version]")?.GetAttribute("value") ?? "0";
        using var content1 = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(version), "Version" },
            { new StringContent(content), "Content" },
        };
        if (file is { } f)
        {
            content1.Add(new ByteArrayContent(f.Bytes) { Headers = { ContentType = new(f.Type) } }, "Files", f.Name);
        }

        return await client.Http.PostAsync(new Uri($"/qiye/tousu/{id}/huifu", UriKind.Relative), content1, Ct);
    }
}

/// <summary>The demo: the demo enterprise's sign-in shows a complaint awaiting its 情况说明, with the complainant withheld.</summary>
public sealed class DemoEnterpriseComplaint(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheDemoEnterpriseSeesAComplaintAwaitingItsReply()
    {
        using var enterprise = await EnterpriseComplaintFlow.SignInAsync(factory, EnterpriseDemo.AccountUserName, DemoPeople.Password);

        var home = await enterprise.GetPageAsync("/qiye");
        var row = home.QuerySelectorAll("[data-testid=enterprise-complaint-row]").Single(r => r.TextContent.Contains("待本单位回复", StringComparison.Ordinal));
        var page = await enterprise.GetPageAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        page.QuerySelector("[data-testid=enterprise-complaint-reply-form]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=enterprise-complainant]")!.TextContent.ShouldBe("投诉人信息依法保密");
        page.Body!.TextContent.ShouldNotContain("热依拉");
        page.Body.TextContent.ShouldNotContain("13899456721");
    }
}
