using System.Globalization;
using System.Text;

namespace EnforcementPortal.Infrastructure.Documents.Pdf;

/// <summary>One line produced by <see cref="ChineseLineBreaker"/>.</summary>
/// <param name="Text">The line without the spaces at which it was broken.</param>
/// <param name="Width">The measured width of <paramref name="Text"/>.</param>
/// <param name="StartsParagraph">The first line of a paragraph (after the start of the text or a line feed).</param>
/// <param name="EndsParagraph">The last line of a paragraph; such a line is not stretched when justifying.</param>
internal readonly record struct BrokenLine(string Text, float Width, bool StartsParagraph, bool EndsParagraph);

/// <summary>What a <see cref="TextUnit"/> is made of.</summary>
internal enum TextUnitKind
{
    /// <summary>A single CJK character or full-width punctuation mark: a line may break on either side.</summary>
    Ideograph,

    /// <summary>A run of Latin letters, digits and ASCII punctuation, kept on one line where possible.</summary>
    Word,

    /// <summary>A run of spaces: a break opportunity that disappears at the end or start of a line.</summary>
    Space,
}

/// <summary>The smallest piece of text the line breaker does not split (unless a word is wider than a line).</summary>
internal readonly record struct TextUnit(string Text, TextUnitKind Kind);

/// <summary>
/// Breaks Chinese text into lines of a given width. A line may break between any two CJK characters, Latin words and
/// numbers stay whole where possible, and the 禁则 (line-breaking) rules hold: no line starts with closing
/// punctuation such as ，。、；：？！）」』》” and no line ends with opening punctuation such as （「『《“. When a break
/// would violate them, characters move to the next line with the punctuation.
/// </summary>
internal sealed class ChineseLineBreaker
{
    /// <summary>Marks that must not start a line.</summary>
    public const string NotAtLineStart = "，。、；：？！）」』》〉】〕〗〙”’％‰・·…—～,.;:?!)]}%";

    /// <summary>Marks that must not end a line.</summary>
    public const string NotAtLineEnd = "（「『《〈【〔〖〘“‘([{";

    private const float Tolerance = 0.01f;

    private readonly Func<string, float> _measure;

    /// <param name="measure">Width of a piece of text in the font and size being set.</param>
    public ChineseLineBreaker(Func<string, float> measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        _measure = measure;
    }

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/>.</summary>
    /// <param name="text">The text; a line feed starts a new paragraph.</param>
    /// <param name="width">Width available to every line.</param>
    /// <param name="firstLineWidth">
    /// Width available to the first line of each paragraph (less than <paramref name="width"/> when it is indented);
    /// <paramref name="width"/> when omitted.
    /// </param>
    /// <returns>The lines; none for an empty text, an empty line for each empty paragraph between others.</returns>
    public IReadOnlyList<BrokenLine> Break(string text, float width, float? firstLineWidth = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        var lines = new List<BrokenLine>();
        if (text.Length == 0)
        {
            return lines;
        }

        var widths = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            BreakParagraph(paragraph, width, firstLineWidth ?? width, widths, lines);
        }

