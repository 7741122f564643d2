using EnforcementPortal.BrowserTests.Infrastructure;
using EnforcementPortal.Domain.Cases;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Cases;

/// <summary>
/// 法制审核 (建法〔2025〕40号 (九)、(十三)): a transfer waits for the legal reviewer before the chief may approve it; a case
/// whose finding is linked to a penalty matter is not archived on its rectification alone.
/// </summary>
public sealed class LegalReviewJourneys(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task ATransferIsBlockedUntilTheLegalReviewThenApproved()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("jg.officer1");
        var journey = new CaseJourney(page, "赵磊");
        await journey.NewInspectionAsync(7, "伊宁市第八中学实验楼项目", "伊宁市斯大林街3巷21号", new FindingEntry("未取得施工许可证擅自施工", Serious: true));
        await journey.IssueNoticeAsync(5);
        await journey.InterviewAsync(cooperative: true);
        await journey.RequestTransferAsync();

        var chief = await portal.NewPageAsync();
        await chief.SignInAsync("jg.chief");
        await chief.GotoAsync("/Cases/Queue");
        await Expect(chief.Locator("[data-testid=queue-approvals] [data-testid=awaits-legal-review]").First).ToHaveTextAsync("待法制审核");
        await chief.GotoAsync(journey.CaseUrl);
        await Expect(chief.Locator("[data-testid=blocked-steps]")).ToContainTextAsync(CaseLifecycle.GuardLegalReviewBeforeApproval);
        await Expect(chief.Locator("[data-testid=form-approval] button", new() { HasText = "批准移交" })).ToHaveCountAsync(0);

        var legal = await portal.NewPageAsync(390, 844, isMobile: true);
        await legal.SignInAsync("legal");
        await legal.GotoAsync("/LegalReviews");
        await legal.Locator("[data-testid=legal-review-transfers] a", new() { HasText = "伊宁市第八中学实验楼项目" }).First.ClickAsync();
        await legal.ScreenshotAsync("legal-review-form-phone");
        await CaseJourney.RecordLegalReviewAsync(legal, journey.CaseUrl, "Agreed", "未取得施工许可证擅自施工，事实清楚，证据充分，引用事项适当，同意移交。");
        await Expect(legal.Locator("[data-testid=timeline]")).ToContainTextAsync("法制审核（案件移交）：同意移交");

        await chief.GotoAsync(journey.CaseUrl);
        await chief.Locator("[data-testid=form-approval] button", new() { HasText = "批准移交" }).ClickAsync();
        await Expect(chief.Locator("[data-testid=status-success]")).ToContainTextAsync("已批准移交");
        await Expect(chief.Locator("[data-testid=case-state]")).ToHaveTextAsync("已移交待立案反馈");
    }

    [Fact]
    public async Task ACaseWithAPenaltyLinkedFindingIsRefusedAtArchiveAfterRectificationAlone()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("fc.officer1");
        var journey = new CaseJourney(page, "张丽");
        await journey.NewInspectionAsync(0, "恒基·伊犁河畔花园三期售楼中心", "伊宁市解放西路190号", new FindingEntry("未取得商品房预售许可证即收取购房定金", LinkedToPenaltyMatter: true));
        await journey.IssueNoticeAsync(7);
        await journey.RecordReplyAsync("已全额退还定金，停止收取并公示整改情况。");
        await journey.ReviewAsync(rectified: true);
        await journey.ExpectStateAsync("已办结待归档");

        await Expect(page.Locator("[data-testid=form-archive]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=blocked-steps]")).ToContainTextAsync(CaseLifecycle.GuardNoRectificationInsteadOfPenalty);
        await page.ScreenshotAsync("archive-refused-rectification-instead-of-penalty");

        var legal = await portal.NewPageAsync();
        await legal.SignInAsync("legal");
        await legal.GotoAsync("/LegalReviews");
        await Expect(legal.Locator("[data-testid=legal-review-closings]")).ToContainTextAsync("恒基·伊犁河畔花园三期售楼中心");
        await CaseJourney.RecordLegalReviewAsync(legal, journey.CaseUrl, "Agreed", "当事人首次违法，已在期限内退还定金并改正，未造成危害后果，依法不予行政处罚。");

        await page.GotoAsync(journey.CaseUrl);
        await journey.ArchiveAsync();
        await journey.ExpectStateAsync("已归档");
    }
}
