using EnforcementPortal.Infrastructure.Maintenance;

namespace EnforcementPortal.Web.Infrastructure;

/// <summary>
/// <c>dotnet run --project src/EnforcementPortal.Web -- backup &lt;empty folder&gt;</c> (or <c>EnforcementPortal.Web backup …</c>
/// from the published app): a consistent backup of the SQLite database and the file store of the configured
/// installation, checked after copying. The portal may keep running meanwhile.
/// </summary>
public static class BackupCommand
{
    public static bool Matches(string[] args) => args is ["backup", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 2)
        {
            await Console.Error.WriteLineAsync("usage: EnforcementPortal.Web backup <empty folder> [configuration, e.g. --ConnectionStrings:Sqlite=…]");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(args[2..]);
        builder.AddPortal();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<SqliteBackup>().CreateAsync(args[1], CancellationToken.None);
            Console.WriteLine($"Backup written: {result.DatabasePath} and {result.FilesRoot} ({result.FilesCopied} files; {result.EvidenceChecked} evidence files checked against their SHA-256).");
            return 0;
        }
        catch (InvalidOperationException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }
    }
}