        return lines;
    }

    /// <summary>Splits text into units; the renderer uses the same units to spread a justified line.</summary>
    public static List<TextUnit> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = new List<TextUnit>();
        var run = new StringBuilder();
        var runKind = TextUnitKind.Ideograph;

        void Flush()
        {
            if (run.Length > 0)
            {
                units.Add(new TextUnit(run.ToString(), runKind));
                run.Clear();
            }
        }

        foreach (var rune in text.EnumerateRunes())
        {
            var kind = Classify(rune);
            if (kind == TextUnitKind.Ideograph)
            {
                Flush();
                units.Add(new TextUnit(rune.ToString(), kind));
                continue;
            }

            if (run.Length > 0 && kind != runKind)
            {
                Flush();
            }

            runKind = kind;
            run.Append(rune.ToString());
        }

        Flush();
        return units;
    }

    private static TextUnitKind Classify(Rune rune)
    {
        if (rune.Value is ' ' or '\t')
        {
            return TextUnitKind.Space;
        }

        // Dashes and ellipses come in pairs (—— ……) that must stay together; as "word" characters they do.
        if (rune.Value is '—' or '…')
        {
            return TextUnitKind.Word;
        }

        // Everything below the CJK blocks (Latin, Greek, Cyrillic, general punctuation) builds words, except
        // marks that Chinese text uses as full-width punctuation.
        if (rune.Value < 0x2E80 && rune.Value is not ('“' or '”' or '‘' or '’' or '·'))
        {
            return Rune.GetUnicodeCategory(rune) == UnicodeCategory.SpaceSeparator
                ? TextUnitKind.Space
                : TextUnitKind.Word;
        }

        return TextUnitKind.Ideograph;
    }

    private static bool StartsWithAny(string text, string marks) => text.Length > 0 && marks.Contains(text[0], StringComparison.Ordinal);

    private static bool EndsWithAny(string text, string marks) => text.Length > 0 && marks.Contains(text[^1], StringComparison.Ordinal);

    private void BreakParagraph(
        string paragraph,
        float width,
        float firstLineWidth,
        Dictionary<string, float> widths,
        List<BrokenLine> lines)
    {
        var units = Segment(paragraph);
        if (units.Count == 0)
        {
            lines.Add(new BrokenLine(string.Empty, 0, StartsParagraph: true, EndsParagraph: true));
            return;
        }

        float Measure(string s)
        {
            if (!widths.TryGetValue(s, out var w))
            {
                w = _measure(s);
                widths[s] = w;
            }

            return w;
        }

        var ranges = new List<(int Start, int End)>();
        var start = 0;
        while (start < units.Count)
        {
            var first = ranges.Count == 0;
            if (!first)
            {
                while (start < units.Count && units[start].Kind == TextUnitKind.Space)
                {
                    start++;
                }

                if (start == units.Count)
                {
                    break;
                }
            }

            var available = first ? firstLineWidth : width;
            var end = FitUnits(units, start, available, Measure, out var used, out var spacesBefore);

            if (end == start)
            {
                // Not even the first unit fits: split a word, or give a lone character a line of its own.
                SplitWordToFit(units, start, available, Measure);
                end = start + 1;
            }
            else if (end < units.Count)
            {
                // A word wider than any line is split to fill this one rather than leave a gap before it.
                var tooLong = units[end].Kind == TextUnitKind.Word && Measure(units[end].Text) > width + Tolerance;
                end = tooLong && SplitWordToFit(units, end, available - used - spacesBefore, Measure)
                    ? end + 1
                    : ApplyLineBreakRules(units, start, end);
            }

            ranges.Add((start, end));
            start = end;
        }

        AvoidLoneLastCharacter(units, ranges, width, Measure);
        for (var i = 0; i < ranges.Count; i++)
        {
            lines.Add(MakeLine(units, ranges[i].Start, ranges[i].End, Measure, i == 0, i == ranges.Count - 1));
        }
    }

    /// <summary>
    /// A paragraph should not end with one character on a line of its own (孤字), with or without the punctuation
    /// after it: the last character (or number) of the line before moves down to join it.
    /// </summary>
    private static void AvoidLoneLastCharacter(
        List<TextUnit> units,
        List<(int Start, int End)> ranges,
        float width,
        Func<string, float> measure)
    {
        if (ranges.Count < 2)
        {
            return;
        }

        var (lastStart, lastEnd) = ranges[^1];
        var (previousStart, previousEnd) = ranges[^2];
        var content = Enumerable.Range(lastStart, lastEnd - lastStart).Where(i => units[i].Kind != TextUnitKind.Space).ToList();
        var lone = content.Count > 0
            && units[content[0]].Kind == TextUnitKind.Ideograph
            && !StartsWithAny(units[content[0]].Text, NotAtLineStart)
            && content.Skip(1).All(i => StartsWithAny(units[i].Text, NotAtLineStart));
        if (!lone)
        {
            return;
        }

        var moved = previousEnd - 1;
        while (moved > previousStart && units[moved].Kind == TextUnitKind.Space)
        {
            moved--;
        }

        var remaining = Enumerable.Range(previousStart, moved - previousStart).Count(i => units[i].Kind != TextUnitKind.Space);
        if (remaining < 2
            || units[moved].Kind == TextUnitKind.Space
            || StartsWithAny(units[moved].Text, NotAtLineStart)
            || EndsWithAny(units[moved - 1].Text, NotAtLineEnd)
            || units[moved - 1].Kind == TextUnitKind.Space)
        {
            return;
        }

        var lastWidth = Enumerable.Range(moved, lastEnd - moved).Sum(i => measure(units[i].Text));
        if (lastWidth > width + Tolerance)
        {
            return;
        }

        ranges[^2] = (previousStart, moved);
        ranges[^1] = (moved, lastEnd);
    }

    /// <summary>The end (exclusive) of the longest run of units from <paramref name="start"/> that fits.</summary>
    /// <param name="used">Width of the units that fit, without trailing spaces.</param>
    /// <param name="trailingSpaces">Width of the spaces between the last unit that fits and the returned end.</param>
    private static int FitUnits(
        List<TextUnit> units,
        int start,
        float available,
        Func<string, float> measure,
        out float used,
        out float trailingSpaces)
    {
        used = 0;
        trailingSpaces = 0;
        var end = start;
        while (end < units.Count)
        {
            var unit = units[end];
            var w = measure(unit.Text);
            if (unit.Kind == TextUnitKind.Space)
            {
                // Spaces at the end of a line hang in the margin; they count only once text follows them.
                trailingSpaces += w;
                end++;
                continue;
            }

            if (used + trailingSpaces + w > available + Tolerance)
            {
                break;
            }

            used += trailingSpaces + w;
            trailingSpaces = 0;
            end++;
        }

        return end;
    }

    /// <summary>Moves the break back while it would start a line with closing or end one with opening punctuation.</summary>
    private static int ApplyLineBreakRules(List<TextUnit> units, int start, int end)
    {
        bool Violates(int at) =>
            (units[at].Kind != TextUnitKind.Space && StartsWithAny(units[at].Text, NotAtLineStart))
            || (units[at - 1].Kind != TextUnitKind.Space && EndsWithAny(units[at - 1].Text, NotAtLineEnd));

        var candidate = end;
        while (candidate > start + 1 && Violates(candidate))
        {
            candidate--;
        }

        // If the whole line is one unbreakable chain of punctuation, keep the greedy break.
        return Violates(candidate) ? end : KeepLabelWithValue(units, start, candidate);
    }

    /// <summary>
    /// A label ("地址：") is not left at the end of a line with its value on the next: when the break follows a
    /// colon, it moves to the start of the label (a short run of characters after punctuation or a space).
    /// </summary>
    private static int KeepLabelWithValue(List<TextUnit> units, int start, int end)
    {
        const int longestLabel = 8;
        if (end - 1 <= start || units[end - 1].Text is not ("：" or ":"))
        {
            return end;
        }

        static bool IsBoundary(TextUnit unit) =>
            unit.Kind == TextUnitKind.Space || unit.Text == "\u3000" || EndsWithAny(unit.Text, NotAtLineStart);

        var labelStart = end - 1;
        while (labelStart > start && end - 1 - labelStart < longestLabel && !IsBoundary(units[labelStart - 1]))
        {
            labelStart--;
        }

        var bounded = labelStart > start && IsBoundary(units[labelStart - 1]);
        return bounded && labelStart < end - 1 ? labelStart : end;
    }

    /// <summary>Splits the word at <paramref name="index"/> so that its first part fits; false if nothing fits.</summary>
    private static bool SplitWordToFit(List<TextUnit> units, int index, float available, Func<string, float> measure)
    {
        var unit = units[index];
        if (unit.Kind != TextUnitKind.Word)
        {
            return false;
        }

        var runes = unit.Text.EnumerateRunes().Select(r => r.ToString()).ToList();
        if (runes.Count < 2)
        {
            return false;
        }

        var take = 0;
        var used = 0f;
        while (take < runes.Count - 1)
        {
            var w = measure(runes[take]);
            if (used + w > available + Tolerance)
            {
                break;
            }

            used += w;
            take++;
        }

        if (take == 0)
        {
            return false;
        }

        units[index] = new TextUnit(string.Concat(runes.Take(take)), TextUnitKind.Word);
        units.Insert(index + 1, new TextUnit(string.Concat(runes.Skip(take)), TextUnitKind.Word));
        return true;
    }

    private static BrokenLine MakeLine(
        List<TextUnit> units,
        int start,
        int end,
        Func<string, float> measure,
        bool startsParagraph,
        bool endsParagraph)
    {
        var last = end;
        while (last > start && units[last - 1].Kind == TextUnitKind.Space)
        {
            last--;
        }

        var text = new StringBuilder();
        var width = 0f;
        for (var i = start; i < last; i++)
        {
            text.Append(units[i].Text);
            width += measure(units[i].Text);
        }

        return new BrokenLine(text.ToString(), width, startsParagraph, endsParagraph);
    }
}
