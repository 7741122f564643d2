using EnforcementPortal.BrowserTests.Infrastructure;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Cases;

/// <summary>A 人防 officer cites a 人防 matter found by searching the catalogue, and the 移交单 prints its law.</summary>
public sealed class CivilAirDefenseTransfer(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string Matter = "对城市新建民用建筑违反国家有关规定不修建战时可用于防空的地下室的处罚";

    [Fact]
    public async Task TheOfficerFindsTheCivilAirDefenseMatterBySearchAndTheTransferFormPrintsItsLaw()
    {
        var page = await portal.NewPageAsync(390, 844, isMobile: true);
        await page.SignInAsync("rf.officer1");
        var journey = new CaseJourney(page, "周静");
        await journey.NewInspectionAsync(6, "伊宁市锦绣华庭二期住宅楼", "伊宁市解放西路88号", new FindingEntry("新建住宅楼未按规定修建战时可用于防空的地下室", Serious: true));
        await journey.IssueNoticeAsync(5);
        await journey.InterviewAsync(cooperative: true);
        await journey.ExpectStateAsync("待移交");

        var picker = page.Locator("[data-testid=penalty-matter-picker]");
        await Expect(picker.Locator("[data-matter-option]").First).ToContainTextAsync("人民防空法");
        await page.ScreenshotAsync("transfer-matter-picker-phone");
        await journey.RequestTransferCitingAsync("第四十八条", Matter);

        var legal = await portal.NewPageAsync();
        await legal.SignInAsync("legal");
        await CaseJourney.RecordLegalReviewAsync(legal, journey.CaseUrl);

        var chief = await portal.NewPageAsync();
        await chief.SignInAsync("rf.chief");
        await chief.GotoAsync(journey.CaseUrl);
        await chief.Locator("[data-testid=form-approval] button", new() { HasText = "批准移交" }).ClickAsync();
        await Expect(chief.Locator("[data-testid=status-success]")).ToContainTextAsync("已批准移交");

        await page.GotoAsync(journey.CaseUrl);
        var row = page.Locator("[data-testid=document-available][data-kind=TransferForm]");
        var download = await page.RunAndWaitForDownloadAsync(() => row.Locator("[data-testid=document-issue]").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"transfer-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        string text;
        using (var pdf = PdfDocument.Open(path))
        {
            text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        }

        // The row's two-line label "涉嫌违法的行政处罚 / 事项及依据" is drawn line by line beside the value, so in the
        // page's text its second line falls between the value's first and second lines: read the value without it.
        text = text.Replace("事项及依据", string.Empty, StringComparison.Ordinal);

        File.Delete(path);
        text.ShouldContain(Matter);
        text.ShouldContain("《中华人民共和国人民防空法》第四十八条");
        text.ShouldContain("可以并处十万元以下的罚款");
        text.ShouldContain("伊宁市住房和城乡建设局人民防空办公室");
        text.ShouldNotContain("陕西");
    }
}
