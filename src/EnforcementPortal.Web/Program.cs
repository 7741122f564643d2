using EnforcementPortal.Web;
using EnforcementPortal.Web.Infrastructure;
using Serilog;

if (BackupCommand.Matches(args))
{
    return await BackupCommand.RunAsync(args);
}

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
    .CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortal();
    var app = builder.Build();
    app.UsePortal();
    await app.InitializeDatabaseAsync();
    if (MaintenanceCommands.IsCommand(args))
    {
        return await MaintenanceCommands.RunAsync(app, args);
    }

    app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The portal stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
