using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Maintenance;
using EnforcementPortal.IntegrationTests.Cases;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// The backup command's copy of a running SQLite installation, restored into a fresh folder, is a working portal: the
/// case opens with its timeline intact and its evidence downloads with the SHA-256 recorded at upload.
/// </summary>
public sealed class BackupAndRestore(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABackupRestoredIntoAFreshFolderOpensTheCaseWithItsEvidenceIntact()
    {
        _ = factory.Server;
        Guid id;
        int version;
        await using (var db = factory.CreateDbContext())
        {
            var target = await db.Cases.OrderBy(c => c.Sequence).FirstAsync(c => c.Department == DepartmentCode.Housing && c.State == CaseState.Rectifying, Ct);
            (id, version) = (target.Id, target.Version);
        }

        using (var officer = await PortalClient.SignedInAsync(factory, "fc.officer1"))
        {
            var token = (await officer.GetPageAsync($"/Cases/Details/{id}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var upload = new MultipartFormDataContent
            {
                { new StringContent(version.ToString(CultureInfo.InvariantCulture)), "Version" },
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(CaseSteps.TinyPng) { Headers = { ContentType = new("image/png") } }, "Files", "现场照片.png" },
            };
            (await officer.Http.PostAsync(new Uri($"/Cases/{id}/AddEvidence", UriKind.Relative), upload, Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var backup = Path.Combine(Path.GetTempPath(), "ep-tests", "backup-" + Guid.NewGuid().ToString("N"));
        try
        {
            BackupResult result;
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                result = await scope.ServiceProvider.GetRequiredService<SqliteBackup>().CreateAsync(backup, Ct);
            }

            result.EvidenceChecked.ShouldBeGreaterThanOrEqualTo(1);

            await using var restored = new RestoredPortalFactory();
            Directory.CreateDirectory(Path.GetDirectoryName(restored.DatabasePath)!);
            File.Copy(result.DatabasePath, restored.DatabasePath);
            foreach (var file in Directory.EnumerateFiles(result.FilesRoot, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(restored.FilesRoot, Path.GetRelativePath(result.FilesRoot, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            using var reader = await PortalClient.SignedInAsync(restored, "fc.officer1");
            var page = await reader.GetPageAsync($"/Cases/Details/{id}");
            page.Body!.TextContent.ShouldContain("校验通过");
            var link = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).First(h => h.Contains("/Evidence/", StringComparison.Ordinal));
            var bytes = await reader.Http.GetByteArrayAsync(new Uri(link, UriKind.Relative), Ct);
            bytes.ShouldBe(CaseSteps.TinyPng);
            await using var db = restored.CreateDbContext();
            var evidence = (await db.Cases.SingleAsync(c => c.Id == id, Ct)).Evidence.Single(e => link.EndsWith(e.Id.ToString(), StringComparison.OrdinalIgnoreCase));
            Convert.ToHexStringLower(SHA256.HashData(bytes)).ShouldBe(evidence.Sha256, StringCompareShould.IgnoreCase);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(backup))
            {
                Directory.Delete(backup, recursive: true);
            }
        }
    }
}

/// <summary>A portal started on the files put in its folders (a restored backup), not on a copy of the demo template.</summary>
public sealed class RestoredPortalFactory : PortalFactory
{
    protected override bool StartsFromDemoTemplate => false;
}
