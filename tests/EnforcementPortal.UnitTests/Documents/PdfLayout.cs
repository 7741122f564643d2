using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>One printed line of a rendered page, read back from the PDF's glyph positions (PdfPig).</summary>
/// <param name="Text">The line's characters from left to right, without spaces.</param>
/// <param name="Letters">The glyphs, left to right.</param>
/// <param name="Baseline">Distance of the baseline from the top of the page, in points.</param>
internal sealed record PdfLine(string Text, IReadOnlyList<Letter> Letters, double Baseline)
{
    public double Left => Letters[0].BoundingBox.Left;

    public double FontSize => Letters.Max(l => l.PointSize);
}

/// <summary>The lines of each page of a PDF, grouped by baseline.</summary>
internal static class PdfLayout
{
    /// <summary>Page height of A4 in points; PdfPig measures from the bottom.</summary>
    private const double PageHeight = 842;

    /// <summary>The page's header and footer (running title, verification code, page number) lie outside these.</summary>
    public const double BodyTop = 72 - 2;

    public const double BodyBottom = 842 - 72 + 2;

    public static List<List<PdfLine>> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(LinesOf)];
    }

    /// <summary>The lines of the body: between the header and the footer.</summary>
    public static List<PdfLine> Body(IEnumerable<PdfLine> page) =>
        [.. page.Where(l => l.Baseline is > BodyTop and < BodyBottom)];

    private static List<PdfLine> LinesOf(Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var lines = new List<PdfLine>();
        foreach (var group in letters.GroupBy(l => Math.Round((PageHeight - l.StartBaseLine.Y) * 2) / 2).OrderBy(g => g.Key))
        {
            // Two cells of a table row share a baseline: split the row where a gap is wider than three characters.
            var ordered = group.OrderBy(l => l.StartBaseLine.X).ToList();
            var run = new List<Letter> { ordered[0] };
            for (var i = 1; i < ordered.Count; i++)
            {
                var gap = ordered[i].StartBaseLine.X - ordered[i - 1].EndBaseLine.X;
                if (gap > 3 * ordered[i].PointSize)
                {
                    lines.Add(Line(run, group.Key));
                    run = [];
                }

                run.Add(ordered[i]);
            }

            lines.Add(Line(run, group.Key));
        }

        return lines;
    }

    private static PdfLine Line(List<Letter> letters, double baseline)
    {
        var text = new StringBuilder();
        foreach (var letter in letters)
        {
            text.Append(letter.Value);
        }

        return new PdfLine(text.ToString(), [.. letters], baseline);
    }
}
