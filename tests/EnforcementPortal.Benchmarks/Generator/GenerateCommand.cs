using System.Globalization;
using EnforcementPortal.Infrastructure;

namespace EnforcementPortal.Benchmarks.Generator;

/// <summary>
/// <c>generate --provider sqlite|sqlserver|postgresql --connection "…" --cases N [--seed N] [--first-year 2023] [--queue-floor on|off]</c>:
/// fills an empty (or not yet existing) database with <see cref="PortalDataGenerator"/>, a progress bar on stderr.
/// </summary>
internal static class GenerateCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "generate";

    public static async Task<int> RunAsync(string[] args)
    {
        string? provider = null, connection = null, files = null;
        int cases = 0, seed = 20261203, firstYear = 2023;
        var queueFloor = true;
        for (var i = 1; i < args.Length - 1; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--provider": provider = value; break;
                case "--connection": connection = value; break;
                case "--cases": cases = int.Parse(value.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--files": files = value; break;
                case "--first-year": firstYear = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--queue-floor" when value is "on" or "off": queueFloor = value == "on"; break;
                default: return Usage($"unknown option {args[i]}");
            }
        }

        DatabaseProvider? parsed = provider?.ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "SQLSERVER" => DatabaseProvider.SqlServer,
            "POSTGRESQL" or "POSTGRES" => DatabaseProvider.PostgreSql,
            _ => null,
        };
        if (parsed is null || string.IsNullOrWhiteSpace(connection) || cases <= 0)
        {
            return Usage("--provider, --connection and --cases are required");
        }

        // The evidence photos go into the portal's file store: by default beside a SQLite file (DB.files, which web-bench.sh
        // passes to the portal as Storage:Root), else a folder under /tmp named after the database.
        files ??= parsed == DatabaseProvider.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource + ".files"
            : Path.Combine(Path.GetTempPath(), "ep-generated-files", new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection }.TryGetValue("Database", out var name) ? $"{name}" : "database");
        var options = new GeneratorOptions(parsed.Value, connection, cases, seed, FirstYear: firstYear, Progress: new ProgressBar(), FilesRoot: Path.GetFullPath(files), QueueFloor: queueFloor);
        var result = await PortalDataGenerator.GenerateAsync(options, CancellationToken.None);
        await Console.Error.WriteLineAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {result.Cases:N0} cases ({result.Rows:N0} rows), {result.Complaints:N0} complaints in {result.Elapsed:mm\\:ss} ({result.Cases / result.Elapsed.TotalSeconds:N0} cases/s; writing rows {result.WriteTime:mm\\:ss}, indexes and counters after the last row {result.FinishTime:mm\\:ss}); clock {result.Now:yyyy-MM-dd HH:mm}."));
        Console.WriteLine("By department: " + string.Join(", ", result.CasesByDepartment.OrderBy(d => d.Key).Select(d => $"{d.Key} {d.Value:N0}")));
        Console.WriteLine("By state: " + string.Join(", ", result.CasesByState.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value:N0}")) + $"; overdue {result.Overdue:N0}");
        Console.WriteLine(options.QueueFloor
            ? $"Queue floor (--queue-floor on): {result.Floor.Cases:N0} cases and {result.Floor.Complaints:N0} complaints walked to a waiting state, a page in each queue section of {QueueFloor.BenchmarkDepartment}, 法制审核 and the complaint desk."
            : "Queue floor off: the queues hold what the bureau's proportions give.");
        Console.WriteLine($"Evidence photos in {options.FilesRoot} (run the portal with Storage:Root there).");
        Console.WriteLine("Logins: fc.officer1, fc.chief, leader, … (password " + Infrastructure.Seeding.DemoPeople.Password + ")");
        return 0;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"generate: {problem}");
        Console.Error.WriteLine("usage: generate --provider sqlite|sqlserver|postgresql --connection \"Data Source=/tmp/ep-100k.db\" --cases 100000 [--seed N] [--first-year 2023] [--files DIR] [--queue-floor on|off]");
        return 2;
    }

    /// <summary>Percent, rate and ETA on one stderr line.</summary>
    private sealed class ProgressBar : IProgress<GeneratorProgress>
    {
        public void Report(GeneratorProgress value)
        {
            var share = (double)value.Done / value.Total;
            var rate = value.Done / Math.Max(0.001, value.Elapsed.TotalSeconds);
            var eta = TimeSpan.FromSeconds((value.Total - value.Done) / Math.Max(1, rate));
            var filled = (int)(share * 30);
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {share:P0} {value.Done:N0}/{value.Total:N0} cases, {rate:N0}/s, ETA {eta:mm\\:ss}   "));
        }
    }
}
