using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Cases;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// The restore drill of docs/operations.md on a real PostgreSQL server: <c>pg_dump -Fc</c> of a seeded portal database
/// (with an upload made through the portal), <c>pg_restore</c> into a fresh database, the file store copied alongside;
/// a portal started on the restored database opens the case with its timeline intact, and every evidence file and
/// issued document of the case downloads with the SHA-256 recorded for it. Skipped without a PostgreSQL server.
/// </summary>
public sealed class PostgreSqlRestoreDrill(PostgreSqlPortalFactory source) : IClassFixture<PostgreSqlPortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADumpRestoredIntoAFreshDatabaseOpensTheCaseWithItsFilesIntact()
    {
        TestPostgreSql.Require();
        _ = source.Server;
        Guid id;
        int version;
        await using (var db = source.CreateDbContext())
        {
            var target = await db.Cases.OrderBy(c => c.Sequence).FirstAsync(c => c.Department == DepartmentCode.Housing && c.State == CaseState.Rectifying, Ct);
            (id, version) = (target.Id, target.Version);
        }

        using (var officer = await PortalClient.SignedInAsync(source, "fc.officer1"))
        {
            var token = (await officer.GetPageAsync($"/Cases/Details/{id}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var upload = new MultipartFormDataContent
            {
                { new StringContent(version.ToString(CultureInfo.InvariantCulture)), "Version" },
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(CaseSteps.TinyPng) { Headers = { ContentType = new("image/png") } }, "Files", "现场照片.png" },
            };
            (await officer.Http.PostAsync(new Uri($"/Cases/{id}/AddEvidence", UriKind.Relative), upload, Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var work = Path.Combine(Path.GetTempPath(), "ep-tests", "pg-drill-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var restoredDatabase = TestPostgreSql.CreateDatabase();
        try
        {
            var dump = Path.Combine(work, "portal.dump");
            await RunAsync("pg_dump", source.ConnectionString, "--format=custom", "--no-owner", "--file", dump);
            await RunAsync("pg_restore", restoredDatabase, "--no-owner", "--exit-on-error", dump);

            await using var restored = new SharedPostgreSqlPortalFactory(restoredDatabase, new Dictionary<string, string?>());
            foreach (var file in Directory.EnumerateFiles(source.FilesRoot, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(restored.FilesRoot, Path.GetRelativePath(source.FilesRoot, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            using var reader = await PortalClient.SignedInAsync(restored, "fc.officer1");
            var page = await reader.GetPageAsync($"/Cases/Details/{id}");
            page.Body!.TextContent.ShouldContain("校验通过");
            await using var db = restored.CreateDbContext();
            var theCase = await db.Cases.AsSplitQuery().SingleAsync(c => c.Id == id, Ct);
            theCase.Evidence.ShouldNotBeEmpty();
            foreach (var evidence in theCase.Evidence)
            {
                var bytes = await reader.Http.GetByteArrayAsync(new Uri($"/Cases/{id}/Evidence/{evidence.Id}", UriKind.Relative), Ct);
                Convert.ToHexStringLower(SHA256.HashData(bytes)).ShouldBe(evidence.Sha256, StringCompareShould.IgnoreCase);
            }

            var documents = await db.Set<EnforcementPortal.Domain.Documents.IssuedDocument>().Where(d => d.CaseId == id).ToListAsync(Ct);
            foreach (var document in documents)
            {
                var bytes = await reader.Http.GetByteArrayAsync(new Uri($"/Cases/{id}/Documents/{document.Id}", UriKind.Relative), Ct);
                Convert.ToHexStringLower(SHA256.HashData(bytes)).ShouldBe(document.Sha256, StringCompareShould.IgnoreCase);
            }
        }
        finally
        {
            TestPostgreSql.DropDatabase(restoredDatabase);
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Runs a PostgreSQL client program of the server's version against the database of <paramref name="connectionString"/>.</summary>
    private static async Task RunAsync(string program, string connectionString, params string[] arguments)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, program))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            : null;
        var start = new ProcessStartInfo(bin is null ? program : Path.Combine(bin, program)) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--host", connection.Host!, "--port", connection.Port.ToString(CultureInfo.InvariantCulture), "--username", connection.Username!, "--dbname", connection.Database! }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = connection.Password;
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        process.ExitCode.ShouldBe(0, $"{program}: {error}");
    }
}
