using System.Globalization;
using System.Text.RegularExpressions;
using EnforcementPortal.BrowserTests.Infrastructure;
using EnforcementPortal.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Enterprises;

/// <summary>
/// The enterprise acts for itself in a real browser: the officer issues the notice with its invitation code, the
/// enterprise (on a phone) sets its password from the code, signs in, replies with a photo for the finding, the officer
/// sees the reply on the case at once and reviews it; the enterprise applies for 复核, the chief decides, the enterprise reads it.
/// </summary>
public sealed partial class EnterpriseSelfService(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string Password = "Xuexiao@2026";

    [Fact]
    public async Task TheEnterpriseActivatesFromTheNoticeRepliesWithEvidenceAndItsReconsiderationIsDecided()
    {
        Guid caseId;
        string creditCode;
        await using (var db = portal.Factory.CreateDbContext())
        {
            var school = await db.Parties.SingleAsync(p => p.Name == "伊宁市第八中学", TestContext.Current.CancellationToken);
            creditCode = school.CreditCode;
            caseId = await db.Cases.Where(c => c.PartyId == school.Id && c.State == CaseState.Rectifying).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        var officer = await portal.NewPageAsync();
        await officer.SignInAsync("zj.officer1");
        await officer.GotoAsync($"/Cases/Details/{caseId}");
        var noticeRow = officer.Locator("[data-testid=document-available][data-kind=RectificationNotice]");
        await officer.RunAndWaitForDownloadAsync(() => noticeRow.Locator("[data-testid=document-issue]").ClickAsync());
        await officer.ReloadAsync();
        var message = await officer.TextContentAsync("[data-testid=status-success]") ?? string.Empty;
        var code = InvitationCode().Match(message).Value;
        code.ShouldNotBeEmpty(message);

        var enterprise = await portal.NewPageAsync(390, 844, isMobile: true);
        await enterprise.GotoAsync($"/qiye/jihuo?xydm={creditCode}&code={code.Replace("-", string.Empty, StringComparison.Ordinal)}");
        await enterprise.FillAsync("#NewPassword", Password);
        await enterprise.FillAsync("#ConfirmPassword", Password);
        await enterprise.ClickAsync("[data-testid=enterprise-activation-form] button[type=submit]");
        await Expect(enterprise.Locator("[data-testid=enterprise-case-row]").First).ToBeVisibleAsync();
        await enterprise.Locator("form[data-testid=enterprise-logout] button").ClickAsync();

        await enterprise.FillAsync("#CreditCode", creditCode);
        await enterprise.FillAsync("#Password", Password);
        await enterprise.ClickAsync("[data-testid=enterprise-login-form] button[type=submit]");
        await enterprise.GotoAsync($"/qiye/anjian/{caseId}");
        await enterprise.SelectOptionAsync("#Kind", ((int)ReplyKind.Receipt).ToString(CultureInfo.InvariantCulture));
        await enterprise.FillAsync("#Content", "已对3层梁板钢筋保护层返工，附整改后照片。");
        await enterprise.SetInputFilesAsync("#finding-1", new Microsoft.Playwright.FilePayload { Name = "整改后照片.png", MimeType = "image/png", Buffer = TinyPng });
        await enterprise.ClickAsync("[data-testid=enterprise-reply-form] button[type=submit]");
        await Expect(enterprise.Locator("[data-testid=status-success]")).ToContainTextAsync("整改回复已提交");
        await Expect(enterprise.Locator("[data-testid=enterprise-replies]")).ToContainTextAsync("整改后照片.png");
        await enterprise.ScreenshotAsync("enterprise-reply");

        await officer.GotoAsync($"/Cases/Details/{caseId}");
        await Expect(officer.Locator("body")).ToContainTextAsync("已对3层梁板钢筋保护层返工");
        await Expect(officer.Locator("[data-testid=timeline]")).ToContainTextAsync("伊宁市第八中学（企业网上提交）");
        await new CaseJourney(officer, "郑晓燕").ReviewAsync(rectified: true);

        // The officer's review changed the case since the enterprise's page was drawn: it applies from a fresh page.
        await enterprise.ReloadAsync();
        await enterprise.FillAsync("#Grounds", "检查当日混凝土尚未浇筑，保护层可在浇筑前调整，请求复核。");
        await enterprise.ClickAsync("[data-testid=reconsideration-form] button[type=submit]");
        await Expect(enterprise.Locator("[data-testid=status-success]")).ToContainTextAsync("复核申请已提交");
        var chief = await portal.NewPageAsync();
        await chief.SignInAsync("zj.chief");
        await chief.GotoAsync($"/Cases/Details/{caseId}");
        var decision = chief.Locator("[data-testid=reconsideration-decision-form]");
        await decision.Locator("textarea[name=Reasons]").FillAsync("经复核，检查时钢筋已绑扎完毕待验收，原执法行为事实清楚。");
        await decision.Locator("button[type=submit]").ClickAsync();
        await Expect(chief.Locator("[data-testid=reconsiderations]")).ToContainTextAsync("维持原执法行为");

        await enterprise.ReloadAsync();
        await Expect(enterprise.Locator("[data-testid=reconsideration-decision]")).ToContainTextAsync("维持原执法行为");
        await enterprise.ScreenshotAsync("enterprise-reconsideration");
    }

    private static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [GeneratedRegex("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}")]
    private static partial Regex InvitationCode();
}
