using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Persistence;

/// <summary>
/// The case list's search: a substring of the case number, site name or party name, or the whole credit code (18
/// characters, its unique index). Substrings are served by an index where the provider has one: SQLite's FTS5 table <c>CaseSearch</c> (trigram tokenizer) and PostgreSQL's pg_trgm GIN indexes,
/// both created by the hand-written <c>SearchIndexes</c> migrations (kept in step with the rows by triggers on SQLite,
/// by the indexes themselves on PostgreSQL). A trigram index needs three characters: a shorter term (一两个汉字) is
/// matched by the plain substring test while the list is read in its keyset order, which stops at the first page's
/// worth of hits. SQL Server uses the substring test for every term (docs/benchmarks.md, "Search").
/// <para>
/// On SQLite the list chooses per request how to read the hits, so that a common term and a rare one both cost about
/// a page (docs/benchmarks.md, "Search with a common term"): FTS5 counts the hits in the user's department (the table
/// holds the department as a token, migration <c>SearchByDepartment</c>) up to <see cref="HitListLimit"/>. Fewer →
/// the list is read from the hits (FTS5 first, each case by its id, then a sort of those hits only). As many or more →
/// the hits are dense, and the list is read in its keyset index order with the substring test on each row, which stops
/// at the first page's worth. Either way the substring test decides what is found, so both give exactly the same rows.
/// </para>
/// <para>
/// PostgreSQL makes the same choice: the hits in the list's scope are counted per branch (case number or site; party
/// name or credit code) up to <see cref="HitListLimit"/> through the trigram indexes; fewer → the union of the branches'
/// hits, sorted; as many or more → the list walked in its keyset index order with the substring test.
/// </para>
/// </summary>
public static class CaseSearch
{
    /// <summary>The shortest term a trigram index can serve.</summary>
    public const int IndexedTermLength = 3;

    /// <summary>
    /// Below this many hits in the user's department the list is read from the hits (FTS5, then each case by id, then a
    /// sort); from this many on, in list order with the substring test on each row. Measured in docs/benchmarks.md
    /// ("Search with a common term"): a hit read that way costs about five to ten list rows walked, and a walk needs
    /// about 21 × (rows in scope) / (hits) rows, so the two balance near 1 000 at a million cases.
    /// </summary>
    public const int HitListLimit = 1000;

    /// <summary>The SQLite FTS5 table (trigram, case-sensitive like the substring test) of case number, site name, party name, credit code and department token, by case id.</summary>
    public const string SqliteTable = "CaseSearch";

    /// <summary>Fills the FTS5 table from every case, as the SearchByDepartment migration does (the data generator fills it once, after its bulk insert).</summary>
    public const string SqliteFill = """
        INSERT INTO "CaseSearch" ("CaseId", "Number", "SiteName", "PartyName", "CreditCode", "Department")
        SELECT c."Id", c."Number", c."SiteName", p."Name", p."CreditCode", '#' || c."Department" || '#' FROM "Cases" AS c JOIN "Parties" AS p ON p."Id" = c."PartyId"
        """;

    /// <summary>How many hits (up to {1}) the FTS5 query {0} has; reads the index only, not the rows.</summary>
    private const string SqliteCount = """
        SELECT count(*) AS "Value" FROM (SELECT 1 FROM "CaseSearch" WHERE "CaseSearch" MATCH {0} LIMIT {1})
        """;

    /// <summary>The ids of the cases matching the FTS5 query {0}.</summary>
    private const string SqliteHits = """
        SELECT "CaseId" AS "Value" FROM "CaseSearch" WHERE "CaseSearch" MATCH {0}
        """;

    /// <summary>
    /// The cases matching a term, for a list in the scope of <paramref name="cases"/>, read in the cheaper of the two
    /// ways on SQLite (see the class summary); <paramref name="department"/> is the list's own department filter, if any
    /// (a department user's scope is taken from <paramref name="db"/>).
    /// </summary>
    public static Task<IQueryable<EnforcementCase>> MatchingAsync(this IQueryable<EnforcementCase> cases, AppDbContext db, string term, DepartmentCode? department, CancellationToken cancellationToken) =>
        cases.MatchingAsync(db, term, department, HitListLimit, cancellationToken);

