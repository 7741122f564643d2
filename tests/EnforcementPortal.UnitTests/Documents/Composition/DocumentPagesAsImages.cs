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
        if (kind is EnforcementDocumentKind.AssistNotice or EnforcementDocumentKind.AssistOpinion)
        {
            var scope = kind == EnforcementDocumentKind.AssistNotice ? AssistRequestScope.Internal : AssistRequestScope.External;
            return Renderer.RenderPdf(AssistRequestForms.Compose(
                new AssistRequestInput(scope, "伊建房协〔2026〕3号", "伊宁市住建局房产科", "伊宁市市场监督管理局", "需核查企业登记及经营情况。", "便民热线", "房地产经纪", "一般", 10, null, null, false, "伊宁市金桥房地产经纪有限公司", "伊宁市解放西路66号", null, "金桥房产门店", "伊宁市解放西路66号", null, null, "反映该公司发布未经核验的房源信息。", "艾力·买买提", "0999-8023456", new DateOnly(2026, 11, 16)),
                Issue));
        }

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

        if (kind is EnforcementDocumentKind.SupervisionLetter or EnforcementDocumentKind.ConstructionProcedureLetter)
        {
            var actor = new Domain.Common.Actor(Guid.NewGuid(), "马建军");
            var at = new DateTime(2026, 3, 2, 10, 0, 0);
            var owner = new Domain.Parties.ResponsibleParty(Guid.NewGuid(), "伊宁市城建开发投资有限公司", Domain.Parties.UnifiedSocialCreditCode.Parse(source.Party.CreditCode), Domain.Parties.PartyKind.ConstructionOwner, "徐立新", null, null, null);
            var letter = kind == EnforcementDocumentKind.SupervisionLetter
                ? Domain.Supervision.SupervisionLetter.ForOverdueItem(Guid.NewGuid(), new Domain.Supervision.SupervisionItem(Domain.Supervision.SupervisionItemKind.Transfer, "移交期限（10个工作日）", c.Department, c.Id, null, c.Number, source.Party.Name, new DateOnly(2026, 2, 20), Domain.Cases.DeadlineUrgency.Overdue), "请于三个工作日内完成移交并书面说明逾期原因。", new DateOnly(2026, 3, 5), actor, at)
                : Domain.Supervision.SupervisionLetter.ForConstructionProcedure(Guid.NewGuid(), c.Id, DepartmentCode.ConstructionManagement, owner, "项目未取得建筑工程施工许可证即擅自开工建设。", "立即停止施工，依法补办施工许可手续。", new DateOnly(2026, 3, 16), actor, at);
            return Renderer.RenderPdf(CaseDocumentComposer.Compose(source with { SupervisionLetters = [letter] }, new DocumentRequest(kind, letter.Id), Issue));
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
