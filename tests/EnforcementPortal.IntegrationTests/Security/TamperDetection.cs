using System.Globalization;
using System.Net;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>What a change made behind the application's back looks like on the case page and the evidence download.</summary>
public sealed class TamperDetection(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StateChangedInTheDatabaseIsReported()
    {
        var id = await CaseAsync(DepartmentCode.Housing, CaseState.Archived);
        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        (await leader.GetPageAsync($"/Cases/Details/{id}")).QuerySelector("[data-testid=timeline-intact]").ShouldNotBeNull();

        await ExecuteAsync($"UPDATE Cases SET State = {(int)CaseState.Rectifying} WHERE Id = '{id.ToString().ToUpperInvariant()}'");

        var page = await leader.GetPageAsync($"/Cases/Details/{id}");
        page.QuerySelector("[data-testid=timeline-intact]").ShouldBeNull();
        page.QuerySelector("[data-testid=timeline-broken]")!.TextContent.ShouldContain("状态被直接修改");
        await using var db = factory.CreateDbContext();
        (await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.TimelineBroken && e.Target.Contains(id.ToString()), Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task DeletedLastEntryIsReported()
    {
        var id = await CaseAsync(DepartmentCode.Quality, CaseState.Archived);
        await ExecuteAsync($"DELETE FROM CaseEvents WHERE CaseId = '{id.ToString().ToUpperInvariant()}' AND Sequence = (SELECT MAX(Sequence) FROM CaseEvents WHERE CaseId = '{id.ToString().ToUpperInvariant()}')");
        using var leader = await PortalClient.SignedInAsync(factory, "leader");

        var page = await leader.GetPageAsync($"/Cases/Details/{id}");

        page.QuerySelector("[data-testid=timeline-broken]")!.TextContent.ShouldContain("记录被删除或插入");
    }

    [Fact]
    public async Task EvidenceAlteredOnDiskIsNeitherServedNorPassed()
    {
        var (id, version) = await OpenCaseAsync(DepartmentCode.Housing);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        (await UploadAsync(officer, id, version, TinyPng, "现场照片.png")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = factory.CreateDbContext())
        {
            var evidence = (await db.Cases.SingleAsync(c => c.Id == id, Ct)).Evidence.Single();
            var url = $"/Cases/{id}/Evidence/{evidence.Id}";
            var served = await officer.Http.GetAsync(new Uri(url, UriKind.Relative), Ct);
            served.StatusCode.ShouldBe(HttpStatusCode.OK);
            served.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");

            var root = factory.Services.GetRequiredService<IOptions<FileStoreOptions>>().Value.Root;
            await File.AppendAllTextAsync(Path.Combine(root, evidence.StorageKey), "tampered", Ct);

            var refused = await officer.Http.GetAsync(new Uri(url, UriKind.Relative), Ct);
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("可能已被篡改");
        }

        var page = await officer.GetPageAsync($"/Cases/Details/{id}");
        page.QuerySelector("[data-testid=timeline-broken]")!.TextContent.ShouldContain("现场照片.png");
    }

    [Fact]
    public async Task EvidenceRewrittenAfterTheCasePageCheckedItIsReportedOnTheNextView()
    {
        var (id, version) = await OpenCaseAsync(DepartmentCode.Housing);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        (await UploadAsync(officer, id, version, TinyPng, "整改前照片.png")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.GetPageAsync($"/Cases/Details/{id}")).QuerySelector("[data-testid=timeline-intact]").ShouldNotBeNull();

        // Same length, other bytes, written later: the page has seen the file intact, and must not trust that any longer.
        var path = await EvidencePathAsync(id);
        await File.WriteAllBytesAsync(path, Forged(TinyPng), Ct);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(1));

        var page = await officer.GetPageAsync($"/Cases/Details/{id}");
        page.QuerySelector("[data-testid=timeline-broken]")!.TextContent.ShouldContain("整改前照片.png");
    }

    [Fact]
    public async Task EvidenceAlteredWithItsStampForgedIsRefusedAndThenReported()
    {
        var (id, version) = await OpenCaseAsync(DepartmentCode.Housing);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        (await UploadAsync(officer, id, version, TinyPng, "复查照片.png")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.GetPageAsync($"/Cases/Details/{id}")).QuerySelector("[data-testid=timeline-intact]").ShouldNotBeNull();

        // Other bytes of the same length, and the last write time put back: the store's stamp is unchanged.
        var path = await EvidencePathAsync(id);
        var written = File.GetLastWriteTimeUtc(path);
        await File.WriteAllBytesAsync(path, Forged(TinyPng), Ct);
        File.SetLastWriteTimeUtc(path, written);
        await using (var db = factory.CreateDbContext())
        {
            var evidence = (await db.Cases.SingleAsync(c => c.Id == id, Ct)).Evidence.Single();
            var refused = await officer.Http.GetAsync(new Uri($"/Cases/{id}/Evidence/{evidence.Id}", UriKind.Relative), Ct);
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        }

        var page = await officer.GetPageAsync($"/Cases/Details/{id}");
        page.QuerySelector("[data-testid=timeline-broken]")!.TextContent.ShouldContain("复查照片.png");
    }

    private static byte[] Forged(byte[] original)
    {
        var forged = (byte[])original.Clone();
        forged[^1] ^= 0xFF;
        return forged;
    }

    private async Task<string> EvidencePathAsync(Guid caseId)
    {
        await using var db = factory.CreateDbContext();
        var evidence = (await db.Cases.SingleAsync(c => c.Id == caseId, Ct)).Evidence.Single();
        var root = factory.Services.GetRequiredService<IOptions<FileStoreOptions>>().Value.Root;
        return Path.Combine(root, evidence.StorageKey);
    }

    [Fact]
    public async Task PdfWithAnOpenActionScriptIsRefused()
    {
        var (id, version) = await OpenCaseAsync(DepartmentCode.Housing);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer2");
        var pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"u8.ToArray();

        var response = await UploadAsync(officer, id, version, pdf, "整改报告.pdf");

        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=status-error]")!.TextContent.ShouldContain("含有脚本");
        await using var db = factory.CreateDbContext();
        (await db.Cases.SingleAsync(c => c.Id == id, Ct)).Evidence.ShouldBeEmpty();
    }

    [Fact]
    public async Task RightToLeftOverrideIsRemovedFromTheFileName()
    {
        var (id, version) = await OpenCaseAsync(DepartmentCode.Housing);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        (await UploadAsync(officer, id, version, TinyPng, "photo\u202Egnp.exe")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = factory.CreateDbContext();
        (await db.Cases.SingleAsync(c => c.Id == id, Ct)).Evidence.Single().FileName.ShouldBe("photognp.exe");
        var page = await officer.GetPageAsync($"/Cases/Details/{id}");
        page.Body!.InnerHtml.ShouldNotContain("\u202E");
    }

    internal static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    internal static async Task<HttpResponseMessage> UploadAsync(PortalClient client, Guid id, int version, byte[] content, string name)
    {
        var token = (await client.GetPageAsync($"/Cases/Details/{id}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var upload = new MultipartFormDataContent
        {
            { new StringContent(version.ToString(CultureInfo.InvariantCulture)), "Version" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "Files", name },
        };
        return await client.Http.PostAsync(new Uri($"/Cases/{id}/AddEvidence", UriKind.Relative), upload, Ct);
    }

    /// <summary>A case of the department open for evidence, not used by another test of this class.</summary>
    private async Task<(Guid Id, int Version)> OpenCaseAsync(DepartmentCode department)
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var taken = Taken;
        var found = await db.Cases.Where(c => c.Department == department && c.State != CaseState.Ended && c.State != CaseState.Archived && c.Evidence.Count == 0 && !taken.Contains(c.Id))
            .OrderBy(c => c.Number).Select(c => new { c.Id, c.Version }).FirstAsync(Ct);
        lock (Taken)
        {
            Taken.Add(found.Id);
        }

        return (found.Id, found.Version);
    }

    private static readonly List<Guid> Taken = [];

    private async Task<Guid> CaseAsync(DepartmentCode department, CaseState state)
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        return await db.Cases.Where(c => c.Department == department && c.State == state).OrderBy(c => c.Number).Select(c => c.Id).FirstAsync(Ct);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var db = factory.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(sql, Ct);
    }
}
