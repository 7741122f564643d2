using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Files;

namespace EnforcementPortal.Web.Infrastructure;

/// <summary>
/// Runs the file check once shortly after start-up, in the background (it never delays or stops the start):
/// orphan files older than <c>Maintenance:OrphanGraceMinutes</c> (default 60) are removed, missing files are logged as
/// errors (the count, and the first <see cref="ListedKeys"/> keys: <c>check-files</c> lists them all).
/// <c>Maintenance:FileCheckOnStart=false</c> turns it off.
/// </summary>
public sealed partial class FileMaintenanceOnStart(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<FileMaintenanceOnStart> logger) : BackgroundService
{
    /// <summary>How many orphan and missing keys the start-up log lists.</summary>
    public const int ListedKeys = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Maintenance:FileCheckOnStart", true))
        {
            return;
        }

        try
        {
            await Task.Delay(TimeSpan.FromSeconds(configuration.GetValue("Maintenance:FileCheckDelaySeconds", 30.0)), stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<FileMaintenance>()
                .RunAsync(remove: true, TimeSpan.FromMinutes(configuration.GetValue("Maintenance:OrphanGraceMinutes", 60.0)), stoppingToken, ListedKeys);
            LogReport(logger, report.OrphanCount, report.MissingCount, report.Describe());
            if (report.MissingCount > 0)
            {
                LogMissing(logger, report.MissingCount, string.Join(", ", report.Missing));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(LogLevel.Information, "File check: {Orphans} orphan file(s) removed, {Missing} missing: {Report}")]
    private static partial void LogReport(ILogger logger, int orphans, int missing, string report);

    [LoggerMessage(LogLevel.Error, "{Count} evidence, document or attachment file(s) missing from the file store (restore from backup; check-files lists them all), first: {Keys}")]
    private static partial void LogMissing(ILogger logger, int count, string keys);

    [LoggerMessage(LogLevel.Error, "File check at start-up failed")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}

/// <summary>
/// Command-line maintenance, run instead of the web server:
/// <c>dotnet EnforcementPortal.Web.dll verify-audit</c> checks the audit log's hash chain (exit code 1 when broken);
/// <c>dotnet EnforcementPortal.Web.dll check-files [--remove]</c> lists orphan and missing files (and removes the orphans).
/// </summary>
public static class MaintenanceCommands
{
    public static bool IsCommand(string[] args) => args is ["verify-audit", ..] or ["check-files", ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        await using var scope = app.Services.CreateAsyncScope();
        if (args[0] == "verify-audit")
        {
            var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
            await Console.Out.WriteLineAsync(result.Describe());
            return result.IsIntact ? 0 : 1;
        }

        var report = await scope.ServiceProvider.GetRequiredService<FileMaintenance>()
            .RunAsync(args.Contains("--remove"), TimeSpan.FromMinutes(app.Configuration.GetValue("Maintenance:OrphanGraceMinutes", 60.0)), CancellationToken.None);
        foreach (var orphan in report.Orphans)
        {
            await Console.Out.WriteLineAsync("orphan  " + orphan);
        }

        foreach (var missing in report.Missing)
        {
            await Console.Out.WriteLineAsync("missing " + missing);
        }

        await Console.Out.WriteLineAsync(report.Describe());
        return report.MissingCount > 0 ? 1 : 0;
    }
}
