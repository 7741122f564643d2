using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Seed;
using EnforcementPortal.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// The SQLite migration SearchByDepartment rebuilds the FTS5 search table from the cases already there (with their
/// department token and credit code), and its Down restores the earlier table with the same rows.
/// </summary>
public sealed class SearchIndexMigration : IAsyncLifetime
{
    private const string Before = "20991231000000_SearchIndexes";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ep-search-migration-{Guid.NewGuid():N}.db");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task ExistingCasesAreSearchableByDepartmentAfterTheMigrationAndBeforeItAgainAfterDown()
    {
        var term = "迁移前" + Guid.NewGuid().ToString("N")[..6];
        Guid housing;
        await using (var db = Create(FixedDepartmentScope.Unrestricted))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before, cancellationToken: Ct);
            await ShippedReferenceData.ImportAsync(db, Ct);
            db.Departments.AddRange(ReferenceDataSeeder.Departments.Select(d => new Department(d.Code, d.Name, d.ShortName, d.Phone, d.Office)));
            await db.SaveChangesAsync(Ct);
            housing = await PersistenceContract.SaveCaseAsync(db, DepartmentCode.Housing, term + "房地产开发有限公司");
            await PersistenceContract.SaveCaseAsync(db, DepartmentCode.Safety, "伊犁" + term + "建筑工程有限公司");
            await db.Database.MigrateAsync(Ct);
        }

        await using (var db = Create(FixedDepartmentScope.Only(DepartmentCode.Housing)))
        {
            (await db.Database.SqlQueryRaw<int>("""SELECT count(*) AS "Value" FROM "CaseSearch" WHERE "CaseSearch" MATCH {0}""", CaseSearch.SqliteQuery(term, false, DepartmentCode.Housing)).SingleAsync(Ct)).ShouldBe(1);
            (await (await db.CasesInScope.MatchingAsync(db, term, null, int.MaxValue, Ct)).Select(c => c.Id).ToListAsync(Ct)).ShouldBe([housing]);
        }

        await using (var db = Create(FixedDepartmentScope.Unrestricted))
        {
            (await (await db.CasesInScope.MatchingAsync(db, term, null, int.MaxValue, Ct)).CountAsync(Ct)).ShouldBe(2);
            await db.GetService<IMigrator>().MigrateAsync(Before, cancellationToken: Ct);
            (await db.Database.SqlQueryRaw<int>("""SELECT count(*) AS "Value" FROM "CaseSearch" WHERE "CaseSearch" MATCH {0}""", CaseSearch.Phrase(term)).SingleAsync(Ct)).ShouldBe(2);
        }
    }

    private SqliteAppDbContext Create(IDepartmentScope scope) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_path}").Options) { DepartmentScope = scope };
}
