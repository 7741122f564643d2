using SkiaSharp;

namespace EnforcementPortal.Infrastructure.Documents.Pdf;

/// <summary>Measures text with the full typefaces; one per rendering, not thread-safe.</summary>
internal sealed class TextMeasurer : IDisposable
{
    private readonly FontLibrary _fonts;
    private readonly Dictionary<(FontFace Face, float Size), SKFont> _cache = [];
    private readonly Dictionary<(FontFace Face, float Size), ChineseLineBreaker> _breakers = [];

    public TextMeasurer(FontLibrary fonts)
    {
        _fonts = fonts;
    }

    /// <summary>Fonts for measuring and drawing are made the same way, so that widths agree to the hundredth.</summary>
    public static SKFont CreateFont(SKTypeface typeface, float size) =>
        new(typeface, size)
        {
            Subpixel = true,
            LinearMetrics = true,
            Hinting = SKFontHinting.None,
            Edging = SKFontEdging.Antialias,
        };

    public float Measure(FontFace face, float size, string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!ArabicScript.Contains(text))
        {
            return Font(face, size).MeasureText(text);
        }

        return ArabicScript.Runs(text).Sum(run => run.IsArabic
            ? _fonts.GetArabicShaper(face).Shape(run.Text, size).Width
            : Font(face, size).MeasureText(run.Text));
    }

    /// <summary>The advance of each code point of <paramref name="text"/>.</summary>
    public float[] GlyphWidths(FontFace face, float size, string text) => Font(face, size).GetGlyphWidths(text, null);

    public ChineseLineBreaker Breaker(FontFace face, float size)
    {
        if (!_breakers.TryGetValue((face, size), out var breaker))
        {
            breaker = new ChineseLineBreaker(s => Measure(face, size, s));
            _breakers[(face, size)] = breaker;
        }

        return breaker;
    }

    public void Dispose()
    {
        foreach (var font in _cache.Values)
        {
            font.Dispose();
        }

        _cache.Clear();
    }

    private SKFont Font(FontFace face, float size)
    {
        if (!_cache.TryGetValue((face, size), out var font))
        {
            font = CreateFont(_fonts.GetMeasuringTypeface(face), size);
            _cache[(face, size)] = font;
        }

        return font;
    }
}
