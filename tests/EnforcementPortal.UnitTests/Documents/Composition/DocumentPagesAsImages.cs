using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Documents.Layout;
using SkiaSharp;
using static EnforcementPortal.UnitTests.Documents.Composition.CompositionFixtures;

namespace EnforcementPortal.UnitTests.Documents.Composition;

/// <summary>
/// Page 1 of every document kind as poppler draws it: not blank, with the Chinese glyphs drawn. The PNGs are written
/// nowhere else, unless the documentation is being refreshed (EP_UPDATE_DOCS=1, tests/refresh-docs.sh: into
/// docs/documents) or EP_DOCUMENT_PNG_DIR names a folder.
/// </summary>
public sealed class DocumentPagesAsImages
{
    public static TheoryData<EnforcementDocumentKind> Kinds => [.. Enum.GetValues<EnforcementDocumentKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void FirstPageIsDrawnWithItsText(EnforcementDocumentKind kind)
    {
        var pdftoppm = PdfInspection.RequireTool("pdftoppm");
        var pdf = Render(kind);
        var path = PdfInspection.WriteTemporary(pdf, out var directory);
        try
        {
            var prefix = Path.Combine(directory, "page");
            PdfInspection.Run(pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", path, prefix);
            using var bitmap = SKBitmap.Decode(prefix + ".png");
            bitmap.ShouldNotBeNull();
            var dark = PdfInspection.DarkPixels(bitmap);

            dark.ShouldBeGreaterThan(3_000, $"page 1 of {kind} looks blank");

            // The text layer holds real CJK glyphs (a fontless page would have none or tofu).
            PdfInspection.PageTexts(pdf)[0].Count(ch => ch is >= '\u4e00' and <= '\u9fff').ShouldBeGreaterThan(10);
            if (PngTarget() is { } target)
            {
                Directory.CreateDirectory(target);
                File.Copy(prefix + ".png", Path.Combine(target, $"{(int)kind:00}-{kind}.png"), overwrite: true);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string? PngTarget()
    {
        if (Environment.GetEnvironmentVariable("EP_DOCUMENT_PNG_DIR") is { Length: > 0 } folder)
        {
            return folder;
        }

        if (Environment.GetEnvironmentVariable("EP_UPDATE_DOCS") != "1")
        {
            return null;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EnforcementPortal.sln")))
            {
                return Path.Combine(directory.FullName, "docs", "documents");
            }
        }

        throw new InvalidOperationException("EnforcementPortal.sln not found above the test binaries.");
    }

    /// <summary>Every kind from one Safety case that went all the way to an approved transfer.</summary>
    private static byte[] Render(EnforcementDocumentKind kind)
    {
        var c = Transferred(DepartmentCode.Safety);
        var source = Source(c, kind == EnforcementDocumentKind.TransferForm ? Matters : null);
        if (kind == EnforcementDocumentKind.ArchiveVolume)
        {
            List<DocumentDefinition> documents =
            [
                CaseDocumentComposer.InspectionRecord(source, Issue),
                CaseDocumentComposer.RectificationNotice(source, c.Notices[0], Issue),
            ];
            return Renderer.RenderPdf(CaseDocumentComposer.ArchiveVolume(source, documents, [(TestImages.Jpeg(800, 600), "现场照片")], Issue));
        }

        Guid? subject = kind switch
        {
            EnforcementDocumentKind.RectificationNotice or EnforcementDocumentKind.ServiceReceipt => c.Notices[0].Id,
            EnforcementDocumentKind.InterviewNotice or EnforcementDocumentKind.InterviewRecord => c.Interviews[0].Id,
            EnforcementDocumentKind.TransferForm => c.Transfers[0].Id,
            EnforcementDocumentKind.LegalReviewOpinion => c.LegalReviews[0].Id,
            _ => null,
        };
        return Renderer.RenderPdf(CaseDocumentComposer.Compose(source, new DocumentRequest(kind, subject), Issue));
    }
}
