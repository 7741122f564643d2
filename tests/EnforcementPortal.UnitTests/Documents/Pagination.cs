using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Infrastructure.Documents.Pdf;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>Documents longer than a page.</summary>
public sealed class Pagination
{
    private static readonly SkiaPdfRenderer Renderer = new();

    [Fact]
    public void NumbersEveryPageOutOfTheTotal()
    {
        var pages = PdfInspection.PageTexts(Renderer.RenderPdf(SampleDocuments.LongInspectionRecord(paragraphs: 30)));

        pages.Count.ShouldBeGreaterThan(1);
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].ShouldContain($"第{i + 1}页共{pages.Count}页");
        }
    }

    [Fact]
    public void KeepsEveryParagraphAndTheClosingSignatures()
    {
        var text = string.Concat(PdfInspection.PageTexts(Renderer.RenderPdf(SampleDocuments.LongInspectionRecord(paragraphs: 30))));

        for (var i = 1; i <= 30; i++)
        {
            text.ShouldContain($"检查项目{i}第{i}项：执法人员对施工现场");
        }

        text.ShouldContain("当事人意见");
        text.ShouldContain("当事人（签名）：");
    }

    [Fact]
    public void StartsANewPageAtAPageBreak()
    {
        var document = DocumentDefinition.Create(
            "询问笔录",
            null,
            [new ParagraphBlock("第一页的内容。"), new PageBreakBlock(), new ParagraphBlock("第二页的内容。")]);

        var pages = PdfInspection.PageTexts(Renderer.RenderPdf(document));

        pages.Count.ShouldBe(2);
        pages[0].ShouldContain("第一页的内容。");
        pages[1].ShouldContain("第二页的内容。");
        pages[1].ShouldContain("第2页共2页");
    }

    [Fact]
    public void ContinuesATableOnTheNextPageAtARowBoundary()
    {
        var rows = Enumerable.Range(1, 60)
            .Select(i => new FieldRow($"证据{i}", $"现场照片第{i}张，拍摄于3号楼外脚手架东侧，显示连墙件缺失。"))
            .ToList();
        var document = DocumentDefinition.Create("证据清单", null, [new FieldTableBlock(rows)]);

        var pages = PdfInspection.PageTexts(Renderer.RenderPdf(document));

        pages.Count.ShouldBeGreaterThan(1);
        var text = string.Concat(pages);
        for (var i = 1; i <= 60; i++)
        {
            // A row is never cut: its label and its whole value sit together on one page.
            pages.ShouldContain(p => p.Contains($"证据{i}现场照片第{i}张，拍摄于3号楼外脚手架东侧，显示连墙件缺失。", StringComparison.Ordinal));
        }

        text.ShouldNotBeEmpty();
    }
}
