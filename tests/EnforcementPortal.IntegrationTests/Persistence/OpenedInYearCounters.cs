using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Queries;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// The leader's dashboard reads 本年立案 from the department-year's case-number counter instead of counting the year's
/// cases. On the demo data the counter equals a full recount of the cases for every department and year, and a
/// department user's scope reads its own department's counter only.
/// </summary>
public sealed class OpenedInYearCounters(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EachDepartmentYearsCounterEqualsARecountOfItsCases()
    {
        await using var db = factory.CreateDbContext();
        var recount = await db.Cases.AsNoTracking()
            .GroupBy(c => new { c.Department, c.Year })
            .Select(g => new { g.Key.Department, g.Key.Year, Count = g.Count() })
            .ToListAsync(Ct);
        recount.Select(r => r.Year).Distinct().Count().ShouldBeGreaterThan(1, "the demo spans several years");

        var queries = new CaseQueries(db);
        foreach (var year in recount.Select(r => r.Year).Distinct())
        {
            var counted = await queries.OpenedInYearAsync(year, Ct);
            var expected = recount.Where(r => r.Year == year).ToDictionary(r => r.Department, r => r.Count);
            counted.OrderBy(p => p.Key).ShouldBe(expected.OrderBy(p => p.Key), $"本年立案 of {year}");
        }
    }

    [Fact]
    public async Task ADepartmentUserReadsOnlyItsOwnDepartmentsCounter()
    {
        _ = factory.Services;
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={factory.DatabasePath}").Options;
        await using var db = new SqliteAppDbContext(options) { DepartmentScope = FixedDepartmentScope.Only(DepartmentCode.Housing) };
        var year = await db.Cases.AsNoTracking().MaxAsync(c => c.Year, Ct);

        var counted = await new CaseQueries(db).OpenedInYearAsync(year, Ct);

        counted.Keys.ShouldBe([DepartmentCode.Housing]);
        counted[DepartmentCode.Housing].ShouldBe(await db.Cases.CountAsync(c => c.Year == year, Ct));
    }
}
