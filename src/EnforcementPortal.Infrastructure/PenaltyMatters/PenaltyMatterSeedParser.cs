using System.Net;
using System.Text.RegularExpressions;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Infrastructure.Seed;

namespace EnforcementPortal.Infrastructure.PenaltyMatters;

/// <summary>
/// Reads the published list of administrative-penalty matters (the 西咸新区综合行政执法局 list of 行政处罚事项) into
/// <see cref="PenaltyMatter"/>s, in list order.
/// </summary>
/// <remarks>
/// The text is a table copied out of a web page: each item is its name on a line of its own (sometimes wrapped over
/// two lines), then rows "key TAB value" (权利类型 … 实施机关 …, 实施依据, 责任事项, 责任依据, 备注), keys sometimes wrapped in
/// &lt;p&gt;. A value continues on the following lines: lines that start with a TAB (the table cell resumed after a page
/// break, often mid-word) and plain lines (lists copied as "- （一）…"). Values carry HTML paragraphs. After 备注 comes
/// the caption of a flowchart image that is not part of the text.
/// </remarks>
public static partial class PenaltyMatterSeedParser
{
    public const string PowerTypeKey = "权利类型";
    public const string AuthorityKey = "实施机关";
    public const string AdministrativeLevelKey = "行政层次";
    public const string LegalBasisKey = "实施依据";
    public const string ResponsibilitiesKey = "责任事项";
    public const string ResponsibilityBasisKey = "责任依据";
    public const string RemarksKey = "备注";

    private const string FlowchartCaption = "综合行政执法事项行政处罚流程图";

    private static readonly HashSet<string> Keys =
    [
        PowerTypeKey, AuthorityKey, AdministrativeLevelKey, LegalBasisKey, ResponsibilitiesKey, ResponsibilityBasisKey, RemarksKey,
    ];

    /// <summary>Parses the copy of the 西咸新区综合行政执法局 list of 行政处罚事项 embedded in this assembly.</summary>
    public static IReadOnlyList<PenaltyMatter> ParseEmbeddedSeed() =>
        Parse(EmbeddedSeed.ReadText(EmbeddedSeed.PenaltyMattersResourceName));

