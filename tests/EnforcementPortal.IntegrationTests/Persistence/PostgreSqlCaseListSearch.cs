using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Queries;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// The case list's search on PostgreSQL reads a rare term from its hits (the trigram indexes) and a common one (as many
/// hits in the list's scope as <see cref="CaseSearch.HitListLimit"/>) by walking the list in its keyset order; either way
/// a department's pages hold exactly its matching cases, newest first, as an in-memory substring test of every case
/// orders them.
/// </summary>
public sealed class PostgreSqlCaseListSearch(PostgreSqlDatabase database) : IClassFixture<PostgreSqlDatabase>
{
    private static readonly DateOnly Today = new(2026, 11, 16);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACommonTermListsTheDepartmentsMatchesNewestFirstFromTheListIndex()
    {
        var term = "常见检索" + Guid.NewGuid().ToString("N")[..6];
        await using (var db = database.Create(FixedDepartmentScope.Unrestricted))
        {
            // Per department the templates' copies interleave in time, share a time in pairs (ordered by number then),
            // and only some of them match: the walk has to skip the rest.
            await CopyAsync(db, await PersistenceContract.SaveCaseAsync(db, DepartmentCode.Housing, $"伊宁市{term}有限公司"), CaseSearch.HitListLimit, 0);
            await CopyAsync(db, await PersistenceContract.SaveCaseAsync(db, DepartmentCode.Housing, "伊宁市别的名称有限公司" + Guid.NewGuid().ToString("N")[..6]), CaseSearch.HitListLimit, 1);
            await CopyAsync(db, await PersistenceContract.SaveCaseAsync(db, DepartmentCode.Safety, $"伊宁市{term}安全有限公司"), CaseSearch.HitListLimit, 2);
            await db.Database.ExecuteSqlRawAsync("""ANALYZE "Cases"; ANALYZE "Parties";""", Ct);
        }

        await using (var db = database.Create(FixedDepartmentScope.Only(DepartmentCode.Housing)))
        {
            (await db.CasesInScope.MatchingAsync(db, term, null, Ct)).ToQueryString().ShouldNotContain("UNION", customMessage: "a common term walks the list");
        }

        await ShouldListTheMatchesAsync(term, DepartmentCode.Housing, pages: 3);
        await ShouldListTheMatchesAsync(term, null, pages: 3);
    }

    [Fact]
    public async Task ARareTermListsTheDepartmentsMatchesNewestFirstFromItsHits()
    {
        var term = "少见检索" + Guid.NewGuid().ToString("N")[..6];
        await using (var db = database.Create(FixedDepartmentScope.Unrestricted))
        {
            await CopyAsync(db, await PersistenceContract.SaveCaseAsync(db, DepartmentCode.Housing, $"伊宁市{term}有限公司"), 24, 0);
            await CopyAsync(db, await PersistenceContract.SaveCaseAsync(db, DepartmentCode.Housing, "伊宁市另外的名称有限公司" + Guid.NewGuid().ToString("N")[..6]), 300, 1);
            await CopyAsync(db, await PersistenceContract.SaveCaseAsync(db, DepartmentCode.Safety, $"伊宁市{term}安全有限公司"), 5, 2);
            await db.Database.ExecuteSqlRawAsync("""ANALYZE "Cases"; ANALYZE "Parties";""", Ct);
        }

        await using (var db = database.Create(FixedDepartmentScope.Only(DepartmentCode.Housing)))
        {
            (await db.CasesInScope.MatchingAsync(db, term, null, Ct)).ToQueryString().ShouldContain("UNION", customMessage: "a rare term is read from its hits");
        }

        await ShouldListTheMatchesAsync(term, DepartmentCode.Housing, pages: 2);
        await ShouldListTheMatchesAsync(term, null, pages: 2);
    }

