using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Statistics;
using EnforcementPortal.IntegrationTests.Infrastructure;
using EnforcementPortal.Web.Disclosure;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// The same demo data on SQLite and on PostgreSQL gives the same figures: the SQL of the annual statistics (grouping,
/// distinct counts, dates) counts alike on both, and the public statistics pages read the same. Skipped without a
/// PostgreSQL server (failed under CI=true).
/// </summary>
public sealed class StatisticsAcrossProviders(PortalFactory sqlite, PostgreSqlPortalFactory postgreSql)
    : StatisticsAcross(sqlite, postgreSql), IClassFixture<PortalFactory>, IClassFixture<PostgreSqlPortalFactory>
{
    protected override void RequireServer() => TestPostgreSql.Require();
}

/// <summary>The same comparison between SQLite and SQL Server (in a container; skipped without a Docker engine).</summary>
public sealed class StatisticsAcrossSqlServer(PortalFactory sqlite, SqlServerPortalFactory sqlServer)
    : StatisticsAcross(sqlite, sqlServer), IClassFixture<PortalFactory>, IClassFixture<SqlServerPortalFactory>
{
    protected override void RequireServer() => TestSqlServer.Require();
}

/// <summary>The demo years' statistics, computed and shown alike on SQLite and on a server database.</summary>
public abstract class StatisticsAcross(PortalFactory sqlite, PortalFactory server)
{
    /// <summary>Skips (or, under CI for PostgreSQL, fails) the test when the server is not there.</summary>
    protected abstract void RequireServer();

    private static readonly int[] DemoYears = [2024, 2025, 2026];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnnualCountsOfEveryDepartmentAndDemoYearAreTheSame()
    {
        RequireServer();
        var asOf = new DateOnly(2026, 11, 30);
        var compared = 0;
        _ = (sqlite.Server, server.Server);
        foreach (var department in Enum.GetValues<DepartmentCode>())
        {
            foreach (var year in DemoYears)
            {
                await using var a = sqlite.CreateDbContext();
                await using var b = server.CreateDbContext();
                var onSqlite = await new AnnualStatisticsQueries(a).CountAsync(department, year, asOf, Ct);
                var onServer = await new AnnualStatisticsQueries(b).CountAsync(department, year, asOf, Ct);
                onServer.ShouldBe(onSqlite, $"{department} {year}");
                compared += onSqlite.Inspections;
            }
        }

        compared.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task PublicStatisticsPagesReadTheSame()
    {
        RequireServer();
        using var onSqlite = PortalClient.Anonymous(sqlite);
        using var onServer = PortalClient.Anonymous(server);
        var pages = new List<string> { "/gongshi/tongji" };
        pages.AddRange(DemoYears.Select(y => $"/gongshi/tongji/{y}"));
        pages.AddRange(DepartmentSlugs.All.Select(d => $"/gongshi/tongji/{DepartmentSlugs.Of(d)}"));
        pages.AddRange(DepartmentSlugs.All.SelectMany(d => DemoYears.Select(y => $"/gongshi/tongji/{DepartmentSlugs.Of(d)}/{y}")));

        var found = 0;
        foreach (var page in pages)
        {
            var a = await onSqlite.Http.GetAsync(new Uri(page, UriKind.Relative), Ct);
            var b = await onServer.Http.GetAsync(new Uri(page, UriKind.Relative), Ct);
            b.StatusCode.ShouldBe(a.StatusCode, page);
            if (!a.IsSuccessStatusCode)
            {
                continue;
            }

            found++;
            var textA = Normalize((await PortalClient.ParseAsync(a)).QuerySelector("main")!.TextContent);
            var textB = Normalize((await PortalClient.ParseAsync(b)).QuerySelector("main")!.TextContent);
            textB.ShouldBe(textA, page);
        }

        found.ShouldBeGreaterThan(5);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
