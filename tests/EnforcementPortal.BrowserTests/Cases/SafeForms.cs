using EnforcementPortal.BrowserTests.Infrastructure;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Cases;

/// <summary>Forms that cannot end a case by accident, on the officer's phone (390×844).</summary>
public sealed class SafeForms(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABlankOrHalfFilledFindingRowIsRefusedAndNoViolationMustBeChosenAndConfirmed()
    {
        var page = await portal.NewPageAsync(390, 844, isMobile: true);
        await page.SignInAsync("fc.officer1");
        var before = await CaseCountAsync();

        await FillInspectionAsync(page);
        await page.ClickAsync("[data-testid=new-inspection-form] button[type=submit]");

        await Expect(page.Locator("[data-testid=form-errors]")).ToContainTextAsync("请逐项填写发现的问题；确未发现问题的，请选择“未发现问题”并确认");
        await page.ScreenshotAsync("form-blank-finding-refused-phone");
        (await CaseCountAsync()).ShouldBe(before, "a blank finding row must not save a 未发现问题 case");

        await page.FillAsync("#Findings_0__Location", "3号楼东侧");
        await page.ClickAsync("[data-testid=new-inspection-form] button[type=submit]");
        await Expect(page.Locator("[data-testid=form-errors]")).ToContainTextAsync("第1项只填写了部位或严重程度，请填写问题描述");
        (await CaseCountAsync()).ShouldBe(before);

        await page.FillAsync("#Findings_0__Location", string.Empty);
        await Expect(page.Locator("#NoViolationConfirmed")).ToBeHiddenAsync();
        await page.CheckAsync("#NoViolation");
        await Expect(page.Locator("#NoViolationConfirmed")).ToBeVisibleAsync();
        await page.ClickAsync("[data-testid=new-inspection-form] button[type=submit]");
        await Expect(page.Locator("[data-testid=form-errors]")).ToContainTextAsync("请勾选确认");
        (await CaseCountAsync()).ShouldBe(before, "未发现问题 is saved only once confirmed");
    }

    [Fact]
    public async Task TheReviewFormStartsBlankAndItsConclusionFollowsFromTheItems()
    {
        var caseId = await FirstCaseAsync(DepartmentCode.Housing, CaseState.AwaitingReview);
        var page = await portal.NewPageAsync(390, 844, isMobile: true);
        await page.SignInAsync("fc.officer1");
        await page.GotoAsync($"/Cases/Details/{caseId}");

        var form = page.Locator("[data-testid=form-review]");
        await Expect(form.Locator("input[type=radio]:checked")).ToHaveCountAsync(0);
        await Expect(form.Locator("[data-testid=review-outcome]")).ToContainTextAsync("待逐项选择");
        await page.ScreenshotAsync("form-review-blank-phone");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "nothing scrolls sideways");

        await form.Locator("#Review_Remarks").FillAsync("经现场复查。");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=form-review] [data-testid=form-errors]")).ToContainTextAsync("请逐项选择是否整改到位");

        var items = page.Locator("[data-testid=form-review] [data-review-item]");
        var count = await items.CountAsync();
        for (var i = 0; i < count; i++)
        {
            await items.Nth(i).GetByText("到位", new() { Exact = true }).ClickAsync();
        }

        await Expect(page.Locator("[data-testid=review-outcome]")).ToHaveTextAsync("整改到位");
        await items.Nth(0).GetByText("未到位", new() { Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-testid=review-outcome]")).ToHaveTextAsync("整改未到位");
    }

    [Fact]
    public async Task AChiefWhoInspectedTheCaseCannotApproveItsTransferAndTheLeaderCan()
    {
        var chief = await portal.NewPageAsync(390, 844, isMobile: true);
        await chief.SignInAsync("jg.chief");
        var journey = new CaseJourney(chief, "赵磊");
        await journey.NewInspectionAsync(6, "伊宁市城东商住楼项目", "伊宁市阿合买提江路18号", new FindingEntry("未办理施工许可擅自开工建设", Serious: true));
        await journey.IssueNoticeAsync(5);
        await journey.InterviewAsync(cooperative: true);
        await journey.ExpectStateAsync("待移交");

        var officer = await portal.NewPageAsync(390, 844, isMobile: true);
        await officer.SignInAsync("jg.officer1");
        await officer.GotoAsync(journey.CaseUrl);
        await new CaseJourney(officer, "赵磊").RequestTransferAsync();

        await chief.GotoAsync(journey.CaseUrl);
        await Expect(chief.Locator("[data-testid=recusal]")).ToContainTextAsync("依回避规定不能审批本案移交");
        await Expect(chief.Locator("button", new() { HasText = "批准移交" })).ToHaveCountAsync(0);
        await chief.ScreenshotAsync("case-approval-recusal-phone");

        var legal = await portal.NewPageAsync();
        await legal.SignInAsync("legal");
        await CaseJourney.RecordLegalReviewAsync(legal, journey.CaseUrl);

        var leader = await portal.NewPageAsync();
        await leader.SignInAsync("leader");
        await leader.GotoAsync(journey.CaseUrl);
        await leader.Locator("[data-testid=form-approval] button", new() { HasText = "批准移交" }).ClickAsync();
        await Expect(leader.Locator("[data-testid=status-success]")).ToContainTextAsync("已批准移交");
        await Expect(leader.Locator("[data-testid=case-state]")).ToHaveTextAsync("已移交待立案反馈");
    }

    private static async Task FillInspectionAsync(IPage page)
    {
        await page.GotoAsync("/Cases/New");
        await page.FillAsync("#PartyCreditCode", DemoPeople.CreditCodeFor(2).Value);
        await page.FillAsync("#SiteName", "伊宁市南岸新区售楼处");
        await page.FillAsync("#SiteAddress", "伊宁市南岸新区1号");
        await page.FillAsync("#Narrative", "执法人员出示执法证件，对售楼处进行现场检查。");
        await page.Locator("[data-testid=new-inspection-form] label", new() { HasText = "张丽" }).ClickAsync();
    }

    private async Task<int> CaseCountAsync()
    {
        await using var db = portal.Factory.CreateDbContext();
        return await db.Cases.CountAsync(Ct);
    }

    private async Task<Guid> FirstCaseAsync(DepartmentCode department, CaseState state)
    {
        await using var db = portal.Factory.CreateDbContext();
        return await db.Cases.Where(c => c.Department == department && c.State == state).OrderBy(c => c.Number).Select(c => c.Id).FirstAsync(Ct);
    }
}
