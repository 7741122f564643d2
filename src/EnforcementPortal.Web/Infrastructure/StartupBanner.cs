using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EnforcementPortal.Web;

/// <summary>Prints where the portal listens and the demo logins, once it has started.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var lines = new List<string>
        {
            string.Empty,
            "==============================================================",
            " EnforcementPortal 住建行政执法平台 is running",
        };
        lines.AddRange(addresses.Select(a => $"   URL: {a}"));
        // From the process's start, the runtime's own start-up included (docs/benchmarks.md, "Start-up").
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"   Started in {(DateTime.Now - process.StartTime).TotalSeconds:0.00} s"));
        if (app.Configuration.GetValue("Database:SeedDemoData", false))
        {
            lines.Add($" Demo logins (password for all: {DemoPeople.Password}):");
            lines.AddRange(DemoPeople.Users.Select(u => $"   {u.UserName,-12} {StaffRoles.DisplayName(u.Role)} {u.FullName}{(u.Department is null ? string.Empty : " · " + Domain.Departments.DepartmentPolicy.For(u.Department.Value).ShortName)}"));
        }

        lines.Add("==============================================================");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
