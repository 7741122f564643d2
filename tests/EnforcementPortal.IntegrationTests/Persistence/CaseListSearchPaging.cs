using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Seed;
using EnforcementPortal.Infrastructure.Seeding;
using EnforcementPortal.Web.Queries;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// A department's search, paged by the keyset cursor, lists each of its matching cases once, newest first, whichever
/// way SQLite reads it: from the hits (few) or walking the list (as many hits as <see cref="CaseSearch.HitListLimit"/>).
/// </summary>
public sealed class CaseListSearchPaging : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 16);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ep-search-paging-{Guid.NewGuid():N}.db");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await using var db = Create(FixedDepartmentScope.Unrestricted);
        await db.Database.MigrateAsync(Ct);
        await ShippedReferenceData.ImportAsync(db, Ct);
        db.Departments.AddRange(ReferenceDataSeeder.Departments.Select(d => new Department(d.Code, d.Name, d.ShortName, d.Phone, d.Office)));
        await db.SaveChangesAsync(Ct);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task EveryMatchingCaseOfTheDepartmentIsListedOnceNewestFirstEitherWay()
    {
        const string term = "翻页检索";
        List<Guid> housing = [];
        await using (var db = Create(FixedDepartmentScope.Unrestricted))
        {
            for (var i = 0; i < CaseQueries.PageSize + 7; i++)
            {
                housing.Add(await PersistenceContract.SaveCaseAsync(db, DepartmentCode.Housing, $"伊宁市{term}第{i}号有限公司"));
            }

            await PersistenceContract.SaveCaseAsync(db, DepartmentCode.Safety, $"伊宁市{term}安全有限公司");
            await PersistenceContract.SaveCaseAsync(db, DepartmentCode.Housing, "伊宁市别的名称有限公司");
        }

        var byHits = await AllPagesAsync(term);
        byHits.Select(r => r.Id).ShouldBe(housing, ignoreOrder: true);
        byHits.ShouldBe([.. byHits.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Number, StringComparer.Ordinal)]);

        // As many FTS5 entries of the term in 房产科 as the limit: the list is walked instead, with the same pages.
        await using (var db = Create(FixedDepartmentScope.Unrestricted))
        {
            await db.Database.ExecuteSqlAsync($"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {CaseSearch.HitListLimit})
                INSERT INTO "CaseSearch" ("CaseId", "Number", "SiteName", "PartyName", "CreditCode", "Department")
                SELECT lower(hex(randomblob(16))), '', '', {term}, '', {CaseSearch.DepartmentToken(DepartmentCode.Housing)} FROM n
                """, Ct);
        }

        (await AllPagesAsync(term)).ShouldBe(byHits);
    }

    private async Task<List<CaseListItem>> AllPagesAsync(string term)
    {
        await using var db = Create(FixedDepartmentScope.Only(DepartmentCode.Housing));
        var queries = new CaseQueries(db);
        List<CaseListItem> rows = [];
        string? after = null;
        do
        {
            var page = await queries.ListAsync(new CaseFilter { Search = term, After = after }, Guid.NewGuid(), Today, Ct);
            rows.AddRange(page.Items);
            after = page.NextCursor;
        }
        while (after is not null);

        return rows;
    }

    private SqliteAppDbContext Create(IDepartmentScope scope) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_path}").Options) { DepartmentScope = scope };
}
