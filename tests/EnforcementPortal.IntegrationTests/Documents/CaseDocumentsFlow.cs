using System.Net;
using System.Net.Http.Headers;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Documents;

/// <summary>Issuing a notice from a demo case, downloading it, and checking it on the public verification page.</summary>
public sealed class CaseDocumentsFlow(DocumentsPortalFactory factory) : IClassFixture<DocumentsPortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OfficerIssuesANoticeAndDownloadsTheSameBytesAgain()
    {
        var (caseId, noticeId) = await HousingNoticeAsync();
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var (documentUrl, pdf) = await IssueAsync(officer, caseId, noticeId);
        var again = await officer.Http.GetByteArrayAsync(new Uri(documentUrl, UriKind.Relative), Cancel);

        pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8).ShouldBeTrue();
        again.ShouldBe(pdf);
        var page = await officer.GetPageAsync($"/Cases/Details/{caseId}");
        var issued = page.QuerySelectorAll("[data-testid=issued-document]");
        issued.ShouldContain(li => li.TextContent.Contains("房地产市场违规整改通知书", StringComparison.Ordinal));
        page.QuerySelector("[data-testid=timeline]")!.TextContent.ShouldContain("出具《房地产市场违规整改通知书》");
    }

    [Fact]
    public async Task VerificationPageShowsTheRecordWithoutPersons()
    {
        var document = await IssuedNoticeAsync();
        using var visitor = PortalClient.Anonymous(factory);

        var page = await visitor.GetPageAsync($"/verify/{document.VerificationCode}");

        page.QuerySelector("[data-testid=verify-title]")!.TextContent.ShouldBe("房地产市场违规整改通知书");
        page.QuerySelector("[data-testid=verify-number]")!.TextContent.ShouldBe(document.DocumentNumber);
        page.QuerySelector("[data-testid=verify-hash]")!.TextContent.ShouldBe(document.Sha256);
        page.Body!.TextContent.ShouldNotContain(document.IssuedByName);
    }

    [Fact]
    public async Task TheVerificationPageShowsTheDatePrintedOnTheDocumentNotTheDayItWasProduced()
    {
        var document = await IssuedNoticeAsync();
        await using var db = factory.CreateDbContext();
        var c = await db.Cases.AsNoTracking().AsSplitQuery().SingleAsync(x => x.Id == document.CaseId, Cancel);
        var issuedOn = c.Notices.Single(n => n.Id == document.SubjectId).IssuedOn;
        issuedOn.ShouldNotBe(DateOnly.FromDateTime(document.IssuedAt), "the demo notice was issued days before this test produced its PDF");
        using var visitor = PortalClient.Anonymous(factory);

        var page = await visitor.GetPageAsync($"/verify/{document.VerificationCode}");

        document.DocumentDate.ShouldBe(issuedOn);
        page.QuerySelector("[data-testid=verify-date]")!.TextContent.ShouldBe($"{issuedOn.Year}年{issuedOn.Month}月{issuedOn.Day}日");
    }

    [Fact]
    public async Task TheArchiveVolumeIsOnePerCaseUntilTheRecordChanges()
    {
        var document = await IssuedNoticeAsync();
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var first = await IssueVolumeAsync(officer, document.CaseId);
        var again = await IssueVolumeAsync(officer, document.CaseId);
        again.ShouldBe(first);
        await using (var db = factory.CreateDbContext())
        {
            (await db.Set<IssuedDocument>().CountAsync(d => d.CaseId == document.CaseId && d.Kind == EnforcementDocumentKind.ArchiveVolume, Cancel)).ShouldBe(1);
        }

        // The record changes (another document is issued): the next request makes edition 2 with the reason; the
        // first edition stays verifiable.
        await officer.PostFormAsync($"/Cases/Details/{document.CaseId}", $"/Cases/{document.CaseId}/Documents", new Dictionary<string, string> { ["kind"] = nameof(EnforcementDocumentKind.InspectionRecord) });
        var second = await IssueVolumeAsync(officer, document.CaseId);

        second.ShouldNotBe(first);
        await using var check = factory.CreateDbContext();
        var volumes = await check.Set<IssuedDocument>().AsNoTracking().Where(d => d.CaseId == document.CaseId && d.Kind == EnforcementDocumentKind.ArchiveVolume).OrderBy(d => d.Edition).ToListAsync(Cancel);
        volumes.Select(v => v.Edition).ShouldBe([1, 2]);
        volumes[1].ChangeReason.ShouldNotBeNull().ShouldContain("出具《现场检查笔录》");
        using var visitor = PortalClient.Anonymous(factory);
        (await visitor.GetPageAsync($"/verify/{volumes[0].VerificationCode}")).QuerySelector("[data-testid=verify-hash]")!.TextContent.ShouldBe(volumes[0].Sha256);
    }

    [Fact]
    public async Task InspectionNoticesOfADepartmentAndYearRunWithoutGapsOrLeadingZeros()
    {
        _ = factory.Server;
        List<Guid> caseIds;
        int year;
        await using (var db = factory.CreateDbContext())
        {
            var safety = await db.Cases.AsNoTracking().Where(c => c.Department == DepartmentCode.Safety).OrderBy(c => c.OpenedOn).ToListAsync(Cancel);
            year = safety[^1].OpenedOn.Year;
            caseIds = [.. safety.Where(c => c.OpenedOn.Year == year).Take(2).Select(c => c.Id)];
        }

        using var officer = await PortalClient.SignedInAsync(factory, "aj.officer1");
        foreach (var caseId in caseIds)
        {
            (await officer.PostFormAsync($"/Cases/Details/{caseId}", $"/Cases/{caseId}/Documents", new Dictionary<string, string> { ["kind"] = nameof(EnforcementDocumentKind.InspectionNotice) }))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        await using var check = factory.CreateDbContext();
        var numbers = await check.Set<IssuedDocument>().AsNoTracking()
            .Where(d => caseIds.Contains(d.CaseId) && d.Kind == EnforcementDocumentKind.InspectionNotice)
            .OrderBy(d => d.IssuedAt).Select(d => d.DocumentNumber!).ToListAsync(Cancel);
        var parsed = numbers.Select(DocumentNumber.TryParse).ToList();
        parsed.ShouldAllBe(n => n != null && n.Kind == DocumentNumberKind.Inspection && n.Year == year);
        parsed[1]!.Sequence.ShouldBe(parsed[0]!.Sequence + 1);
        numbers[0].ShouldBe($"伊建安检〔{year}〕{parsed[0]!.Sequence}号");
    }

    [Fact]
    public async Task TheGenuinePdfVerifiesAndAModifiedOneDoesNot()
    {
        var document = await IssuedNoticeAsync();
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var genuine = await officer.Http.GetByteArrayAsync(new Uri($"/Cases/{document.CaseId}/Documents/{document.Id}", UriKind.Relative), Cancel);
        var modified = (byte[])genuine.Clone();
        modified[modified.Length / 2] ^= 0x5A;
        using var visitor = PortalClient.Anonymous(factory);

        var good = await UploadAsync(visitor, document.VerificationCode, genuine);
        var bad = await UploadAsync(visitor, document.VerificationCode, modified);

        good.QuerySelector("[data-testid=verify-result]")!.TextContent.ShouldBe("文书核验一致");
        bad.QuerySelector("[data-testid=verify-result]")!.TextContent.ShouldBe("文件与登记的文书不一致");
    }

    [Fact]
    public async Task AnUnknownCodeIsNotFound()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var response = await visitor.Http.GetAsync(new Uri("/verify/2222-2222", UriKind.Relative), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("未找到该文书");
    }

    [Fact]
    public async Task TheCodeFormLeadsToTheRecord()
    {
        var document = await IssuedNoticeAsync();
        using var visitor = PortalClient.Anonymous(factory);

        (await visitor.GetPageAsync("/verify")).QuerySelector("[data-testid=verify-form]").ShouldNotBeNull();
        var response = await visitor.Http.GetAsync(new Uri($"/verify?code={document.VerificationCode.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}", UriKind.Relative), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldEndWith($"/verify/{document.VerificationCode}");
    }

    [Fact]
    public async Task AnotherDepartmentsOfficerGetsNotFound()
    {
        var document = await IssuedNoticeAsync();
        using var qualityOfficer = await PortalClient.SignedInAsync(factory, "zj.officer1");

        var download = await qualityOfficer.Http.GetAsync(new Uri($"/Cases/{document.CaseId}/Documents/{document.Id}", UriKind.Relative), Cancel);
        var issue = await qualityOfficer.PostFormAsync("/Cases", $"/Cases/{document.CaseId}/Documents", new Dictionary<string, string> { ["kind"] = nameof(EnforcementDocumentKind.InspectionRecord) });

        download.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        issue.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheArchiveVolumeHoldsTheIssuedDocuments()
    {
        var document = await IssuedNoticeAsync();
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var response = await officer.PostFormAsync($"/Cases/Details/{document.CaseId}", $"/Cases/{document.CaseId}/Documents", new Dictionary<string, string> { ["kind"] = nameof(EnforcementDocumentKind.ArchiveVolume) });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var volume = await officer.Http.GetByteArrayAsync(response.Headers.Location!, Cancel);

        volume.AsSpan(0, 5).SequenceEqual("%PDF-"u8).ShouldBeTrue();
        volume.LongLength.ShouldBeGreaterThan(document.Length);
    }

    private static async Task<string> IssueVolumeAsync(PortalClient client, Guid caseId)
    {
        var response = await client.PostFormAsync($"/Cases/Details/{caseId}", $"/Cases/{caseId}/Documents", new Dictionary<string, string> { ["kind"] = nameof(EnforcementDocumentKind.ArchiveVolume) });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.Location!.ToString();
    }

    private async Task<(Guid CaseId, Guid NoticeId)> HousingNoticeAsync()
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var cases = await db.Cases.AsNoTracking().AsSplitQuery().Where(c => c.Department == DepartmentCode.Housing).ToListAsync(Cancel);
        var withNotice = cases.First(c => c.Notices.Count > 0);
        return (withNotice.Id, withNotice.Notices[0].Id);
    }

    private async Task<IssuedDocument> IssuedNoticeAsync()
    {
        var (caseId, noticeId) = await HousingNoticeAsync();
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        await IssueAsync(officer, caseId, noticeId);
        await using var db = factory.CreateDbContext();
        return await db.Set<IssuedDocument>().AsNoTracking().SingleAsync(d => d.CaseId == caseId && d.SubjectId == noticeId && d.Kind == EnforcementDocumentKind.RectificationNotice, Cancel);
    }

    private static async Task<(string Url, byte[] Pdf)> IssueAsync(PortalClient client, Guid caseId, Guid noticeId)
    {
        var response = await client.PostFormAsync($"/Cases/Details/{caseId}", $"/Cases/{caseId}/Documents", new Dictionary<string, string>
        {
            ["kind"] = nameof(EnforcementDocumentKind.RectificationNotice),
            ["subjectId"] = noticeId.ToString(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = response.Headers.Location!.ToString();
        url.ShouldStartWith($"/Cases/{caseId}/Documents/");
        var download = await client.Http.GetAsync(new Uri(url, UriKind.Relative), Cancel);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        return (url, await download.Content.ReadAsByteArrayAsync(Cancel));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> UploadAsync(PortalClient client, string code, byte[] pdf)
    {
        var page = await client.GetPageAsync($"/verify/{code}");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", "notice.pdf");
        var response = await client.Http.PostAsync(new Uri($"/verify/{code}", UriKind.Relative), content, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await PortalClient.ParseAsync(response);
    }
}
