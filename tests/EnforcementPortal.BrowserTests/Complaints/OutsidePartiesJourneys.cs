using System.Globalization;
using System.Text.RegularExpressions;
using EnforcementPortal.BrowserTests.Infrastructure;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Complaints;

/// <summary>
/// In a real browser: 城市管理局's liaison records receipt, filing and disposal and the case's loop closes; a complaint
/// becomes an enforcement case whose page shows its source complaint; a 协查通知单 is issued and answered.
/// </summary>
public sealed partial class OutsidePartiesJourneys(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task TheReceivingBureauRecordsFilingAndDisposalAndTheLoopCloses()
    {
        await using var db = portal.Factory.CreateDbContext();
        var transferred = await db.Cases.Where(c => c.State == CaseState.Transferred && c.Transfers.Any(t => t.Status == TransferStatus.Approved && t.ReceivedOn == null))
            .Select(c => new { c.Id, c.Number, c.Department }).FirstAsync(TestContext.Current.CancellationToken);
        var chief = await db.Users.Where(u => u.Department == transferred.Department && u.UserName!.EndsWith(".chief")).Select(u => u.UserName!).FirstAsync(TestContext.Current.CancellationToken);

        var liaison = await portal.NewPageAsync(390, 844, isMobile: true);
        await liaison.SignInAsync("cg.liaison");
        await liaison.GotoAsync("/chengguan");
        await liaison.Locator("[data-testid=bureau-transfers]").GetByRole(AriaRole.Link, new() { Name = transferred.Number }).ClickAsync();
        await liaison.Locator("[data-testid=form-receipt] button[type=submit]").ClickAsync();
        await Expect(liaison.Locator("[data-testid=status-success]")).ToContainTextAsync("已签收移交单");
        await liaison.FillAsync("#Filing_Reference", "伊城管立字〔2026〕第205号");
        await liaison.Locator("[data-testid=form-filing] button[type=submit]").ClickAsync();
        await Expect(liaison.Locator("[data-testid=status-success]")).ToContainTextAsync("立案决定已反馈");
        await liaison.FillAsync("#Disposal_DecisionNumber", "伊城管罚决字〔2026〕第77号");
        await liaison.FillAsync("#Disposal_Penalty", "罚款人民币三万元，责令限期改正");
        await liaison.Locator("[data-testid=form-disposal] button[type=submit]").ClickAsync();
        await Expect(liaison.Locator("[data-testid=status-success]")).ToContainTextAsync("移交案件闭环");
        await Expect(liaison.Locator("[data-testid=bureau-disposal]")).ToContainTextAsync("伊城管罚决字〔2026〕第77号：罚款人民币三万元");
        await liaison.ScreenshotAsync("receiving-bureau-phone");

        var department = await portal.NewPageAsync();
        await department.SignInAsync(chief);
        await department.GotoAsync($"/Cases/Details/{transferred.Id}");
        await Expect(department.Locator("[data-testid=case-state]")).ToHaveTextAsync(CaseNames.Of(CaseState.Concluded));
        await Expect(department.Locator("main")).ToContainTextAsync("伊城管罚决字〔2026〕第77号");
        await Expect(department.Locator("main")).ToContainTextAsync("努尔兰·哈力克");
    }

    [Fact]
    public async Task AComplaintBecomesAnEnforcementCaseAndTheCasePageShowsItsSource()
    {
        var (receipt, complaintUrl) = await AnsweredAsync("伊宁市浏览器立案测试房产经纪公司", "3", "经调查，该公司发布未经核验的房源信息，存在违法违规行为，依法立案查处。", null);
        var officer = await portal.NewPageAsync();
        await officer.SignInAsync("fc.officer1");
        await officer.GotoAsync(complaintUrl);
        await officer.Locator("[data-testid=open-case]").ClickAsync();
        (await officer.InputValueAsync("#Trigger")).ShouldBe("Complaint");
        await officer.FillAsync("#PartyCreditCode", DemoPeople.CreditCodeFor(1).Value);
        await officer.FillAsync("#Narrative", "执法人员出示执法证件，对门店进行现场检查，查阅房源信息并拍照取证。");
        await officer.Locator("[data-testid=new-inspection-form] label", new() { HasText = "张丽" }).ClickAsync();
        await officer.FillAsync("#Findings_0__Description", "发布未经核验的房源信息");
        await officer.Locator("select[name='Findings[0].Severity']").SelectOptionAsync("General");
        await officer.SetInputFilesAsync("#Files", new FilePayload { Name = "现场照片.png", MimeType = "image/png", Buffer = CaseJourney.Png });
        await officer.ClickAsync("[data-testid=new-inspection-form] button[type=submit]");
        await Expect(officer.Locator("[data-testid=status-success]")).ToContainTextAsync("现场检查已记录");

        await Expect(officer.Locator("[data-testid=source-complaint-number]")).ToHaveTextAsync(receipt);
        await Expect(officer.Locator("[data-testid=source-complaint-channel]")).ToHaveTextAsync("公众网上投诉");
        await Expect(officer.Locator("[data-testid=source-complainant]")).ToContainTextAsync("匿名");
        await officer.Locator("[data-testid=source-complaint-number] a").ClickAsync();
        await Expect(officer.Locator("[data-testid=complaint-case]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AnAssistNoticeIsIssuedWithoutTheComplainantAndAnswered()
    {
        const string name = "欧阳秀兰";
        const string phone = "13966987654";
        var (_, complaintUrl) = await AnsweredAsync("伊宁市浏览器协查测试房产经纪公司", "4", "需市场监管部门协查该公司主体资格后再作处理。", (name, phone));
        var officer = await portal.NewPageAsync();
        await officer.SignInAsync("fc.officer1");
        await officer.GotoAsync(complaintUrl);
        await officer.Locator("[data-testid=assist-documents-link]").ClickAsync();
        await Expect(officer.Locator("[data-testid=assist-state]")).ToHaveTextAsync("待协查单位反馈");

        var download = await officer.RunAndWaitForDownloadAsync(() => officer.Locator("[data-testid=form-assist-document] button[type=submit]").ClickAsync());
        var path = await download.PathAsync();
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken)))
        {
            var text = Whitespace().Replace(string.Concat(pdf.GetPages().Select(p => p.Text)), string.Empty);
            text.ShouldContain("房地产市场违法违规案件协查通知单");
            text.ShouldContain("伊宁市市场监督管理局");
            text.ShouldNotContain(name);
            text.ShouldNotContain(phone);
        }

        await officer.GotoAsync(complaintUrl);
        await officer.FillAsync("[data-testid=assist-form] textarea[name=Content]", "经核查，该公司营业执照已被吊销，已移交市场监管部门处理。");
        await officer.Locator("[data-testid=assist-form] button[type=submit]").ClickAsync();
        await officer.Locator("[data-testid=assist-documents-link]").ClickAsync();
        await Expect(officer.Locator("[data-testid=assist-documents]")).ToContainTextAsync("房地产市场违法违规案件协查通知单");
        await Expect(officer.Locator("[data-testid=assist-answer]")).ToContainTextAsync("营业执照已被吊销");
        await Expect(officer.Locator("[data-testid=assist-state]")).ToHaveTextAsync("已反馈");
    }

    /// <summary>Files a complaint on /tousu, routes it to 房产科, accepts it and records the outcome; returns its page.</summary>
    private async Task<(string Receipt, string ComplaintUrl)> AnsweredAsync(string party, string outcome, string opinion, (string Name, string Phone)? complainant)
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/tousu");
        await page.SelectOptionAsync("#Line", "2");
        await page.FillAsync("#PartyName", party);
        await page.FillAsync("#SiteAddress", "伊宁市斯大林街 12 号");
        await page.FillAsync("#Description", "发布的房源信息与实际不符，收取定金后拒不退还。");
        if (complainant is { } person)
        {
            await page.FillAsync("#Name", person.Name);
            await page.FillAsync("#Phone", person.Phone);
        }

        var question = Sum().Match((await page.TextContentAsync("label[for=ChallengeAnswer]"))!);
        var answer = int.Parse(question.Groups[1].Value, CultureInfo.InvariantCulture) + int.Parse(question.Groups[2].Value, CultureInfo.InvariantCulture);
        await page.FillAsync("#ChallengeAnswer", answer.ToString(CultureInfo.InvariantCulture));
        portal.Factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await page.ClickAsync("[data-testid=complaint-form] button[type=submit]");
        var receipt = (await page.TextContentAsync("[data-testid=receipt-number]"))!;

        var dispatcher = await portal.NewPageAsync();
        await dispatcher.SignInAsync("dispatcher");
        await dispatcher.GotoAsync("/Complaints");
        await dispatcher.Locator("[data-testid=to-route]").GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await dispatcher.Locator("[data-testid=route-form] button[type=submit]").ClickAsync();
        var complaintUrl = new Uri(dispatcher.Url).PathAndQuery;

        var officer = await portal.NewPageAsync();
        await officer.SignInAsync("fc.officer1");
        await officer.GotoAsync(complaintUrl);
        await officer.Locator("[data-testid=accept-form] button[type=submit]").ClickAsync();
        await officer.SelectOptionAsync("[data-testid=opinion-form] select[name=Outcome]", outcome);
        await officer.FillAsync("#opinion-content", opinion);
        if (outcome == "4")
        {
            await officer.FillAsync("#opinion-assist", "伊宁市市场监督管理局");
        }

        await officer.Locator("[data-testid=opinion-form] button[type=submit]").ClickAsync();
        await Expect(officer.Locator("[data-testid=complaint-outcome]")).ToBeVisibleAsync();
        return (receipt, complaintUrl);
    }

    [GeneratedRegex(@"(\d+)\s*\+\s*(\d+)")]
    private static partial Regex Sum();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
