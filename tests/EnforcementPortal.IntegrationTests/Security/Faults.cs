using System.Data.Common;
using System.Net;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>Makes the database fail on demand: saving changes of a case, or opening any connection.</summary>
public sealed class DatabaseFault : DbConnectionInterceptor, ISaveChangesInterceptor
{
    public bool FailSavingCases { get; set; }

    public bool FailConnections { get; set; }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        FailConnections ? throw new InvalidOperationException("Database unreachable (test fault).") : ValueTask.FromResult(result);

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        // Fails after EF has sent nothing yet but the files of the step are already stored: the worst moment.
        if (FailSavingCases && eventData.Context!.ChangeTracker.Entries<EnforcementCase>().Any(e => e.State == EntityState.Modified))
        {
            throw new DbUpdateException("Disk I/O error (test fault).");
        }

        return ValueTask.FromResult(result);
    }
}

public sealed class FaultyDatabasePortalFactory : PortalFactory
{
    public DatabaseFault Fault { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Fault));
}

/// <summary>A database failure in the middle of a step leaves nothing behind; readiness reports an unreachable database.</summary>
public sealed class Faults(FaultyDatabasePortalFactory factory) : IClassFixture<FaultyDatabasePortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DatabaseFailureDuringAStepWithUploadsLeavesNoRowsNoFilesAndIsAudited()
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

        var filesBefore = FileCount();
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        factory.Fault.FailSavingCases = true;
        HttpResponseMessage response;
        try
        {
            response = await TamperDetection.UploadAsync(officer, caseId, version, TamperDetection.TinyPng, "现场照片.png");
        }
        finally
        {
            factory.Fault.FailSavingCases = false;
        }

        ((int)response.StatusCode).ShouldBeLessThan(500);
        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=status-error]")!.TextContent.ShouldContain("保存失败");
        FileCount().ShouldBe(filesBefore);
        await using var after = factory.CreateDbContext();
        var unchanged = await after.Cases.SingleAsync(c => c.Id == caseId, Ct);
        unchanged.Version.ShouldBe(version);
        unchanged.Evidence.ShouldBeEmpty();
        (await after.AuditEntries.AnyAsync(e => e.Action == AuditActions.StepFailed && e.Target.Contains(caseId.ToString()), Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task ReadinessIsUnavailableWhileTheDatabaseIsUnreachableAndLivenessIsNot()
    {
        using var client = PortalClient.Anonymous(factory);
        (await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        factory.Fault.FailConnections = true;
        try
        {
            (await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await client.Http.GetAsync(new Uri("/health/live", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            factory.Fault.FailConnections = false;
        }
    }

    private int FileCount() => Directory.Exists(factory.FilesRoot) ? Directory.GetFiles(factory.FilesRoot, "*", SearchOption.AllDirectories).Length : 0;
}
