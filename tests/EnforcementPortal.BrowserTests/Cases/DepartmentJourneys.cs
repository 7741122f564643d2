using EnforcementPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Cases;

/// <summary>One real path per department, from 新建检查 to 归档, as the seed's procedures describe them.</summary>
public sealed class DepartmentJourneys(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task HousingGeneralFindingIsRectifiedAfterOneInterview()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("fc.officer1");
        var journey = new CaseJourney(page, "张丽");

        await journey.NewInspectionAsync(1, "天山经纪解放路门店", "伊宁市解放路120号", new FindingEntry("未在经营场所公示房地产经纪服务收费标准"));
        await journey.ExpectStateAsync("待下发整改通知书");
        await page.ScreenshotAsync("case-housing-new");
        await journey.IssueNoticeAsync(15);
        await journey.ExpectStateAsync("整改中");
        await journey.RecordReplyAsync("已在门店醒目位置公示收费标准。");
        await journey.ReviewAsync(rectified: false);
        await journey.ExpectStateAsync("待约谈");
        await journey.InterviewAsync(cooperative: true, newDeadlineDays: 7);
        await journey.ExpectStateAsync("整改中");
        await journey.RecordReplyAsync("已按约谈要求全面整改，提交公示照片。");
        await journey.ReviewAsync(rectified: true);
        await journey.ExpectStateAsync("已办结待归档");
        await journey.ArchiveAsync();
        await journey.ExpectStateAsync("已归档");
        await Expect(page.Locator("[data-testid=timeline-intact]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("case-housing-archived");
    }

    [Fact]
    public async Task ConstructionSeriousFindingIsTransferredDirectlyAndTrackedToDisposal()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("jg.officer1");
        var journey = new CaseJourney(page, "赵磊");

        await journey.NewInspectionAsync(6, "伊宁市滨河公园配套用房项目", "伊宁市伊犁河路南岸", new FindingEntry("未取得施工许可证擅自施工", Serious: true));
        await journey.ExpectStateAsync("待约谈");
        await journey.IssueNoticeAsync(5);
        await journey.InterviewAsync(cooperative: true);
        await journey.ExpectStateAsync("待移交");
        await journey.RequestTransferAsync();
        await journey.ExpectStateAsync("移交待审批");

        var legal = await portal.NewPageAsync();
        await legal.SignInAsync("legal");
        await CaseJourney.RecordLegalReviewAsync(legal, journey.CaseUrl);

        var chief = await portal.NewPageAsync();
        await chief.SignInAsync("jg.chief");
        await chief.GotoAsync(journey.CaseUrl);
        await chief.ScreenshotAsync("case-construction-approval");
        await chief.Locator("[data-testid=form-approval] button", new() { HasText = "批准移交" }).ClickAsync();
        await Expect(chief.Locator("[data-testid=status-success]")).ToContainTextAsync("已批准移交");

        await page.GotoAsync(journey.CaseUrl);
        await journey.ExpectStateAsync("已移交待立案反馈");
        await journey.RecordFilingAsync();
        await journey.RecordDisposalAsync();
        await journey.ExpectStateAsync("已办结待归档");
        await journey.ArchiveAsync();
        await journey.ExpectStateAsync("已归档");
        await page.ScreenshotAsync("case-construction-archived");
    }

    [Fact]
    public async Task CivilAirDefenceNoViolationIsEndedAndArchived()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("rf.officer1");
        var journey = new CaseJourney(page, "周静");

        await journey.NewInspectionAsync(0, "恒基·伊犁河畔花园地下人防工程", "伊宁市解放西路188号");

        await journey.ExpectStateAsync("已归档");
        await Expect(page.Locator("[data-testid=no-actions]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("case-civil-air-defence-archived");
    }

    [Fact]
    public async Task SafetyFailedReviewLeadsToAnInterviewWithANewNoticeThenRectification()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("aj.officer1");
        var journey = new CaseJourney(page, "吴斌");

        await journey.NewInspectionAsync(7, "伊犁华宇·城北安置小区3#楼", "伊宁市天津路北延段", new FindingEntry("外脚手架剪刀撑设置不连续"), new FindingEntry("施工电梯防护门联锁失效"));
        await journey.IssueNoticeAsync(7);
        await journey.RecordReplyAsync("已补设剪刀撑，更换施工电梯门联锁装置。");
        await journey.ReviewAsync(rectified: false);
        await journey.ExpectStateAsync("待约谈");
        await Expect(page.Locator("[data-testid=form-interview]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("case-safety-interview-needs-notice");
        await journey.IssueNoticeAsync(5);
        await journey.InterviewAsync(cooperative: true);
        await journey.ExpectStateAsync("整改中");
        await journey.RecordReplyAsync("已全部整改完毕并经项目监理复核。");
        await journey.ReviewAsync(rectified: true);
        await journey.ArchiveAsync();
        await journey.ExpectStateAsync("已归档");
        await page.ScreenshotAsync("case-safety-archived");
    }

    [Fact]
    public async Task QualityRefusalAfterInterviewIsTransferredWithTheChiefsApprovalToDisposalAndArchive()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("zj.officer1");
        var journey = new CaseJourney(page, "郑晓燕");

        await journey.NewInspectionAsync(10, "英也尔乡中心小学综合楼", "伊宁市英也尔乡", new FindingEntry("砌体灰缝砂浆饱满度不足"));
        await journey.IssueNoticeAsync(10);
        await journey.RecordReplyAsync("正在组织返工。");
        await journey.ReviewAsync(rectified: false);
        await journey.InterviewAsync(cooperative: false);
        await journey.ExpectStateAsync("待移交");
        await journey.RequestTransferAsync();

        var chief = await portal.NewPageAsync();
        await chief.SignInAsync("zj.chief");
        await chief.GotoAsync("/Cases/Queue");
        await Expect(chief.Locator("[data-testid=queue-approvals]")).ToContainTextAsync("英也尔乡中心小学综合楼");
        await chief.ScreenshotAsync("chief-queue");
        var legal = await portal.NewPageAsync();
        await legal.SignInAsync("legal");
        await CaseJourney.RecordLegalReviewAsync(legal, journey.CaseUrl);
        await chief.GotoAsync(journey.CaseUrl);
        await chief.Locator("[data-testid=form-approval] button", new() { HasText = "批准移交" }).ClickAsync();
        await Expect(chief.Locator("[data-testid=status-success]")).ToContainTextAsync("已批准移交");

        await page.GotoAsync(journey.CaseUrl);
        await journey.RecordFilingAsync();
        await journey.RecordDisposalAsync();
        await journey.ArchiveAsync();
        await journey.ExpectStateAsync("已归档");
        await page.ScreenshotAsync("case-quality-archived");
    }

    [Fact]
    public async Task OfficerSeesWhyAStepIsRefused()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("fc.officer1");
        await page.GotoAsync("/Cases/New");
        await page.FillAsync("#PartyCreditCode", EnforcementPortal.Infrastructure.Seeding.DemoPeople.CreditCodeFor(1).Value);
        await page.FillAsync("#SiteName", "天山经纪新华路门店");
        await page.FillAsync("#SiteAddress", "伊宁市新华东路56号");
        await page.FillAsync("#Narrative", "现场检查。");
        await page.FillAsync("#Findings_0__Description", "门店未公示备案证明");
        await page.Locator("select[name='Findings[0].Severity']").SelectOptionAsync("General");
        await page.Locator("[data-testid=new-inspection-form] label", new() { HasText = "陈刚" }).ClickAsync();

        await page.ClickAsync("[data-testid=new-inspection-form] button[type=submit]");

        await Expect(page.Locator("[data-testid=form-errors]")).ToContainTextAsync("陈刚的执法证");
        await Expect(page.Locator("#SiteName")).ToHaveValueAsync("天山经纪新华路门店");
        await page.ScreenshotAsync("new-inspection-expired-certificate");
    }
}
