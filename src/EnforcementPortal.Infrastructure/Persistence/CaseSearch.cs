using EnforcementPortal.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Persistence;

/// <summary>
/// The case list's search: a substring of the case number, site name or party name, or the whole credit code (18
/// characters, its unique index). Substrings are served by an index where the provider has one: SQLite's FTS5 table <c>CaseSearch</c> (trigram tokenizer) and PostgreSQL's pg_trgm GIN indexes,
/// both created by the hand-written <c>SearchIndexes</c> migrations (kept in step with the rows by triggers on SQLite,
/// by the indexes themselves on PostgreSQL). A trigram index needs three characters: a shorter term (一两个汉字) is
/// matched by the plain substring test while the list is read in its keyset order, which stops at the first page's
/// worth of hits. SQL Server uses the substring test for every term (docs/benchmarks.md, "Search").
/// </summary>
public static class CaseSearch
{
    /// <summary>The shortest term a trigram index can serve.</summary>
    public const int IndexedTermLength = 3;

    /// <summary>The SQLite FTS5 table (trigram, case-sensitive like the substring test) of case number, site name and party name, by case id.</summary>
    public const string SqliteTable = "CaseSearch";

    /// <summary>The ids of the cases matching a phrase ({0}) in the FTS5 table, or whose party has the credit code {1}.</summary>
    private const string SqliteHits = """
        SELECT "CaseId" AS "Value" FROM "CaseSearch" WHERE "CaseSearch" MATCH {0}
        UNION ALL
        SELECT c."Id" FROM "Cases" AS c WHERE c."PartyId" IN (SELECT p."Id" FROM "Parties" AS p WHERE p."CreditCode" = {1})
        """;

    public static IQueryable<EnforcementCase> Matching(this IQueryable<EnforcementCase> cases, AppDbContext db, string term)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        // Control characters and lone surrogates (hostile input) take the plain substring test, never the FTS5 parser.
        var indexable = term.Length >= IndexedTermLength && !term.Any(c => char.IsControl(c) || char.IsSurrogate(c));
        if (indexable && db.Database.IsSqlite())
        {
            var hits = db.Database.SqlQueryRaw<Guid>(SqliteHits, Phrase(term), term);
            return cases.Where(c => hits.Contains(c.Id));
        }

        if (indexable && db.Database.IsNpgsql())
        {
            // Each branch is read from its own index (a bitmap of the trigram GIN indexes on the case's columns; the
            // parties by their trigram and credit-code indexes, then their cases by PartyId); an OR across the tables
            // would be a filter over every case instead.
            var pattern = "%" + EscapeLike(term) + "%";
            var parties = db.Parties.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || p.CreditCode == term).Select(p => p.Id);
            // The outer query is already scoped to the user's department; the branches read the whole search index.
            var byCase = db.Cases.IgnoreQueryFilters().Where(c => EF.Functions.Like(c.Number, pattern, "\\") || EF.Functions.Like(c.SiteName, pattern, "\\")).Select(c => c.Id);
            var byParty = db.Cases.IgnoreQueryFilters().Where(c => parties.Contains(c.PartyId)).Select(c => c.Id);
            var ids = byCase.Union(byParty);
            return cases.Where(c => ids.Contains(c.Id));
        }

        return cases.Where(c => c.Number.Contains(term) || c.SiteName.Contains(term)
            || db.Parties.Any(p => p.Id == c.PartyId && (p.Name.Contains(term) || p.CreditCode == term)));
    }

    /// <summary>An FTS5 phrase: with the trigram tokenizer, the term as a substring of any column.</summary>
    public static string Phrase(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string EscapeLike(string term) =>
        term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
