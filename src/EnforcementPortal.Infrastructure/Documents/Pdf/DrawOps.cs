using System.Collections;
using SkiaSharp;

namespace EnforcementPortal.Infrastructure.Documents.Pdf;

/// <summary>One drawing instruction on a laid-out page, in page coordinates (points, origin top left).</summary>
internal abstract record DrawOp;

/// <summary>A run of text in one face; with <see cref="GlyphX"/> each code point is placed (justified lines).</summary>
internal sealed record TextOp(FontFace Face, float Size, string Text, float X, float Baseline) : DrawOp
{
    public float[]? GlyphX { get; init; }

    public SKColor Color { get; init; } = PdfStyle.Ink;
}

internal sealed record LineOp(float X1, float Y1, float X2, float Y2, float Thickness) : DrawOp
{
    public SKColor Color { get; init; } = PdfStyle.Ink;

    public bool Dashed { get; init; }
}

internal sealed record RectangleOp(SKRect Bounds, float Thickness) : DrawOp
{
    public SKColor Color { get; init; } = PdfStyle.Ink;
}

internal sealed record CircleOp(float CenterX, float CenterY, float Radius, float Thickness) : DrawOp
{
    public SKColor Color { get; init; } = PdfStyle.Ink;

    public bool Dashed { get; init; }
}

/// <summary>A QR code's module matrix (quiet zone included) drawn as filled squares.</summary>
internal sealed record QrCodeOp(IReadOnlyList<BitArray> Modules, float X, float Y, float Size) : DrawOp;

/// <summary>An encoded image (JPEG or PNG) drawn into <see cref="Destination"/>.</summary>
internal sealed record ImageOp(byte[] EncodedImage, SKRect Destination) : DrawOp;

/// <summary>
/// The volume pages of another document in the same file, centred at <see cref="CenterX"/>; known only once every
/// document is laid out, and replaced by a <see cref="TextOp"/> before drawing.
/// </summary>
internal sealed record PageReferenceOp(int DocumentIndex, FontFace Face, float Size, float CenterX, float Baseline) : DrawOp;
