using System.Text.RegularExpressions;

namespace EnforcementPortal.Domain.PenaltyMatters;

/// <summary>
/// Finds the articles a legal basis cites, best effort. The basis is plain text, one paragraph a line, in the shape
/// of the published catalogues: a law's title on its own line (《城市房地产开发经营管理条例》（…发布…）), then the
/// articles of that law each starting a line (第三十六条 …, 第四十五条第一款 …, 第二款 …), plus inline citations of
/// another law (依照《城市房地产开发经营管理条例》第三十九条的规定处罚).
/// </summary>
public static partial class LegalProvisionExtractor
{
    private const string Numeral = "[零〇一二三四五六七八九十百千两]+";

    public static IReadOnlyList<LegalProvision> Extract(string? legalBasis)
    {
        if (string.IsNullOrWhiteSpace(legalBasis))
        {
            return [];
        }

        var found = new List<LegalProvision>();
        string? currentLaw = null;
        string? currentArticle = null;

        foreach (var rawLine in legalBasis.Split('\n'))
        {
            var line = rawLine.Trim();
            var searchFrom = 0;

            var header = LawHeader().Match(line);
            if (header.Success)
            {
                currentLaw = header.Groups["title"].Value.Trim();
                currentArticle = null;

                // The header is searched for inline citations too: 《城市商品房预售管理办法》第十三条 on one line.
            }
            else if (ArticleAtStart().Match(line) is { Success: true } article)
            {
                currentArticle = NormaliseArticle(article.Groups["article"].Value);
                if (currentLaw is not null)
                {
                    Add(found, currentLaw, currentArticle, ClauseOf(article));
                }

                searchFrom = article.Length;
            }
            else if (ClauseAtStart().Match(line) is { Success: true } clause && currentLaw is not null && currentArticle is not null)
            {
                Add(found, currentLaw, currentArticle, $"第{clause.Groups["clause"].Value}款");
                searchFrom = clause.Length;
            }

            foreach (Match inline in InlineCitation().Matches(line, searchFrom))
            {
                Add(found, inline.Groups["title"].Value.Trim(), NormaliseArticle(inline.Groups["article"].Value), ClauseOf(inline));
            }
        }

        return found;
    }

    private static string? ClauseOf(Match match) =>
        match.Groups["clause"].Success ? $"第{match.Groups["clause"].Value}款" : null;

    // "第二十二 条" occurs in the seed; the citation has no space.
    private static string NormaliseArticle(string article) => $"第{article}条";

    private static void Add(List<LegalProvision> found, string lawTitle, string article, string? clause)
    {
        if (lawTitle.Length == 0 || lawTitle.Length > LegalProvision.LawTitleMaxLength)
        {
            return;
        }

        var provision = new LegalProvision(lawTitle, article, clause);
        if (!found.Contains(provision))
        {
            found.Add(provision);
        }
    }

    // "1. 《中华人民共和国城市房地产管理法》" or "《商品房销售管理办法》（2001年…）" at the start of a line.
    [GeneratedRegex(@"^(?:\d{1,2}\s*[.．、]\s*)?《(?<title>[^《》]+)》")]
    private static partial Regex LawHeader();

    [GeneratedRegex(@"^第(?<article>" + Numeral + @")\s*条(?:\s*第(?<clause>" + Numeral + ")款)?")]
    private static partial Regex ArticleAtStart();

    [GeneratedRegex(@"^第(?<clause>" + Numeral + ")款")]
    private static partial Regex ClauseAtStart();

    [GeneratedRegex(@"《(?<title>[^《》]+)》\s*第(?<article>" + Numeral + @")\s*条(?:\s*第(?<clause>" + Numeral + ")款)?")]
    private static partial Regex InlineCitation();
}
