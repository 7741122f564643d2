using System.Globalization;
using System.Text.RegularExpressions;
using EnforcementPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace EnforcementPortal.BrowserTests.Complaints;

/// <summary>
/// 投诉举报 in a real browser: a complaint filed anonymously and one with a name, each routed, accepted, answered (no
/// violation) and read by the complainant with the query code; and a return to the dispatcher with the chief's approval.
/// </summary>
public sealed partial class ComplaintJourneys(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("买买提·吐尔洪", "13899001122")]
    public async Task AComplaintIsRoutedAcceptedAnsweredAndReadWithTheQueryCode(string? name, string? phone)
    {
        var party = name is null ? "伊宁市匿名浏览器测试经纪公司" : "伊宁市实名浏览器测试经纪公司";
        var (receipt, code) = await FileAsync(party, name, phone);

        var dispatcher = await portal.NewPageAsync();
        await dispatcher.SignInAsync("dispatcher");
        await dispatcher.GotoAsync("/Complaints");
        await dispatcher.Locator("[data-testid=to-route]").GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        (await dispatcher.InputValueAsync("#route-department")).ShouldBe("1");
        await dispatcher.Locator("[data-testid=route-form] button[type=submit]").ClickAsync();
        (await dispatcher.TextContentAsync("[data-testid=complaint-state]"))!.ShouldBe("已分派，待受理");
        var complaintUrl = dispatcher.Url;

        var officer = await portal.NewPageAsync();
        await officer.SignInAsync("fc.officer1");
        await officer.GotoAsync("/Complaints");
        await officer.Locator("[data-testid=to-accept]").GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        (await officer.TextContentAsync("[data-testid=complainant-name]"))!.ShouldBe(name is null ? "匿名" : "买******");
        await officer.Locator("[data-testid=accept-form] button[type=submit]").ClickAsync();
        (await officer.TextContentAsync("[data-testid=complaint-state]"))!.ShouldBe("已受理");
        if (name is not null)
        {
            await officer.Locator("[data-testid=reveal]").ClickAsync();
            (await officer.TextContentAsync("[data-testid=complainant-phone]"))!.ShouldBe(phone);
            await officer.GotoAsync(complaintUrl);
        }

        await officer.SelectOptionAsync("[data-testid=opinion-form] select[name=Outcome]", "1");
        await officer.FillAsync("#opinion-content", "经核查，该公司已退还看房费，未发现违法违规行为。");
        await officer.Locator("[data-testid=opinion-form] button[type=submit]").ClickAsync();
        (await officer.TextContentAsync("[data-testid=complaint-outcome]"))!.ShouldBe("不存在违法违规行为");
        await officer.Locator("[data-testid=close-form] button[type=submit]").ClickAsync();
        (await officer.TextContentAsync("[data-testid=complaint-state]"))!.ShouldBe("已办结");

        var complainant = await portal.NewPageAsync();
        await complainant.GotoAsync("/tousu/chaxun");
        await complainant.FillAsync("#ReceiptNumber", receipt);
        await complainant.FillAsync("#QueryCode", code);
        await complainant.Locator("[data-testid=query-form] button[type=submit]").ClickAsync();
        (await complainant.TextContentAsync("[data-testid=progress-answer]"))!.ShouldContain("未发现违法违规行为");
        var text = await complainant.InnerTextAsync("main");
        text.ShouldNotContain("艾力");
        if (name is not null)
        {
            text.ShouldNotContain(name);
            text.ShouldNotContain(phone!);
        }
    }

    [Fact]
    public async Task ADepartmentReturnsAComplaintWithTheChiefsApproval()
    {
        var (receipt, _) = await FileAsync("伊宁市退回浏览器测试项目", null, null);
        var dispatcher = await portal.NewPageAsync();
        await dispatcher.SignInAsync("dispatcher");
        await dispatcher.GotoAsync("/Complaints");
        await dispatcher.Locator("[data-testid=to-route]").GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await dispatcher.Locator("[data-testid=route-form] button[type=submit]").ClickAsync();
        var complaintUrl = dispatcher.Url;

        var officer = await portal.NewPageAsync();
        await officer.SignInAsync("fc.officer2");
        await officer.GotoAsync(complaintUrl);
        await officer.FillAsync("[data-testid=return-form] textarea[name=Reason]", "反映的是塔吊安全隐患，属安监站职责");
        await officer.Locator("[data-testid=return-form] button[type=submit]").ClickAsync();
        (await officer.TextContentAsync("[data-testid=complaint-state]"))!.ShouldBe("申请退回，待科长审批");

        var chief = await portal.NewPageAsync();
        await chief.SignInAsync("fc.chief");
        await chief.GotoAsync("/Complaints");
        await chief.Locator("[data-testid=pending-decisions]").GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await chief.Locator("[data-testid=decide-form] button[value=true]").ClickAsync();
        (await chief.TextContentAsync("[data-testid=status-success]"))!.ShouldContain("已批准");

        await dispatcher.GotoAsync("/Complaints");
        await dispatcher.Locator("[data-testid=to-route]").GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await dispatcher.SelectOptionAsync("#route-department", "4");
        await dispatcher.Locator("[data-testid=route-form] button[type=submit]").ClickAsync();
        (await dispatcher.TextContentAsync("[data-testid=status-error]"))!.ShouldContain("改派其他部门须填写理由");
        await dispatcher.SelectOptionAsync("#route-department", "4");
        await dispatcher.FillAsync("#route-reason", "房产科退回：属施工安全");
        await dispatcher.Locator("[data-testid=route-form] button[type=submit]").ClickAsync();
        (await dispatcher.TextContentAsync("[data-testid=complaint-state]"))!.ShouldBe("已分派，待受理");
        (await dispatcher.TextContentAsync("[data-testid=complaint-timeline]"))!.ShouldContain("批准退回");
    }

    private async Task<(string Receipt, string Code)> FileAsync(string party, string? name, string? phone)
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/tousu");
        await page.SelectOptionAsync("#Line", "2");
        await page.FillAsync("#PartyName", party);
        await page.FillAsync("#SiteAddress", "伊宁市斯大林街 12 号");
        await page.FillAsync("#Description", "收取看房费后拒不退还。");
        if (name is not null)
        {
            await page.FillAsync("#Name", name);
            await page.FillAsync("#Phone", phone!);
        }

        var question = Sum().Match((await page.TextContentAsync("label[for=ChallengeAnswer]"))!);
        var answer = int.Parse(question.Groups[1].Value, CultureInfo.InvariantCulture) + int.Parse(question.Groups[2].Value, CultureInfo.InvariantCulture);
        await page.FillAsync("#ChallengeAnswer", answer.ToString(CultureInfo.InvariantCulture));

        // The portal's clock is the test's: a person takes longer than the challenge's minimum fill time.
        portal.Factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await page.ClickAsync("[data-testid=complaint-form] button[type=submit]");
        var receipt = (await page.TextContentAsync("[data-testid=receipt-number]"))!;
        var code = (await page.TextContentAsync("[data-testid=query-code]"))!;
        return (receipt, code);
    }

    [GeneratedRegex(@"(\d+)\s*\+\s*(\d+)")]
    private static partial Regex Sum();
}