    /// <inheritdoc cref="MatchingAsync(IQueryable{EnforcementCase}, AppDbContext, string, DepartmentCode?, CancellationToken)"/>
    /// <param name="hitListLimit">From this many hits on, the list is walked in its order (tests choose each way with it).</param>
    public static async Task<IQueryable<EnforcementCase>> MatchingAsync(this IQueryable<EnforcementCase> cases, AppDbContext db, string term, DepartmentCode? department, int hitListLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        // Control characters and lone surrogates (hostile input) take the plain substring test, never the FTS5 parser.
        var indexable = term.Length >= IndexedTermLength && !term.Any(c => char.IsControl(c) || char.IsSurrogate(c));
        if (indexable && db.Database.IsSqlite())
        {
            // A whole credit code is looked up by its unique index; only then is the credit-code column asked (a part of
            // a code, e.g. digits of a case number, would otherwise count thousands of parties).
            var isCreditCode = await db.Parties.AnyAsync(p => p.CreditCode == term, cancellationToken);
            var scope = department ?? (db.ScopeSeesAll ? null : db.ScopeDepartment);
            var query = SqliteQuery(term, isCreditCode, scope);
            var hits = await db.Database.SqlQueryRaw<int>(SqliteCount, query, hitListLimit).SingleAsync(cancellationToken);
            if (hits >= hitListLimit)
            {
                return cases.Where(SubstringTest(db, term));
            }

            // The hits first, then each case by its id: a CROSS JOIN (EF Core's uncorrelated SelectMany) is the one join
            // whose order SQLite keeps. With an IN, or an inner join, it would walk the list index from the keyset
            // cursor (a department's equality looks selective to a planner without statistics) testing each row.
            var ids = db.Database.SqlQueryRaw<Guid>(SqliteHits, query);
            return (from id in ids from c in cases where c.Id == id select c).Where(SubstringTest(db, term));
        }

        if (indexable && db.Database.IsNpgsql())
        {
            // Each branch is read from its own index (a bitmap of the trigram GIN indexes on the case's columns; the
            // parties by their trigram and credit-code indexes, then their cases by PartyId); an OR across the tables
            // would be a filter over every case instead.
            var pattern = "%" + EscapeLike(term) + "%";
            var parties = db.Parties.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || p.CreditCode == term).Select(p => p.Id);

            // The hits in the list's own scope and filters, counted per branch up to the limit: a bitmap of the trigram
            // indexes, then at most that many rows read (the sum may count a case twice, which only moves the choice).
            var caseHits = await cases.Where(c => EF.Functions.Like(c.Number, pattern, "\\") || EF.Functions.Like(c.SiteName, pattern, "\\"))
                .Take(hitListLimit).CountAsync(cancellationToken);
            var hits = caseHits >= hitListLimit ? caseHits
                : caseHits + await cases.Where(c => parties.Contains(c.PartyId)).Take(hitListLimit - caseHits).CountAsync(cancellationToken);
            if (hits >= hitListLimit)
            {
                // Dense hits: the list is read in its keyset index order (IX_Cases_List_Department for a department) with
                // the substring test on each row, and stops at the page's worth (docs/benchmarks.md, "Search with a common
                // term on PostgreSQL"). The party test is a hashed subplan over the trigram index's few parties.
                return cases.Where(SubstringTest(db, term));
            }

            // The outer query is already scoped to the user's department; the branches read the whole search index.
            var byCase = db.Cases.IgnoreQueryFilters().Where(c => EF.Functions.Like(c.Number, pattern, "\\") || EF.Functions.Like(c.SiteName, pattern, "\\")).Select(c => c.Id);
            var byParty = db.Cases.IgnoreQueryFilters().Where(c => parties.Contains(c.PartyId)).Select(c => c.Id);
            var union = byCase.Union(byParty);
            return cases.Where(c => union.Contains(c.Id));
        }

        return cases.Where(SubstringTest(db, term));
    }

    /// <summary>
    /// The FTS5 query: the term as a phrase (with the trigram tokenizer, a substring) of the case number, site name or
    /// party name, or of the credit code when the term is a whole one; within the department's token when there is one.
    /// </summary>
    public static string SqliteQuery(string term, bool isCreditCode, DepartmentCode? department)
    {
        var phrase = Phrase(term);
        var text = "{Number SiteName PartyName} : " + phrase;
        if (isCreditCode)
        {
            text = "(" + text + " OR CreditCode : " + phrase + ")";
        }

        return department is { } code ? text + " AND Department : " + Phrase(DepartmentToken(code)) : text;
    }

    /// <summary>The department's token in the FTS5 table (one trigram), as the SearchByDepartment migration writes it.</summary>
    public static string DepartmentToken(DepartmentCode department) =>
        "#" + ((int)department).ToString(System.Globalization.CultureInfo.InvariantCulture) + "#";

    /// <summary>What a search finds, on every provider: a substring of the number, site or party name, or the whole credit code.</summary>
    private static System.Linq.Expressions.Expression<Func<EnforcementCase, bool>> SubstringTest(AppDbContext db, string term) =>
        c => c.Number.Contains(term) || c.SiteName.Contains(term)
            || db.Parties.Any(p => p.Id == c.PartyId && (p.Name.Contains(term) || p.CreditCode == term));

    /// <summary>An FTS5 phrase: with the trigram tokenizer, the term as a substring of any column.</summary>
    public static string Phrase(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string EscapeLike(string term) =>
        term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
