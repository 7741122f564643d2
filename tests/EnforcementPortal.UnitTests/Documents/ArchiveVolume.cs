using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Infrastructure.Documents.Pdf;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>Several documents in one file: cover, table of contents (卷内目录), the case's documents.</summary>
public sealed class ArchiveVolume
{
    private static readonly SkiaPdfRenderer Renderer = new();

    private static readonly DocumentDefinition Cover = new()
    {
        Title = "行政执法案卷",
        ShowPageNumbers = false,
        Blocks =
        [
            new SpacerBlock(8),
            new TitleBlock("伊宁市住房和城乡建设局行政执法案卷"),
            new SpacerBlock(4),
            new FieldTableBlock(
            [
                new FieldRow("案由", "伊宁市恒达建筑工程有限公司未按要求整改安全隐患案"),
                new FieldRow("案号", "伊建罚〔2026〕第0003号"),
                new FieldRow("立案日期", "2026年3月13日"),
            ]),
        ],
    };

    private static readonly DocumentDefinition Contents = new()
    {
        Title = "卷内目录",
        ShowPageNumbers = false,
        Blocks = [new TitleBlock("卷内目录"), new TableOfContentsBlock()],
    };

    [Fact]
    public void ListsEachDocumentWithItsVolumePages()
    {
        var notice = SampleDocuments.RectificationNotice();
        var record = SampleDocuments.LongInspectionRecord(paragraphs: 30);

        var pages = PdfInspection.PageTexts(Renderer.RenderPdf([Cover, Contents, notice, record]));

        var noticePages = PdfInspection.PageTexts(Renderer.RenderPdf(notice)).Count;
        var recordPages = PdfInspection.PageTexts(Renderer.RenderPdf(record)).Count;
        pages.Count.ShouldBe(2 + noticePages + recordPages);

        var noticeRange = noticePages == 1 ? "1" : $"1-{noticePages}";
        var recordRange = $"{noticePages + 1}-{noticePages + recordPages}";
        pages[1].ShouldContain($"1{SampleDocuments.NoticeNumber}{SampleDocuments.NoticeTitle}{noticeRange}");
        pages[1].ShouldContain($"2伊建安检〔2026〕第0012号现场检查笔录{recordRange}");
    }

    [Fact]
    public void NumbersEachDocumentsPagesOnItsOwn()
    {
        var record = SampleDocuments.LongInspectionRecord(paragraphs: 30);

        var pages = PdfInspection.PageTexts(Renderer.RenderPdf([Cover, Contents, SampleDocuments.RectificationNotice(), record]));

        pages[0].ShouldNotContain("第1页");
        var recordPages = PdfInspection.PageTexts(Renderer.RenderPdf(record)).Count;
        pages[^1].ShouldContain($"第{recordPages}页共{recordPages}页");
    }
}
