using EnforcementPortal.Infrastructure.Documents.Pdf;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>A one-page rectification notice rendered to PDF and read back.</summary>
public sealed class NoticeRendering
{
    private static readonly SkiaPdfRenderer Renderer = new();
    private static readonly Lazy<byte[]> Pdf = new(() => Renderer.RenderPdf(SampleDocuments.RectificationNotice()));

    [Fact]
    public void ProducesAPdf()
    {
        Pdf.Value.AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());
    }

    [Fact]
    public void ContainsTheTitleAndDocumentNumberAsText()
    {
        var text = PdfInspection.PageTexts(Pdf.Value)[0];

        text.ShouldContain(SampleDocuments.NoticeTitle);
        text.ShouldContain(SampleDocuments.NoticeNumber);
    }

    [Fact]
    public void ExtractsTheCharacterGongExactlyNotAsTheKangxiRadical()
    {
        var text = string.Concat(PdfInspection.PageTexts(Pdf.Value));

        text.ShouldContain("建设工程安全生产管理条例");
        text.ShouldContain("伊宁市恒达建筑工程有限公司");
        text.ShouldNotContain("\u2F2F");
    }

    [Fact]
    public void NumbersThePage()
    {
        var pages = PdfInspection.PageTexts(Pdf.Value);

        pages[0].ShouldContain("第1页");
        pages[0].ShouldContain($"共{pages.Count}页");
    }

    [Fact]
    public void PrintsTheTableTheItemsAndTheSignatureBlock()
    {
        var text = string.Concat(PdfInspection.PageTexts(Pdf.Value));

        text.ShouldContain("统一社会信用代码");
        text.ShouldContain("91654002MA78K3XQ1K");
        text.ShouldContain("2.塔式起重机（编号QTZ80-03）力矩限制器失灵");
        text.ShouldContain(SampleDocuments.IssuingBody);
        text.ShouldContain("（印章）");
        text.ShouldContain("执法人员（签名）：");
        text.ShouldContain("扫码核验文书真伪");
        text.ShouldContain("核验码：7F3K-9Q2M");
    }

    [Fact]
    public void EmbedsSubsetFontsSoTheFileIsSmall()
    {
        Pdf.Value.Length.ShouldBeLessThan(200 * 1024);
    }

    [Fact]
    public void RenderingTheSameDocumentAgainGivesAFileOfTheSameSize()
    {
        // Speed is measured in tests/EnforcementPortal.Benchmarks (docs/benchmarks.md), not here.
        var pdf = Renderer.RenderPdf(SampleDocuments.RectificationNotice());

        pdf.Length.ShouldBe(Pdf.Value.Length);
    }
}
