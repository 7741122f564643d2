using System.Text;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace EnforcementPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Arabic-script text (Uyghur names and addresses, common in 伊宁): found in a line, cut into runs, and shaped by
/// HarfBuzz into joined, right-to-left glyphs of the Noto Naskh Arabic font.
/// </summary>
internal static class ArabicScript
{
    public static bool IsArabic(int codePoint) => codePoint is (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F)
        or (>= 0x08A0 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);

    public static bool Contains(string text) => text.EnumerateRunes().Any(r => IsArabic(r.Value));

    /// <summary>
    /// The text cut into Arabic-script and other runs, in reading order. Spaces between two Arabic words belong to
    /// the Arabic run, so that a name of several words reads right to left as a whole.
    /// </summary>
    public static List<(string Text, bool IsArabic)> Runs(string text)
    {
        var runs = new List<(string Text, bool IsArabic)>();
        var run = new StringBuilder();
        bool? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var arabic = IsArabic(rune.Value);
            if (current is { } c && c != arabic)
            {
                runs.Add((run.ToString(), c));
                run.Clear();
            }

            current = arabic;
            run.Append(rune.ToString());
        }

        if (current is { } last)
        {
            runs.Add((run.ToString(), last));
        }

        // Arabic, spaces, Arabic: one run.
        for (var i = runs.Count - 2; i >= 1; i--)
        {
            if (runs[i - 1].IsArabic && runs[i + 1].IsArabic && !runs[i].IsArabic && string.IsNullOrWhiteSpace(runs[i].Text))
            {
                runs[i - 1] = (runs[i - 1].Text + runs[i].Text + runs[i + 1].Text, true);
                runs.RemoveRange(i, 2);
            }
        }

        return runs;
    }
}

/// <summary>A shaped run: glyph ids of the Arabic font with their positions from the run's left edge, in points.</summary>
internal sealed record ShapedRun(ushort[] Glyphs, float[] X, float[] Y, float Width);

/// <summary>Shapes Arabic-script runs with one font file (HarfBuzz; thread-safe: a buffer per call).</summary>
internal sealed class ArabicShaper : IDisposable
{
    private static readonly Language Uyghur = new("ug");

    private readonly Font _font;
    private readonly int _unitsPerEm;

    public ArabicShaper(string path)
    {
        using var blob = Blob.FromFile(path);
        var face = new Face(blob, 0);
        _unitsPerEm = face.UnitsPerEm;
        _font = new Font(face);
        _font.SetScale(_unitsPerEm, _unitsPerEm);
    }

    /// <summary>Shapers live as long as the process's font library; disposing frees the HarfBuzz font.</summary>
    public void Dispose() => _font.Dispose();

    public ShapedRun Shape(string text, float size)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = Direction.RightToLeft;
        buffer.Script = Script.Arabic;
        buffer.Language = Uyghur;
        _font.Shape(buffer);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var scale = size / _unitsPerEm;
        var glyphs = new ushort[infos.Length];
        var xs = new float[infos.Length];
        var ys = new float[infos.Length];
        var x = 0f;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            xs[i] = x + (positions[i].XOffset * scale);
            ys[i] = -positions[i].YOffset * scale;
            x += positions[i].XAdvance * scale;
        }

        return new ShapedRun(glyphs, xs, ys, x);
    }
}
