using System.Net;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>The portal in the Production environment with nothing but the test database configured.</summary>
public sealed class BareProductionPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("AllowedHosts", "*");
    }
}

/// <summary>A portal whose start-up file check is off, so that the test runs the check itself and sees its report.</summary>
public sealed class ImmediateFileCheckPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Maintenance:FileCheckOnStart"] = "false" };
}

public sealed class ProductionConfiguration
{
    [Fact]
    public void ProductionWithoutHostsAndPublicAddressRefusesToStart()
    {
        using var factory = new BareProductionPortalFactory();

        var failure = Should.Throw<InvalidOperationException>(() => factory.Server);

        failure.Message.ShouldContain("AllowedHosts");
        failure.Message.ShouldContain("Documents:PublicBaseUrl");
    }
}

/// <summary>Orphan files (a file without a row) are removed at start-up; files missing for a row are reported.</summary>
public sealed class FileCheck(ImmediateFileCheckPortalFactory factory) : IClassFixture<ImmediateFileCheckPortalFactory>
{
    [Fact]
    public async Task OrphanLeftByACrashIsFoundAndRemoved()
    {
        _ = factory.Server;
        var orphan = Path.Combine(factory.FilesRoot, "2026", "11", "0123456789abcdef0123456789abcdef.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        await File.WriteAllBytesAsync(orphan, [0xFF, 0xD8, 0xFF, 0xE0], TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(orphan, factory.Clock.GetUtcNow().UtcDateTime.AddHours(-2));
        var fresh = Path.Combine(factory.FilesRoot, "2026", "11", "fedcba9876543210fedcba9876543210.jpg");
        await File.WriteAllBytesAsync(fresh, [0xFF, 0xD8, 0xFF, 0xE0], TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(fresh, factory.Clock.GetUtcNow().UtcDateTime);
        factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<EnforcementPortal.Web.Infrastructure.FileMaintenanceOnStart>().ShouldHaveSingleItem();

        await using var scope = factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<FileMaintenance>().RunAsync(remove: true, TimeSpan.FromHours(1), TestContext.Current.CancellationToken);

        report.Orphans.ShouldBe(["2026/11/0123456789abcdef0123456789abcdef.jpg"]);
        File.Exists(orphan).ShouldBeFalse();

        // A file younger than the grace period may be an upload whose row is being written: it stays.
        File.Exists(fresh).ShouldBeTrue();
    }

    [Fact]
    public async Task FileMissingForARowIsReported()
    {
        _ = factory.Server;
        Guid caseId;
        int version;
        await using (var db = factory.CreateDbContext())
        {
            var found = await db.Cases.Where(c => c.State == EnforcementPortal.Domain.Cases.CaseState.Rectifying && c.Department == EnforcementPortal.Domain.Departments.DepartmentCode.Housing && c.Evidence.Count == 0)
                .Select(c => new { c.Id, c.Version }).FirstAsync(TestContext.Current.CancellationToken);
            (caseId, version) = (found.Id, found.Version);
        }

        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        (await TamperDetection.UploadAsync(officer, caseId, version, TamperDetection.TinyPng, "照片.png")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var scope = factory.Services.CreateAsyncScope();
        await using var after = factory.CreateDbContext();
        var key = (await after.Cases.SingleAsync(c => c.Id == caseId, TestContext.Current.CancellationToken)).Evidence.Single().StorageKey;
        await scope.ServiceProvider.GetRequiredService<IFileStore>().DeleteAsync(key, TestContext.Current.CancellationToken);

        var report = await scope.ServiceProvider.GetRequiredService<FileMaintenance>().RunAsync(remove: false, TimeSpan.FromHours(1), TestContext.Current.CancellationToken);

        report.Missing.ShouldContain(key);
        report.Describe().ShouldContain("缺失文件 1 个");

        // The start-up check lists only the first keys; the count stays complete and the log says how to list them all.
        var brief = await scope.ServiceProvider.GetRequiredService<FileMaintenance>().RunAsync(remove: false, TimeSpan.FromHours(1), TestContext.Current.CancellationToken, listLimit: 0);
        brief.Missing.ShouldBeEmpty();
        brief.MissingCount.ShouldBe(report.MissingCount);
        brief.Describe().ShouldContain("运行 check-files 命令列出全部");
    }

    [Fact]
    public async Task AComplaintsAttachmentIsNotAnOrphan()
    {
        _ = factory.Server;
        var key = $"2026/10/{Guid.NewGuid():N}.png";
        var path = Path.Combine(factory.FilesRoot, "2026", "10", Path.GetFileName(key));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, TamperDetection.TinyPng, TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(path, factory.Clock.GetUtcNow().UtcDateTime.AddDays(-3));
        await using (var db = factory.CreateDbContext())
        {
            var complaintId = await db.Complaints.IgnoreQueryFilters().Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO ComplaintAttachments (Id, FileName, ContentType, Length, Sha256, StorageKey, FromEnterprise, ComplaintId) VALUES ({Guid.NewGuid()}, {"现场.png"}, {"image/png"}, {TamperDetection.TinyPng.Length}, {new string('0', 64)}, {key}, {false}, {complaintId})",
                TestContext.Current.CancellationToken);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<FileMaintenance>().RunAsync(remove: true, TimeSpan.FromHours(1), TestContext.Current.CancellationToken);

        report.Orphans.ShouldNotContain(key);
        File.Exists(path).ShouldBeTrue("a complaint's attachment is kept by the file check");
    }
}

/// <summary>The audit log's chain is checked on the administrator's page, and a change made in the database is found.</summary>
public sealed class AuditLogVerification(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AdministratorSearchesTheLogAndSeesTheFirstBrokenLink()
    {
        using (var client = PortalClient.Anonymous(factory))
        {
            await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "fc.officer1", ["Password"] = "Wrong-pass1" });
        }

        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        var search = await admin.GetPageAsync($"/AdminAudit?Action={AuditActions.SignInFailed}&User=fc.officer1");
        search.QuerySelectorAll("[data-testid=audit-row]").ShouldNotBeEmpty();
        search.QuerySelectorAll("[data-testid=audit-row]").ShouldAllBe(r => r.GetAttribute("data-action") == AuditActions.SignInFailed);
        (await admin.GetPageAsync("/AdminAudit/Verify")).QuerySelector("[data-testid=audit-intact]").ShouldNotBeNull();

        await using (var db = factory.CreateDbContext())
        {
            var failed = await db.AuditEntries.Where(e => e.Action == AuditActions.SignInFailed).Select(e => e.Sequence).FirstAsync(TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Outcome = 'success' WHERE Sequence = {0}", [failed], TestContext.Current.CancellationToken);
            var page = await admin.GetPageAsync("/AdminAudit/Verify");
            page.QuerySelector("[data-testid=audit-broken]")!.TextContent.ShouldContain($"第 {failed} 条");
        }
    }

    [Fact]
    public async Task OfficerCannotSeeTheAuditLog()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.chief");

        var response = await officer.Http.GetAsync(new Uri("/AdminAudit", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