    /// <exception cref="FormatException">The text does not have the shape of the list.</exception>
    public static IReadOnlyList<PenaltyMatter> Parse(string seedText)
    {
        ArgumentNullException.ThrowIfNull(seedText);

        var rawItems = ReadRawItems(seedText);

        // One item of the list gives 行政层次 instead of 实施机关; the list is one bureau's, so it takes that bureau.
        var catalogueAuthority = rawItems
            .Select(i => i.SingleLine(AuthorityKey))
            .OfType<string>()
            .GroupBy(a => a, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();

        var matters = new List<PenaltyMatter>(rawItems.Count);
        foreach (var (item, index) in rawItems.Select((item, index) => (item, index)))
        {
            var sequence = index + 1;
            var name = CleanName(string.Concat(item.NameLines));
            var legalBasis = JoinParagraphs(Paragraphs(item.Chunks(LegalBasisKey)));
            if (name.Length == 0 || legalBasis is null)
            {
                throw new FormatException($"Penalty matter {sequence} ('{name}') has no name or no legal basis.");
            }

            matters.Add(PenaltyMatter.Create(
                sequence,
                name,
                powerType: item.SingleLine(PowerTypeKey) ?? throw new FormatException($"Penalty matter {sequence} has no {PowerTypeKey}."),
                implementingAuthority: item.SingleLine(AuthorityKey) ?? catalogueAuthority
                    ?? throw new FormatException($"Penalty matter {sequence} has no {AuthorityKey}."),
                legalBasis,
                responsibilities: JoinParagraphs(Paragraphs(item.Chunks(ResponsibilitiesKey)).SelectMany(SplitStages)),
                responsibilityBasis: JoinParagraphs(Paragraphs(item.Chunks(ResponsibilityBasisKey))),
                administrativeLevel: item.SingleLine(AdministrativeLevelKey),
                remarks: item.SingleLine(RemarksKey)));
        }

        return matters;
    }

    private static List<RawItem> ReadRawItems(string seedText)
    {
        var items = new List<RawItem>();
        var pendingName = new List<string>();
        RawItem? current = null;
        string? currentKey = null;
        var lineNumber = 0;

        foreach (var line in seedText.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var cells = line.Split('\t');
            var key = cells.Length > 1 ? CellText(cells[0]) : null;

            if (key is not null && Keys.Contains(key))
            {
                if (key == PowerTypeKey)
                {
                    current = new RawItem(pendingName);
                    items.Add(current);
                    pendingName = [];
                }

                if (current is null)
                {
                    throw new FormatException($"Line {lineNumber}: '{key}' before the first item's name.");
                }

                for (var i = 0; i < cells.Length; i++)
                {
                    var cellKey = CellText(cells[i]);
                    if (Keys.Contains(cellKey))
                    {
                        currentKey = cellKey;
                        current.Start(cellKey, i + 1 < cells.Length ? cells[++i] : string.Empty);
                    }
                    else
                    {
                        current.Append(currentKey!, cells[i]);
                    }
                }

                // 备注 is the last row of an item; what follows is the flowchart caption and the next item's name.
                if (currentKey == RemarksKey)
                {
                    currentKey = null;
                }

                continue;
            }

            if (currentKey is null)
            {
                var text = line.Trim();
                if (text.Length > 0 && text != FlowchartCaption)
                {
                    pendingName.Add(text);
                }
            }
            else
            {
                foreach (var cell in cells)
                {
                    current!.Append(currentKey, cell);
                }
            }
        }

        if (pendingName.Count > 0)
        {
            throw new FormatException($"Text after the last item: '{string.Concat(pendingName)}'.");
        }

        return items;
    }

    /// <summary>
    /// The paragraphs of a value: HTML paragraphs, list lines and continuation lines. A chunk that resumes a paragraph
    /// cut by a page break (the previous one ends mid-sentence and the chunk does not open a new article or item) is
    /// joined to it without a space.
    /// </summary>
    private static List<string> Paragraphs(IEnumerable<string> chunks)
    {
        var paragraphs = new List<string>();
        foreach (var chunk in chunks)
        {
            var first = true;
            foreach (var part in ParagraphBreak().Split(chunk))
            {
                var text = CleanText(part);
                if (text.Length == 0)
                {
                    continue;
                }

                if (first && paragraphs.Count > 0 && ContinuesPrevious(paragraphs[^1], text))
                {
                    paragraphs[^1] += text;
                }
                else
                {
                    paragraphs.Add(text);
                }

                first = false;
            }
        }

        return paragraphs;
    }

    private static bool ContinuesPrevious(string previous, string next)
    {
        var last = previous[^1];
        if (last is '，' or '、' or ',')
        {
            return true;
        }

        return !"。；：！？”’）)》」』.;:!?".Contains(last, StringComparison.Ordinal) && !ParagraphStart().IsMatch(next);
    }

    /// <summary>The stage duties are often one run of text "1. 立案阶段责任：… 2. 调查阶段责任：…"; give each its own line.</summary>
    private static IEnumerable<string> SplitStages(string paragraph) =>
        StageBreak().Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string? JoinParagraphs(IEnumerable<string> paragraphs)
    {
        var text = string.Join('\n', paragraphs);
        return text.Length == 0 ? null : text;
    }

    private static string CellText(string cell) => CleanText(cell);

    private static string CleanText(string html)
    {
        var text = WebUtility.HtmlDecode(Tag().Replace(html, string.Empty)).Replace('\u00A0', ' ');
        text = EnglishAnd().Replace(text, "和");
        text = Whitespace().Replace(text, " ").Trim();
        return ListBullet().Replace(text, string.Empty);
    }

    /// <summary>Names are Chinese only; the spaces in them are line-wrap residue ("超越 资质等级").</summary>
    private static string CleanName(string name) =>
        Whitespace().Replace(CleanText(name), string.Empty);

    private sealed class RawItem(List<string> nameLines)
    {
        private readonly Dictionary<string, List<string>> _fields = [];

        public IReadOnlyList<string> NameLines { get; } = nameLines;

        public void Start(string key, string value) => _fields[key] = [value];

        public void Append(string key, string cell)
        {
            if (!string.IsNullOrWhiteSpace(cell))
            {
                _fields[key].Add(cell);
            }
        }

        public List<string> Chunks(string key) => _fields.TryGetValue(key, out var chunks) ? chunks : [];

        public string? SingleLine(string key)
        {
            var text = string.Join(' ', Chunks(key).Select(CleanText).Where(t => t.Length > 0));
            return text.Length == 0 ? null : text;
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"</p\s*>|<p(?:\s[^>]*)?>|</?ol(?:\s[^>]*)?>|</?li(?:\s[^>]*)?>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // "- （一）业主名册；": a list copied as Markdown.
    [GeneratedRegex(@"^-\s+")]
    private static partial Regex ListBullet();

    // The copy replaced a few "和" between Chinese words by " and " (规范 and 操作程序).
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\s*and\s*(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex EnglishAnd();

    // A line that opens an article, a paragraph, a numbered item or a law's title.
    [GeneratedRegex(@"^(?:第[零〇一二三四五六七八九十百千两]+\s*[条款]|\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|《)")]
    private static partial Regex ParagraphStart();

    // Before "2. 调查阶段责任" in a run of numbered duties (after a space or straight after "。"), and before
    // "调查阶段责任：" where the numbers are missing.
    [GeneratedRegex(@"\s+(?=\d{1,2}\s*[.．、]\s*\S)|(?<=。)(?=\d{1,2}\s*[.．、]\s*\p{IsCJKUnifiedIdeographs})|(?<=。)(?=\p{IsCJKUnifiedIdeographs}{2}阶段责任[:：])")]
    private static partial Regex StageBreak();
}