    /// <summary>
    /// The first <paramref name="pages"/> pages of the list (a department's officer, or the bureau-wide leader), paged by
    /// the keyset cursor, equal the matching cases of the scope ordered newest first, number last first; and the list read
    /// the other way (from the hits, or walked) gives the same first page.
    /// </summary>
    private async Task ShouldListTheMatchesAsync(string term, DepartmentCode? department, int pages)
    {
        List<Guid> expected;
        await using (var db = database.Create(FixedDepartmentScope.Unrestricted))
        {
            var all = await (from c in db.Cases.AsNoTracking() join p in db.Parties.AsNoTracking() on c.PartyId equals p.Id
                             select new { c.Id, c.Number, c.SiteName, c.Department, c.CreatedAt, p.Name, p.CreditCode }).ToListAsync(Ct);
            expected = [.. all.Where(r => (department is null || r.Department == department)
                    && (r.Number.Contains(term, StringComparison.Ordinal) || r.SiteName.Contains(term, StringComparison.Ordinal) || r.Name.Contains(term, StringComparison.Ordinal) || r.CreditCode == term))
                .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Number, StringComparer.Ordinal)
                .Take(pages * CaseQueries.PageSize).Select(r => r.Id)];
        }

        expected.Count.ShouldBeGreaterThan(CaseQueries.PageSize, "the test's data fills more than a page");
        var scope = department is { } code ? FixedDepartmentScope.Only(code) : FixedDepartmentScope.Unrestricted;
        await using (var db = database.Create(scope))
        {
            var queries = new CaseQueries(db);
            List<Guid> listed = [];
            string? after = null;
            for (var page = 0; page < pages && (page == 0 || after is not null); page++)
            {
                var result = await queries.ListAsync(new CaseFilter { Search = term, After = after }, Guid.NewGuid(), Today, Ct);
                listed.AddRange(result.Items.Select(i => i.Id));
                after = result.NextCursor;
            }

            listed.ShouldBe(expected, $"the pages of “{term}” for {department?.ToString() ?? "the bureau"}");

            foreach (var limit in new[] { 1, int.MaxValue })
            {
                var firstPage = await (await db.CasesInScope.MatchingAsync(db, term, null, limit, Ct))
                    .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Number).Select(c => c.Id).Take(CaseQueries.PageSize).ToListAsync(Ct);
                firstPage.ShouldBe(expected.Take(CaseQueries.PageSize), $"the first page read with a hit-list limit of {limit}");
            }
        }
    }

    /// <summary>
    /// <paramref name="count"/> copies of a saved case's row (same party, department and texts; numbers and sequences of
    /// their own), created <paramref name="offset"/> + 3 × (i / 2) minutes before it: a database holding as many hits as
    /// the limit in a moment, where saving each case through the domain would take minutes.
    /// </summary>
    private static async Task CopyAsync(AppDbContext db, Guid id, int count, int offset)
    {
        var columns = await db.Database.SqlQueryRaw<string>("""
            SELECT column_name AS "Value" FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = 'Cases' AND is_generated = 'NEVER' ORDER BY ordinal_position
            """).ToListAsync(Ct);
        var values = columns.Select(c => c switch
        {
            nameof(EnforcementCase.Id) => "gen_random_uuid()",
            nameof(EnforcementCase.Number) => "c.\"Number\" || '-' || i",
            nameof(EnforcementCase.Sequence) => "c.\"Sequence\" * 100000 + i",
            nameof(EnforcementCase.CreatedAt) => $"c.\"CreatedAt\" - make_interval(mins => {offset} + 3 * (i / 2))",
            _ => $"c.\"{c}\"",
        });
#pragma warning disable EF1002 // Column names from the catalogue and the test's own numbers; the id is a parameter.
        await db.Database.ExecuteSqlRawAsync(
            $$"""INSERT INTO "Cases" ({{string.Join(", ", columns.Select(c => $"\"{c}\""))}}) SELECT {{string.Join(", ", values)}} FROM "Cases" AS c, generate_series(1, {{count}}) AS i WHERE c."Id" = {0}""",
            [id], Ct);
#pragma warning restore EF1002
    }
}
