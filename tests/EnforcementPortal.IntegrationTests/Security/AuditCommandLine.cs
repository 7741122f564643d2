using System.Diagnostics;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>
/// <c>dotnet EnforcementPortal.Web.dll verify-audit</c>, run as an operator runs it (a process of its own on the
/// portal's database): exit code 0 and "校验通过" on an intact log, exit code 1 and the first broken entry after an
/// entry was changed in the database.
/// </summary>
public sealed class AuditCommandLine(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task VerifyAuditReportsTheFirstBrokenLinkAfterTampering()
    {
        using (var client = PortalClient.Anonymous(factory))
        {
            await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "fc.officer1", ["Password"] = "Wrong-pass1" });
            await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "fc.officer1", ["Password"] = "Wrong-pass2" });
        }

        long total;
        long tampered;
        await using (var db = factory.CreateDbContext())
        {
            total = await db.AuditEntries.LongCountAsync(Ct);
            tampered = await db.AuditEntries.Where(e => e.Action == AuditActions.SignInFailed).OrderBy(e => e.Sequence).Select(e => e.Sequence).FirstAsync(Ct);
        }

        total.ShouldBeGreaterThanOrEqualTo(2);
        var intact = await RunAsync("verify-audit");
        intact.ExitCode.ShouldBe(0, intact.Output);
        intact.Output.ShouldContain($"审计日志校验通过，共 {total} 条");

        await using (var db = factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET UserName = 'someone.else' WHERE Sequence = {0}", [tampered], Ct);
        }

        var broken = await RunAsync("verify-audit");
        broken.ExitCode.ShouldBe(1, broken.Output);
        broken.Output.ShouldContain($"审计日志第 {tampered} 条校验失败");
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        _ = factory.Server;
        var web = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(web);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Sqlite"] = factory.ConnectionString;
        start.Environment["Database__SeedDemoData"] = "false";
        start.Environment["Storage__Root"] = factory.FilesRoot;
        start.Environment["Logging__FilePath"] = Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "cli-logs", "portal-.json");
        start.Environment["Maintenance__FileCheckOnStart"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await output + await error);
    }
}
