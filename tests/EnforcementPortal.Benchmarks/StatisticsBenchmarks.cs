using BenchmarkDotNet.Attributes;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Web;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Statistics;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.Benchmarks;

/// <summary>
/// The annual statistics: computing a department's year from its case records (what a chief's preview and publication
/// do) on a realistic year and on a year of a million cases, against serving the published snapshot (what the public
/// page does: read the frozen publication and build the page, no recomputation), and the public page over HTTP from
/// the output cache and rendered. Results go to docs/benchmarks.md.
/// </summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private const DepartmentCode Department = DepartmentCode.Quality;
    private const string PageUrl = "/gongshi/tongji/zhijian/2025";

    /// <summary>The size of the demo's largest department-year (质监站 2025: 1 064 cases, 1 200 inspections), rounded up.</summary>
    private const int RealisticCases = 1_500;

    private const int LargeCases = 1_000_000;

    private string _realistic = null!;
    private string _large = null!;
    private WebApplication? _host;
    private HttpClient _client = null!;
    private PublicStatisticsCache _cache = null!;

    [GlobalSetup(Targets = [nameof(PublishedSnapshot), nameof(ComputeRealisticYear), nameof(ComputeRealisticYearBesideLargeYear), nameof(ComputeLargeYear)])]
    public void SetupDatabases()
    {
        _realistic = StatisticsBenchmarkData.Ensure("realistic", new GeneratedYear(Department, 2025, RealisticCases, Publish: true));
        _large = EnsureLarge();
    }

    [GlobalSetup(Targets = [nameof(CachedPage), nameof(RenderedPage)])]
    public async Task SetupHostAsync()
    {
        _large = EnsureLarge();
        var root = Directory.CreateDirectory(Path.Combine(StatisticsBenchmarkData.Folder, "host")).FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(PortalSetup).Assembly.GetName().Name,
            EnvironmentName = "Production",
            ContentRootPath = root,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={_large}",
            ["Database:SeedDemoData"] = "false",
            ["Storage:Root"] = Path.Combine(root, "files"),
            ["Logging:FilePath"] = Path.Combine(root, "logs", "portal-.json"),
            // Request logging off: the rows measure the page, not the log sinks.
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddPortal();
        _host = builder.Build();
        _host.UsePortal();
        await _host.InitializeDatabaseAsync();
        await _host.StartAsync();
        var address = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
        _cache = _host.Services.GetRequiredService<PublicStatisticsCache>();
        using var first = await _client.GetAsync(new Uri(PageUrl, UriKind.Relative));
        first.EnsureSuccessStatusCode();
    }

    [GlobalCleanup(Targets = [nameof(CachedPage), nameof(RenderedPage)])]
    public async Task CleanupHostAsync()
    {
        _client.Dispose();
        if (_host is not null)
        {
            await _host.StopAsync();
            await _host.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, Description = "Published snapshot: read + page model (1M-case year)")]
    public async Task<AnnualFiguresPage> PublishedSnapshot()
    {
        await using var db = StatisticsBenchmarkData.Open(_large);
        var versions = await new PublicDisclosureQueries(db).VersionsAsync(Department, 2025, CancellationToken.None);
        return EnforcementPortal.Web.Disclosure.PublicDisclosurePages.AnnualPage(versions[0], versions);
    }

    [Benchmark(Description = "Compute year of 1 500 cases")]
    public Task<AnnualCounts> ComputeRealisticYear() => CountAsync(_realistic, 2025);

    [Benchmark(Description = "Compute year of 1 500 cases beside a 1M-case year")]
    public Task<AnnualCounts> ComputeRealisticYearBesideLargeYear() => CountAsync(_large, 2024);

    [Benchmark(Description = "Compute year of 1 000 000 cases")]
    public Task<AnnualCounts> ComputeLargeYear() => CountAsync(_large, 2025);

    [Benchmark(Description = "Public page over HTTP, from the output cache")]
    public Task<byte[]> CachedPage() => _client.GetByteArrayAsync(new Uri(PageUrl, UriKind.Relative));

    [Benchmark(Description = "Public page over HTTP, rendered (cache dropped first)")]
    public async Task<byte[]> RenderedPage()
    {
        await _cache.EvictAsync();
        return await _client.GetByteArrayAsync(new Uri(PageUrl, UriKind.Relative));
    }

    private static string EnsureLarge() => StatisticsBenchmarkData.Ensure(
        "large",
        new GeneratedYear(Department, 2024, RealisticCases, Publish: false),
        new GeneratedYear(Department, 2025, LargeCases, Publish: true));

    private static async Task<AnnualCounts> CountAsync(string path, int year)
    {
        await using var db = StatisticsBenchmarkData.Open(path);
        return await new Infrastructure.Statistics.AnnualStatisticsQueries(db).CountAsync(Department, year, new DateOnly(year + 1, 1, 20), CancellationToken.None);
    }
}
