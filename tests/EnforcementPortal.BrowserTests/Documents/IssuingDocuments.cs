using EnforcementPortal.BrowserTests.Infrastructure;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Documents;

/// <summary>An officer issues the rectification notice as a PDF from the case page, and anyone can verify it.</summary>
public sealed class IssuingDocuments(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task OfficerIssuesTheNoticeDownloadsItAndThePublicVerifiesIt()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("fc.officer1");
        Guid caseId;
        await using (var db = portal.Factory.CreateDbContext())
        {
            caseId = await db.Cases.Where(c => c.Department == DepartmentCode.Housing && c.State == CaseState.Rectifying)
                .Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        await page.GotoAsync($"/Cases/Details/{caseId}");
        var noticeRow = page.Locator("[data-testid=document-available][data-kind=RectificationNotice]");
        var download = await page.RunAndWaitForDownloadAsync(() => noticeRow.Locator("[data-testid=document-issue]").ClickAsync());

        download.SuggestedFilename.ShouldContain("房地产市场违规整改通知书");
        var path = Path.Combine(Path.GetTempPath(), $"notice-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        (await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken)).AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());

        await page.ReloadAsync();
        await page.ScreenshotAsync("case-documents");
        // The newest document issued is the notice just downloaded (the demo case may hold a 督办函 of its own).
        string code;
        await using (var db = portal.Factory.CreateDbContext())
        {
            code = await db.Set<IssuedDocument>().Where(d => d.CaseId == caseId && d.Kind == EnforcementDocumentKind.RectificationNotice)
                .OrderByDescending(d => d.IssuedAt).Select(d => d.VerificationCode).FirstAsync(TestContext.Current.CancellationToken);
        }

        var visitor = await portal.NewPageAsync(390, 844, isMobile: true);
        await visitor.GotoAsync($"/verify/{code}");
        await Expect(visitor.Locator("[data-testid=verify-title]")).ToContainTextAsync("整改通知书");
        await visitor.SetInputFilesAsync("input[type=file]", path);
        await visitor.Locator("form[enctype='multipart/form-data'] button[type=submit]").ClickAsync();
        await Expect(visitor.Locator("[data-testid=verify-result]")).ToContainTextAsync("文书核验一致");
        await visitor.ScreenshotAsync("verify-document");
        File.Delete(path);
    }

    [Fact]
    public async Task UnknownVerificationCodeIsReportedPlainly()
    {
        var visitor = await portal.NewPageAsync();

        await visitor.GotoAsync("/verify/ABCD-EFGH");

        await Expect(visitor.Locator("[data-testid=verify-not-found]")).ToHaveTextAsync("未找到该文书");
    }
}
