using SkiaSharp;

namespace EnforcementPortal.Infrastructure.Documents.Pdf;

/// <summary>Replays laid-out pages on Skia's PDF canvas.</summary>
internal static class PdfPainter
{
    public static byte[] Paint(
        IReadOnlyList<List<DrawOp>> pages,
        IReadOnlyDictionary<FontFace, SKTypeface> typefaces,
        SKDocumentPdfMetadata metadata,
        FontLibrary library)
    {
        using var stream = new MemoryStream();
        var fonts = new Dictionary<(FontFace Face, float Size), SKFont>();
        try
        {
            using (var document = SKDocument.CreatePdf(stream, metadata))
            {
                using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
                using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke };
                using var dash = SKPathEffect.CreateDash([3f, 2.5f], 0);
                foreach (var page in pages)
                {
                    var canvas = document.BeginPage(PdfStyle.PageWidth, PdfStyle.PageHeight);
                    foreach (var op in page)
                    {
                        if (op is TextOp mixed && mixed.GlyphX is null && ArabicScript.Contains(mixed.Text))
                        {
                            fill.Color = mixed.Color;
                            DrawWithArabic(canvas, mixed, Font(typefaces, fonts, mixed.Face, mixed.Size), library, fill);
                            continue;
                        }

                        Draw(canvas, op, typefaces, fonts, fill, stroke, dash);
                    }

                    document.EndPage();
                }

                document.Close();
            }

            return stream.ToArray();
        }
        finally
        {
            foreach (var font in fonts.Values)
            {
                font.Dispose();
            }
        }
    }

    private static void Draw(
        SKCanvas canvas,
        DrawOp op,
        IReadOnlyDictionary<FontFace, SKTypeface> typefaces,
        Dictionary<(FontFace Face, float Size), SKFont> fonts,
        SKPaint fill,
        SKPaint stroke,
        SKPathEffect dash)
    {
        switch (op)
        {
            case TextOp text:
                fill.Color = text.Color;
                var font = Font(typefaces, fonts, text.Face, text.Size);
                if (text.GlyphX is { } glyphX)
                {
                    using var blob = SKTextBlob.CreateHorizontal(text.Text, font, glyphX, text.Baseline);
                    canvas.DrawText(blob, 0, 0, fill);
                }
                else
                {
                    canvas.DrawText(text.Text, text.X, text.Baseline, font, fill);
                }

                break;
            case LineOp line:
                Stroke(stroke, line.Color, line.Thickness, line.Dashed ? dash : null);
                canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, stroke);
                break;
            case RectangleOp rectangle:
                Stroke(stroke, rectangle.Color, rectangle.Thickness, null);
                canvas.DrawRect(rectangle.Bounds, stroke);
                break;
            case CircleOp circle:
                Stroke(stroke, circle.Color, circle.Thickness, circle.Dashed ? dash : null);
                canvas.DrawCircle(circle.CenterX, circle.CenterY, circle.Radius, stroke);
                break;
            case QrCodeOp qr:
                fill.Color = PdfStyle.Ink;
                using (var path = QrPath(qr))
                {
                    canvas.DrawPath(path, fill);
                }

                break;
            case ImageOp image:
                using (var skImage = SKImage.FromEncodedData(image.EncodedImage))
                {
                    if (skImage is not null)
                    {
                        canvas.DrawImage(skImage, image.Destination, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), null);
                    }
                }

                break;
            default:
                throw new NotSupportedException($"Cannot draw a {op.GetType().Name}.");
        }
    }

    /// <summary>
    /// A line with Arabic-script runs: the other runs in the document's font, each Arabic run shaped by HarfBuzz
    /// (joined forms, right to left) and drawn with the Noto Naskh Arabic glyphs at the shaped positions.
    /// </summary>
    private static void DrawWithArabic(SKCanvas canvas, TextOp text, SKFont font, FontLibrary library, SKPaint fill)
    {
        var x = text.X;
        foreach (var (run, isArabic) in ArabicScript.Runs(text.Text))
        {
            if (!isArabic)
            {
                canvas.DrawText(run, x, text.Baseline, font, fill);
                x += font.MeasureText(run);
                continue;
            }

            var shaped = library.GetArabicShaper(text.Face).Shape(run, text.Size);
            using var arabicFont = TextMeasurer.CreateFont(library.GetArabicTypeface(text.Face), text.Size);
            using var builder = new SKTextBlobBuilder();
            var buffer = builder.AllocatePositionedRun(arabicFont, shaped.Glyphs.Length);
            buffer.SetGlyphs(shaped.Glyphs);
            buffer.SetPositions([.. shaped.X.Select((gx, i) => new SKPoint(gx, shaped.Y[i]))]);
            using var blob = builder.Build();
            if (blob is not null)
            {
                canvas.DrawText(blob, x, text.Baseline, fill);
            }

            x += shaped.Width;
        }
    }

    private static void Stroke(SKPaint stroke, SKColor color, float thickness, SKPathEffect? effect)
    {
        stroke.Color = color;
        stroke.StrokeWidth = thickness;
        stroke.PathEffect = effect;
    }

    /// <summary>One path for the whole code, runs of dark modules merged into rectangles: no seams between modules.</summary>
    private static SKPath QrPath(QrCodeOp qr)
    {
        var path = new SKPath();
        var rows = qr.Modules.Count;
        var module = qr.Size / rows;
        for (var r = 0; r < rows; r++)
        {
            var row = qr.Modules[r];
            var c = 0;
            while (c < row.Length)
            {
                if (!row[c])
                {
                    c++;
                    continue;
                }

                var start = c;
                while (c < row.Length && row[c])
                {
                    c++;
                }

                path.AddRect(new SKRect(qr.X + (start * module), qr.Y + (r * module), qr.X + (c * module), qr.Y + ((r + 1) * module)));
            }
        }

        return path;
    }

    private static SKFont Font(
        IReadOnlyDictionary<FontFace, SKTypeface> typefaces,
        Dictionary<(FontFace Face, float Size), SKFont> fonts,
        FontFace face,
        float size)
    {
        if (!fonts.TryGetValue((face, size), out var font))
        {
            font = TextMeasurer.CreateFont(typefaces[face], size);
            fonts[(face, size)] = font;
        }

        return font;
    }
}
