using System.Net;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.IntegrationTests.Infrastructure;
using EnforcementPortal.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>The real file store, until <see cref="DiskFull"/> is set: then every write fails as on a full disk.</summary>
public sealed class FullDiskFileStore(LocalFileStore inner) : IFileStore
{
    public bool DiskFull { get; set; }

    public Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken) =>
        DiskFull ? throw new IOException("No space left on device (test fault).") : inner.SaveAsync(content, extension, cancellationToken);

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken) => inner.OpenReadAsync(key, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);
}

public sealed class FullDiskPortalFactory : PortalFactory
{
    public FullDiskFileStore Store => Services.GetRequiredService<FullDiskFileStore>();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton(sp => new FullDiskFileStore(sp.GetRequiredService<LocalFileStore>()));
        services.RemoveAll<IFileStore>();
        services.AddSingleton<IFileStore>(sp => sp.GetRequiredService<FullDiskFileStore>());
    }
}

/// <summary>A file store that fails (disk full) in the middle of a step: no row, no file, a Chinese message, an audit entry.</summary>
public sealed class FileStoreFaults(FullDiskPortalFactory factory) : IClassFixture<FullDiskPortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FullDiskDuringAnUploadLeavesNoRowNoFileAndIsAudited()
    {
        _ = factory.Server;
        Guid caseId;
        int version;
        await using (var db = factory.CreateDbContext())
        {
            var found = await db.Cases.Where(c => c.Department == DepartmentCode.Housing && c.State == CaseState.Rectifying && c.Evidence.Count == 0)
                .Select(c => new { c.Id, c.Version }).FirstAsync(Ct);
            (caseId, version) = (found.Id, found.Version);
        }

        var filesBefore = Directory.GetFiles(factory.FilesRoot, "*", SearchOption.AllDirectories).Length;
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        factory.Store.DiskFull = true;
        HttpResponseMessage response;
        try
        {
            response = await TamperDetection.UploadAsync(officer, caseId, version, TamperDetection.TinyPng, "现场照片.png");
        }
        finally
        {
            factory.Store.DiskFull = false;
        }

        ((int)response.StatusCode).ShouldBe(StatusCodesUnprocessable);
        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=status-error]")!.TextContent.ShouldContain(CaseSteps.FileStoreFailedMessage);
        Directory.GetFiles(factory.FilesRoot, "*", SearchOption.AllDirectories).Length.ShouldBe(filesBefore);
        await using var after = factory.CreateDbContext();
        var unchanged = await after.Cases.SingleAsync(c => c.Id == caseId, Ct);
        unchanged.Version.ShouldBe(version);
        unchanged.Evidence.ShouldBeEmpty();
        (await after.AuditEntries.AnyAsync(e => e.Action == AuditActions.StepFailed && e.Target.Contains(caseId.ToString()) && e.Detail.Contains("文件存储失败"), Ct)).ShouldBeTrue();

        // With space again, the same upload goes through.
        (await TamperDetection.UploadAsync(officer, caseId, version, TamperDetection.TinyPng, "现场照片.png")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private const int StatusCodesUnprocessable = 422;
}
