using System.Text;
using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Infrastructure.Documents;
using EnforcementPortal.Infrastructure.Documents.Pdf;
using UglyToad.PdfPig;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>Uyghur (Arabic-script) names and addresses print shaped and right to left; what no font draws is named.</summary>
public sealed class UyghurText
{
    private const string Uyghur = "ئۇيغۇر";

    private static readonly SkiaPdfRenderer Renderer = new();

    [Fact]
    public void AMixedChineseAndUyghurPartyNamePrintsWithTheArabicScriptFontRightToLeft()
    {
        var document = DocumentDefinition.Create(
            "行政检查通知书",
            null,
            [new ParagraphBlock($"被检查单位：{Uyghur} قۇرۇلۇش شىركىتى（伊宁市{Uyghur}建筑有限公司）", firstLineIndent: false)]);

        var bytes = Renderer.RenderPdf(document);
        if (Environment.GetEnvironmentVariable("EP_DOCUMENT_PDF_DIR") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, "Uyghur.pdf"), bytes);
        }

        using var pdf = PdfDocument.Open(bytes);
        var letters = pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var arabic = letters.Where(l => l.Value.Normalize(NormalizationForm.FormKC).Any(c => c is >= '\u0600' and <= '\u06FF')).ToList();

        arabic.ShouldNotBeEmpty("no Arabic-script glyph in the text layer");
        arabic.ShouldAllBe(l => (l.FontName ?? string.Empty).Contains("Naskh", StringComparison.OrdinalIgnoreCase));

        // Read left to right, the glyphs of the first word are its letters in reverse order (drawn right to left).
        var firstWord = arabic.OrderBy(l => l.StartBaseLine.X).TakeLast(6).ToList();
        var visual = string.Concat(firstWord.Select(l => l.Value.Normalize(NormalizationForm.FormKC)));
        visual.ShouldBe(new string([.. Uyghur.Reverse()]));

        // Measured as drawn: no glyph of the line overlaps the next (the Chinese after a Uyghur word starts after it).
        var line = letters.Where(l => Math.Abs(l.StartBaseLine.Y - letters[0].StartBaseLine.Y) < 0.5).OrderBy(l => l.StartBaseLine.X).ToList();
        for (var i = 1; i < line.Count; i++)
        {
            line[i].StartBaseLine.X.ShouldBeGreaterThan(line[i - 1].StartBaseLine.X + 0.5, $"'{line[i - 1].Value}' and '{line[i].Value}' overlap");
        }

        letters.ShouldContain(l => l.Value == "伊");
    }

    [Fact]
    public void TheDocumentFontsDrawChineseLatinAndUyghur()
    {
        new DocumentTextCoverage().Undrawable($"伊宁市{Uyghur}建筑 Co., Ltd. 123（第2号）").ShouldBeEmpty();
    }

    [Fact]
    public void CharactersNoDocumentFontDrawsAreNamedOnceEach()
    {
        new DocumentTextCoverage().Undrawable("伊宁😀建筑ཀ公司😀").ShouldBe(["😀", "ཀ"]);
    }
}
