using System.Globalization;
using System.Text;
using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Infrastructure.Documents.Pdf;

namespace EnforcementPortal.Infrastructure.Documents;

/// <summary>
/// The characters the embedded fonts draw: Noto Serif SC (Chinese, Latin, digits, punctuation) and Noto Naskh Arabic
/// (Uyghur). Anything else would print as an empty box, so the forms refuse it.
/// </summary>
internal sealed class DocumentTextCoverage : IDocumentTextCoverage
{
    private readonly FontLibrary _fonts;

    public DocumentTextCoverage()
        : this(FontLibrary.For(FontLibrary.DefaultDirectory))
    {
    }

    internal DocumentTextCoverage(FontLibrary fonts)
    {
        _fonts = fonts;
    }

    public IReadOnlyList<string> Undrawable(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var missing = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsDrawn(rune) && !missing.Contains(rune.ToString(), StringComparer.Ordinal))
            {
                missing.Add(rune.ToString());
            }
        }

        return missing;
    }

    private bool IsDrawn(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.SpaceSeparator or UnicodeCategory.Control or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator)
        {
            return true;
        }

        // Joiners and directional marks draw nothing and are expected in Arabic-script text.
        if (rune.Value is 0x200C or 0x200D or 0x200E or 0x200F)
        {
            return true;
        }

        return ArabicScript.IsArabic(rune.Value)
            ? _fonts.GetArabicTypeface(FontFace.SerifRegular).GetGlyph(rune.Value) != 0
            : _fonts.GetMeasuringTypeface(FontFace.SerifRegular).GetGlyph(rune.Value) != 0;
    }
}
