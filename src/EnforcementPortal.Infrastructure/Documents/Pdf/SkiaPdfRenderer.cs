using System.Globalization;
using EnforcementPortal.Domain.Documents.Layout;
using SkiaSharp;
using static EnforcementPortal.Infrastructure.Documents.Pdf.PdfStyle;

namespace EnforcementPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Renders documents as A4 PDFs with Skia's PDF backend: text in the vendored Noto Serif SC / Noto Sans SC, each face
/// embedded as a subset of just the characters the file uses (HarfBuzz), so a one-page notice is a few dozen KB and
/// its text extracts exactly. Stateless and thread-safe; register it as a singleton.
/// </summary>
public sealed class SkiaPdfRenderer : IDocumentRenderer
{
    private const float VolumePageNumberSize = 10.5f;
    private const float PageNumberSize = 10f;

    private readonly FontLibrary _fonts;

    /// <summary>Uses the fonts copied next to the application (Documents/Fonts under the base directory).</summary>
    public SkiaPdfRenderer()
        : this(FontLibrary.DefaultDirectory)
    {
    }

    /// <summary>Uses the Noto TTF files in <paramref name="fontDirectory"/>.</summary>
    /// <exception cref="FileNotFoundException">A font file is missing.</exception>
    public SkiaPdfRenderer(string fontDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fontDirectory);
        _fonts = FontLibrary.For(fontDirectory);
    }

    /// <inheritdoc />
    public byte[] RenderPdf(DocumentDefinition document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return RenderPdf([document]);
    }

    /// <inheritdoc />
    public byte[] RenderPdf(IReadOnlyList<DocumentDefinition> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0 || documents.Any(d => d is null))
        {
            throw new ArgumentException("Give at least one document, and no null document.", nameof(documents));
        }

        using var measurer = new TextMeasurer(_fonts);

        // The first document with a table of contents lists the documents after it; their pages form the volume.
        var contentsOwner = IndexOfTableOfContents(documents);
        var entries = contentsOwner < 0
            ? []
            : documents.Skip(contentsOwner + 1)
                .Select((d, i) => new TocEntry(contentsOwner + 1 + i, d.Title, d.DocumentNumber))
                .ToList();
        var laidOut = documents
            .Select((d, i) => DocumentLayouter.Layout(d, measurer, i == contentsOwner ? entries : []))
            .ToList();

        var firstVolumePage = new int[documents.Count];
        var nextVolumePage = 1;
        for (var d = contentsOwner + 1; contentsOwner >= 0 && d < documents.Count; d++)
        {
            firstVolumePage[d] = nextVolumePage;
            nextVolumePage += laidOut[d].Count;
        }

        var pages = new List<List<DrawOp>>();
        for (var d = 0; d < documents.Count; d++)
        {
            for (var p = 0; p < laidOut[d].Count; p++)
            {
                var ops = ResolvePageReferences(laidOut[d][p], measurer, firstVolumePage, laidOut);
                var volumePage = firstVolumePage[d] > 0 ? firstVolumePage[d] + p : (int?)null;
                AddPageFurniture(ops, documents[d], p + 1, laidOut[d].Count, volumePage, measurer);
                pages.Add(ops);
            }
        }

        var typefaces = new Dictionary<FontFace, SKTypeface>();
        try
        {
            foreach (var (face, codePoints) in CodePointsByFace(pages))
            {
                using var data = SKData.CreateCopy(_fonts.Subset(face, codePoints));
                typefaces[face] = SKTypeface.FromData(data)
                    ?? throw new InvalidOperationException($"Skia could not load the subset of {face}.");
            }

            return PdfPainter.Paint(pages, typefaces, Metadata(documents), _fonts);
        }
        finally
        {
            foreach (var typeface in typefaces.Values)
            {
                typeface.Dispose();
            }
        }
    }

    private static int IndexOfTableOfContents(IReadOnlyList<DocumentDefinition> documents)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Blocks.Any(b => b is TableOfContentsBlock))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<DrawOp> ResolvePageReferences(
        List<DrawOp> ops,
        TextMeasurer measurer,
        int[] firstVolumePage,
        List<List<List<DrawOp>>> laidOut)
    {
        return [.. ops.Select(op =>
        {
            if (op is not PageReferenceOp reference)
            {
                return op;
            }

            var first = firstVolumePage[reference.DocumentIndex];
            var last = first + laidOut[reference.DocumentIndex].Count - 1;
            var text = first == last
                ? first.ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{first}-{last}");
            var width = measurer.Measure(reference.Face, reference.Size, text);
            return new TextOp(reference.Face, reference.Size, text, reference.CenterX - (width / 2), reference.Baseline);
        })];
    }

    private static void AddPageFurniture(
        List<DrawOp> ops,
        DocumentDefinition document,
        int pageNumber,
        int pageCount,
        int? volumePage,
        TextMeasurer measurer)
    {
        var right = MarginLeft + ContentWidth;
        if (!string.IsNullOrWhiteSpace(document.HeaderText))
        {
            var header = measurer.Breaker(FontFace.SerifRegular, SmallSize).Break(document.HeaderText, ContentWidth * 0.8f)[0];
            DocumentLayouter.AddTextLine(
                ops, measurer, header, FontFace.SerifRegular, SmallSize, MarginLeft, ContentWidth, ParagraphAlignment.Center, HeaderBaseline, Muted);
            ops.Add(new LineOp(MarginLeft, HeaderRuleY, right, HeaderRuleY, 0.5f) { Color = Muted });
        }

        if (volumePage is { } volume)
        {
            // 卷内页号: the number the volume's table of contents refers to, in the top right corner.
            var text = volume.ToString(CultureInfo.InvariantCulture);
            var width = measurer.Measure(FontFace.SerifRegular, VolumePageNumberSize, text);
            ops.Add(new TextOp(FontFace.SerifRegular, VolumePageNumberSize, text, right - width, HeaderBaseline));
        }

        if (!string.IsNullOrWhiteSpace(document.FooterText))
        {
            var lines = measurer.Breaker(FontFace.SerifRegular, SmallSize).Break(document.FooterText, ContentWidth);
            for (var i = 0; i < lines.Count; i++)
            {
                var baseline = FooterTextBaseline - ((lines.Count - 1 - i) * SmallSize * 1.4f);
                DocumentLayouter.AddTextLine(
                    ops, measurer, lines[i], FontFace.SerifRegular, SmallSize, MarginLeft, ContentWidth, ParagraphAlignment.Center, baseline, Muted);
            }
        }

        if (document.ShowPageNumbers)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"第 {pageNumber} 页 共 {pageCount} 页");
            var width = measurer.Measure(FontFace.SerifRegular, PageNumberSize, text);
            ops.Add(new TextOp(FontFace.SerifRegular, PageNumberSize, text, MarginLeft + ((ContentWidth - width) / 2), PageNumberBaseline));
        }

        if (!string.IsNullOrWhiteSpace(document.VerificationCode))
        {
            var text = "核验码：" + document.VerificationCode;
            var width = measurer.Measure(FontFace.SerifRegular, SmallSize, text);
            ops.Add(new TextOp(FontFace.SerifRegular, SmallSize, text, right - width, PageNumberBaseline) { Color = Muted });
        }
    }

    private static Dictionary<FontFace, HashSet<int>> CodePointsByFace(List<List<DrawOp>> pages)
    {
        var byFace = new Dictionary<FontFace, HashSet<int>>();
        foreach (var text in pages.SelectMany(p => p).OfType<TextOp>())
        {
            if (!byFace.TryGetValue(text.Face, out var codePoints))
            {
                codePoints = [];
                byFace[text.Face] = codePoints;
            }

            foreach (var rune in text.Text.EnumerateRunes())
            {
                codePoints.Add(rune.Value);
            }
        }

        return byFace;
    }

    private static SKDocumentPdfMetadata Metadata(IReadOnlyList<DocumentDefinition> documents)
    {
        var first = documents[0];
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = first.Title;
        metadata.Subject = first.DocumentNumber;
        metadata.Author = documents.SelectMany(d => d.Blocks).OfType<SignatureBlock>().FirstOrDefault(s => s.IssuingBody is not null)?.IssuingBody;
        metadata.Keywords = first.VerificationCode is null ? null : "核验码:" + first.VerificationCode;
        metadata.Creator = "EnforcementPortal";
        metadata.Producer = "EnforcementPortal PDF engine (SkiaSharp)";
        return metadata;
    }
}
