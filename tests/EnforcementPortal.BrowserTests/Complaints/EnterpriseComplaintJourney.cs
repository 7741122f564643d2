using System.Globalization;
using System.Text.RegularExpressions;
using EnforcementPortal.BrowserTests.Infrastructure;
using EnforcementPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EnforcementPortal.BrowserTests.Complaints;

/// <summary>
/// The enterprise answers its complaint through its own sign-in, in a real browser: a named complaint about the demo
/// enterprise is routed and accepted; the handler notifies the enterprise by its 统一社会信用代码; the enterprise (on a
/// phone) signs in, sees the complaint with the complainant withheld and the deadline, replies with a photo before it;
/// the handler sees the reply at once, finds no violation and closes; the complainant reads the answer with the query code.
/// </summary>
public sealed partial class EnterpriseComplaintJourney(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string Name = "帕丽旦·阿不都";
    private const string Phone = "13899335577";

    [Fact]
    public async Task TheEnterpriseRepliesOnLineAndTheComplainantReadsTheAnswer()
    {
        string partyName;
        await using (var db = portal.Factory.CreateDbContext())
        {
            partyName = await db.Parties.Where(p => p.CreditCode == EnterpriseDemo.AccountUserName).Select(p => p.Name).SingleAsync(TestContext.Current.CancellationToken);
        }

        var (receipt, code) = await FileAsync(partyName);

        var dispatcher = await portal.NewPageAsync();
        await dispatcher.SignInAsync("dispatcher");
        await dispatcher.GotoAsync("/Complaints");
        await dispatcher.Locator("[data-testid=to-route]").GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await dispatcher.Locator("[data-testid=route-form] button[type=submit]").ClickAsync();
        var complaintUrl = dispatcher.Url;

        var officer = await portal.NewPageAsync();
        await officer.SignInAsync("fc.officer1");
        await officer.GotoAsync(complaintUrl);
        await officer.Locator("[data-testid=accept-form] button[type=submit]").ClickAsync();
        await officer.FillAsync("#notify-credit-code", EnterpriseDemo.AccountUserName);
        await officer.FillAsync("#notify-request", "请说明是否收取看房费及退还情况，并附退款凭证。");
        await officer.Locator("[data-testid=notify-form] button[type=submit]").ClickAsync();
        (await officer.TextContentAsync("[data-testid=status-success]"))!.ShouldContain("已登记通知企业回复");
        (await officer.TextContentAsync("[data-testid=complaint-state]"))!.ShouldBe("调查处理中");

        var enterprise = await portal.NewPageAsync(390, 844, isMobile: true);
        await enterprise.GotoAsync("/qiye/denglu");
        await enterprise.FillAsync("#CreditCode", EnterpriseDemo.AccountUserName);
        await enterprise.FillAsync("#Password", DemoPeople.Password);
        await enterprise.ClickAsync("[data-testid=enterprise-login-form] button[type=submit]");
        var row = enterprise.Locator("[data-testid=enterprise-complaint-row]", new() { HasText = receipt });
        await Assertions.Expect(row).ToContainTextAsync("待本单位回复");
        await row.GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        (await enterprise.TextContentAsync("[data-testid=enterprise-complainant]"))!.ShouldBe("投诉人信息依法保密");
        (await enterprise.TextContentAsync("[data-testid=enterprise-complaint-due]"))!.ShouldContain("回复期限");
        await enterprise.ScreenshotAsync("enterprise-complaint-reply-phone");
        await enterprise.FillAsync("#Content", "看房费200元已于今日全额退还，附退款凭证。");
        await enterprise.SetInputFilesAsync("#Files", new FilePayload { Name = "退款凭证.png", MimeType = "image/png", Buffer = CaseJourney.Png });
        await enterprise.ClickAsync("[data-testid=enterprise-complaint-reply-form] button[type=submit]");
        (await enterprise.TextContentAsync("[data-testid=status-success]"))!.ShouldContain("情况说明已提交");
        (await enterprise.TextContentAsync("[data-testid=enterprise-complaint-reply]"))!.ShouldContain("退款凭证.png");
        var seen = await enterprise.InnerTextAsync("main");
        seen.ShouldNotContain(Name);
        seen.ShouldNotContain(Phone);

        await officer.GotoAsync(complaintUrl);
        var reply = officer.Locator("[data-testid=complaint-enterprise-reply]");
        await Assertions.Expect(reply).ToContainTextAsync("看房费200元已于今日全额退还");
        await Assertions.Expect(reply).ToContainTextAsync("退款凭证.png");
        await officer.SelectOptionAsync("[data-testid=opinion-form] select[name=Outcome]", "1");
        await officer.FillAsync("#opinion-content", "经核查，该公司已全额退还看房费，未发现违法违规行为。");
        await officer.Locator("[data-testid=opinion-form] button[type=submit]").ClickAsync();
        await officer.Locator("[data-testid=close-form] button[type=submit]").ClickAsync();
        (await officer.TextContentAsync("[data-testid=complaint-state]"))!.ShouldBe("已办结");

        var complainant = await portal.NewPageAsync();
        await complainant.GotoAsync("/tousu/chaxun");
        await complainant.FillAsync("#ReceiptNumber", receipt);
        await complainant.FillAsync("#QueryCode", code);
        await complainant.Locator("[data-testid=query-form] button[type=submit]").ClickAsync();
        (await complainant.TextContentAsync("[data-testid=progress-answer]"))!.ShouldContain("未发现违法违规行为");
        (await complainant.TextContentAsync("[data-testid=progress-steps]"))!.ShouldContain("被投诉企业回复");
    }

    private async Task<(string Receipt, string Code)> FileAsync(string party)
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/tousu");
        await page.SelectOptionAsync("#Line", "2");
        await page.FillAsync("#PartyName", party);
        await page.FillAsync("#SiteAddress", "伊宁市新华东路天山大厦一层");
        await page.FillAsync("#Description", "收取看房费后拒不退还。");
        await page.FillAsync("#Name", Name);
        await page.FillAsync("#Phone", Phone);
        var question = Sum().Match((await page.TextContentAsync("label[for=ChallengeAnswer]"))!);
        var answer = int.Parse(question.Groups[1].Value, CultureInfo.InvariantCulture) + int.Parse(question.Groups[2].Value, CultureInfo.InvariantCulture);
        await page.FillAsync("#ChallengeAnswer", answer.ToString(CultureInfo.InvariantCulture));
        portal.Factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await page.ClickAsync("[data-testid=complaint-form] button[type=submit]");
        return ((await page.TextContentAsync("[data-testid=receipt-number]"))!, (await page.TextContentAsync("[data-testid=query-code]"))!);
    }

    [GeneratedRegex(@"(\d+)\s*\+\s*(\d+)")]
    private static partial Regex Sum();
}
