using SkiaSharp;

namespace EnforcementPortal.Infrastructure.Documents.Pdf;

/// <summary>The page and type measures of the bureau's documents, in PDF points (1/72 inch).</summary>
internal static class PdfStyle
{
    public const float PageWidth = 595f;
    public const float PageHeight = 842f;
    public const float MarginTop = 72f;
    public const float MarginBottom = 72f;
    public const float MarginLeft = 60f;
    public const float MarginRight = 60f;
    public const float ContentWidth = PageWidth - MarginLeft - MarginRight;
    public const float ContentBottom = PageHeight - MarginBottom;
    public const float ContentHeight = ContentBottom - MarginTop;

    public const float BodySize = 12f;
    public const float BodyLineHeight = BodySize * 1.6f;

    /// <summary>公文 indents the first line of a paragraph by two characters.</summary>
    public const float ParagraphIndent = 2 * BodySize;

    public const float TitleSize = 20f;
    public const float TitleLineHeight = TitleSize * 1.5f;

    public const float TableSize = 11f;
    public const float TableLineHeight = TableSize * 1.55f;
    public const float TablePaddingX = 5f;
    public const float TablePaddingY = 4f;
    public const float RuleThickness = 0.75f;

    public const float SmallSize = 9f;
    public const float HeaderBaseline = 46f;
    public const float HeaderRuleY = 53f;
    public const float FooterTextBaseline = PageHeight - 54f;
    public const float PageNumberBaseline = PageHeight - 38f;

    public const float PointsPerMillimetre = 72f / 25.4f;

    public static readonly SKColor Ink = SKColors.Black;
    public static readonly SKColor Muted = new(0x55, 0x55, 0x55);
    public static readonly SKColor Placeholder = new(0x99, 0x99, 0x99);

    /// <summary>
    /// The baseline that centres the ideographic em box of <paramref name="size"/> in a line box; CJK faces put the
    /// em box from 0.88 em above the baseline to 0.12 em below it.
    /// </summary>
    public static float Baseline(float lineTop, float lineHeight, float size) =>
        lineTop + ((lineHeight - size) / 2) + (size * 0.88f);
}
