using System.Net;
using System.Text.RegularExpressions;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static EnforcementPortal.IntegrationTests.Complaints.ComplaintClient;

namespace EnforcementPortal.IntegrationTests.Complaints;

/// <summary>
/// 协查通知单 (委内) / 协查意见书 (委外) issued from a complaint with outcome 协查: a PDF with its 文号 and verification code,
/// never the complainant's name or phone; the assisting unit's answer is recorded within its 10 working days.
/// </summary>
public sealed partial class AssistDocumentFlow(ComplaintPortalFactory factory) : IClassFixture<ComplaintPortalFactory>
{
    private const string Name = "欧阳秀英";
    private const string Phone = "13966651234";

    [Theory]
    [InlineData("Internal", "房地产市场违法违规案件协查通知单")]
    [InlineData("External", "房地产市场违法违规案件协查意见书")]
    public async Task TheAssistDocumentIsAPdfWithNumberAndCodeAndNoComplainant(string scope, string title)
    {
        var id = await AssistRequestedAsync();
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var page = await officer.GetPageAsync($"/Complaints/{id}/Assist");
        var version = page.QuerySelector("[data-testid=form-assist-document] input[name=version]")!.GetAttribute("value")!;

        var issued = await officer.PostFormAsync($"/Complaints/{id}/Assist", $"/Complaints/{id}/Assist", new Dictionary<string, string> { ["version"] = version, ["scope"] = scope });

        issued.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var download = await officer.Http.GetAsync(issued.Headers.Location, Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = Text(await download.Content.ReadAsByteArrayAsync(Ct));
        text.ShouldContain(title);
        text.ShouldContain("伊宁市市场监督管理局");
        text.ShouldNotContain(Name);
        text.ShouldNotContain("欧阳");
        text.ShouldNotContain(Phone);

        await using var db = factory.CreateDbContext();
        var document = await db.AssistDocuments.Where(d => d.ComplaintId == id).OrderByDescending(d => d.IssuedAt).FirstAsync(Ct);
        document.DocumentNumber.ShouldMatch(@"^伊建房协〔\d{4}〕\d+号$");
        text.ShouldContain(document.DocumentNumber);
        text.ShouldContain(document.VerificationCode);
        var listed = await officer.GetPageAsync($"/Complaints/{id}/Assist");
        listed.QuerySelector("[data-testid=assist-documents]")!.TextContent.ShouldContain(document.DocumentNumber);

        // The code printed on it verifies on the public page, which names the document and nothing of the complainant.
        using var visitor = PortalClient.Anonymous(factory);
        var verified = await visitor.GetPageAsync($"/verify/{document.VerificationCode}");
        verified.Body!.TextContent.ShouldContain(document.DocumentNumber);
        verified.Body.TextContent.ShouldNotContain(Name);
        verified.QuerySelector("[data-testid=verify-hash]")!.TextContent.ShouldBe(document.Sha256);
    }

    [Fact]
    public async Task TheAnswerIsRecordedAndAnOutsiderSeesNothing()
    {
        var id = await AssistRequestedAsync();
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        await StepAsync(officer, id, "AssistAnswer", new() { ["Date"] = factory.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Content"] = "经核查，该公司营业执照已吊销，已立案调查。" });

        var page = await officer.GetPageAsync($"/Complaints/{id}/Assist");
        page.QuerySelector("[data-testid=assist-answer]")!.TextContent.ShouldContain("营业执照已吊销");
        page.QuerySelector("[data-testid=assist-state]")!.TextContent.ShouldBe("已反馈");
        page.QuerySelector("[data-testid=form-assist-document]").ShouldBeNull("no document once the answer is in");

        using var outsider = await PortalClient.SignedInAsync(factory, "jg.officer1");
        (await outsider.Http.GetAsync(new Uri($"/Complaints/{id}/Assist", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<Guid> AssistRequestedAsync()
    {
        var (receipt, _) = await FileAsync(factory, Fields("伊宁市诚信房地产经纪有限公司", Name, Phone));
        var id = await IdOfAsync(factory, receipt);
        using var dispatcher = await PortalClient.SignedInAsync(factory, "dispatcher");
        await StepAsync(dispatcher, id, "RouteTo", new() { ["Department"] = "1" });
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        await using var db = factory.CreateDbContext();
        var handler = await db.Users.Where(u => u.UserName == "fc.officer1").Select(u => u.Id).SingleAsync(Ct);
        await StepAsync(officer, id, "Accept", new() { ["HandlerId"] = handler.ToString() });
        await StepAsync(officer, id, "Opinion", new() { ["Outcome"] = "4", ["Content"] = "需市场监管部门协查该公司主体资格。", ["AssistUnit"] = "伊宁市市场监督管理局" });
        return id;
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Whitespace().Replace(string.Concat(document.GetPages().Select(p => p.Text)), string.Empty);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
