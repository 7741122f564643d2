using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Infrastructure.Documents.Pdf;
using SkiaSharp;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>The notice as poppler (the engine of many PDF viewers and printers) sees it.</summary>
public sealed class PopplerRendering
{
    private static readonly SkiaPdfRenderer Renderer = new();

    [Fact]
    public void DrawsVisibleContentOnTheFirstPage()
    {
        var pdftoppm = PdfInspection.RequireTool("pdftoppm");
        var path = PdfInspection.WriteTemporary(Renderer.RenderPdf(SampleDocuments.RectificationNotice()), out var directory);
        try
        {
            var prefix = Path.Combine(directory, "page");
            PdfInspection.Run(pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", path, prefix);

            using var bitmap = SKBitmap.Decode(prefix + ".png");
            bitmap.ShouldNotBeNull();

            // A4 at 60 dpi is 496 × 702 pixels.
            bitmap.Width.ShouldBeInRange(490, 500);
            var dark = PdfInspection.DarkPixels(bitmap);

            // Text, table rules and the QR code; a blank or fontless page has next to none.
            dark.ShouldBeGreaterThan(5_000);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void EmbedsEveryFontAsASubset()
    {
        var pdffonts = PdfInspection.RequireTool("pdffonts");
        var path = PdfInspection.WriteTemporary(Renderer.RenderPdf(SampleDocuments.RectificationNotice()), out var directory);
        try
        {
            var output = PdfInspection.Run(pdffonts, path);

            // name type encoding emb sub uni object ID; the first two lines are the header.
            var fonts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            fonts.ShouldNotBeEmpty();
            fonts.ShouldAllBe(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^[A-Z]{6}\+\S+\s+CID TrueType\s.*\byes\s+yes\s+yes\b"));
            fonts.ShouldContain(line => line.Contains("NotoSerifSC", StringComparison.Ordinal));
            fonts.ShouldContain(line => line.Contains("NotoSansSC", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void DrawsTheQrCodeModuleForModule()
    {
        var pdftoppm = PdfInspection.RequireTool("pdftoppm");
        var document = new DocumentDefinition
        {
            Title = "二维码",
            ShowPageNumbers = false,
            Blocks = [new QrCodeBlock(SampleDocuments.VerificationUrl, sizeMillimetres: 40, alignment: BlockAlignment.Left)],
        };
        var path = PdfInspection.WriteTemporary(Renderer.RenderPdf(document), out var directory);
        try
        {
            const int dpi = 200;
            var prefix = Path.Combine(directory, "page");
            PdfInspection.Run(pdftoppm, "-png", "-gray", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-singlefile", path, prefix);
            using var bitmap = SKBitmap.Decode(prefix + ".png");

            // The first block sits at the top left corner of the text area: 60 pt from the left, 72 pt from the top.
            var modules = QrCodeMatrix.Create(SampleDocuments.VerificationUrl);
            var modulePoints = 40 * 72f / 25.4f / modules.Count;
            var scale = dpi / 72f;
            for (var row = 0; row < modules.Count; row++)
            {
                for (var column = 0; column < modules.Count; column++)
                {
                    var x = (int)((60 + ((column + 0.5f) * modulePoints)) * scale);
                    var y = (int)((72 + ((row + 0.5f) * modulePoints)) * scale);
                    var dark = bitmap.GetPixel(x, y).Red < 128;
                    dark.ShouldBe(modules[row][column], $"module ({row}, {column})");
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
