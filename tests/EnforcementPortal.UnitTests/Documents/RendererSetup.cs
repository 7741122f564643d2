using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Infrastructure.Documents.Pdf;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>What the renderer needs and what it refuses.</summary>
public sealed class RendererSetup
{
    [Fact]
    public void FindsTheVendoredFontsNextToTheApplication()
    {
        File.Exists(Path.Combine(AppContext.BaseDirectory, "Documents", "Fonts", "NotoSerifSC-Regular.ttf")).ShouldBeTrue();
        File.Exists(Path.Combine(AppContext.BaseDirectory, "Documents", "Fonts", "OFL-NotoSerifSC.txt")).ShouldBeTrue();
    }

    [Fact]
    public void NamesTheMissingFontWhenTheFontDirectoryIsWrong()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-fonts-" + Guid.NewGuid().ToString("N"));

        var error = Should.Throw<FileNotFoundException>(() => new SkiaPdfRenderer(missing));

        error.Message.ShouldContain(".ttf");
    }

    [Fact]
    public void RefusesAnEmptyListOfDocuments()
    {
        Should.Throw<ArgumentException>(() => new SkiaPdfRenderer().RenderPdf(Array.Empty<DocumentDefinition>()));
    }

    [Fact]
    public void RendersFromSeveralThreadsAtOnce()
    {
        var renderer = new SkiaPdfRenderer();

        var texts = Enumerable.Range(0, 8)
            .AsParallel()
            .Select(_ => PdfInspection.PageTexts(renderer.RenderPdf(SampleDocuments.RectificationNotice()))[0])
            .ToList();

        texts.ShouldAllBe(t => t == texts[0]);
        texts[0].ShouldContain(SampleDocuments.NoticeTitle);
    }

    [Fact]
    public void EmbedsAPhotoAsAnImage()
    {
        var document = DocumentDefinition.Create(
            "现场照片",
            null,
            [new ImageBlock(TestImages.Jpeg(1200, 900, exifOrientation: 6), "照片1：3号楼外脚手架东侧，连墙件缺失", maxHeightMillimetres: 120)]);

        var pdf = new SkiaPdfRenderer().RenderPdf(document);

        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = read.GetPage(1);
        var image = page.GetImages().ShouldHaveSingleItem();
        (image.WidthInSamples < image.HeightInSamples).ShouldBeTrue("the sideways photo is embedded upright");
        PdfInspection.PageTexts(pdf)[0].ShouldContain("照片1：3号楼外脚手架东侧，连墙件缺失");
    }

    [Fact]
    public void DrawsAPlaceholderForAPhotoThatCannotBeRead()
    {
        var document = DocumentDefinition.Create("现场照片", null, [new ImageBlock(new byte[] { 1, 2, 3 }, "损坏的照片")]);

        var text = PdfInspection.PageTexts(new SkiaPdfRenderer().RenderPdf(document))[0];

        text.ShouldContain("（图片无法显示）");
        text.ShouldContain("损坏的照片");
    }
}
