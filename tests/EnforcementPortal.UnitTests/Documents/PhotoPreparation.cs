using EnforcementPortal.Infrastructure.Documents.Pdf;
using SkiaSharp;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>Evidence photos are embedded upright and no larger than print needs.</summary>
public sealed class PhotoPreparation
{
    private const float TextWidth = 475f;
    private const float TextHeight = 698f;

    [Theory]
    [InlineData((ushort)6, "top")]
    [InlineData((ushort)8, "bottom")]
    public void TurnsASidewaysPhotoUpright(ushort orientation, string whereTheLeftHalfGoes)
    {
        var prepared = ImagePreparer.Prepare(TestImages.Jpeg(400, 200, orientation), TextWidth, TextHeight);

        prepared.ShouldNotBeNull();
        (prepared.PixelWidth, prepared.PixelHeight).ShouldBe((200, 400));
        using var upright = SKBitmap.Decode(prepared.EncodedImage);
        var top = upright.GetPixel(100, 50);
        var bottom = upright.GetPixel(100, 350);
        var (expectedTop, expectedBottom) = whereTheLeftHalfGoes == "top"
            ? (TestImages.Left, TestImages.Right)
            : (TestImages.Right, TestImages.Left);
        IsNear(top, expectedTop).ShouldBeTrue($"top pixel {top}");
        IsNear(bottom, expectedBottom).ShouldBeTrue($"bottom pixel {bottom}");
    }

    [Fact]
    public void TurnsAPhotoTakenUpsideDown()
    {
        var prepared = ImagePreparer.Prepare(TestImages.Jpeg(400, 200, exifOrientation: 3), TextWidth, TextHeight);

        prepared.ShouldNotBeNull();
        using var upright = SKBitmap.Decode(prepared.EncodedImage);
        IsNear(upright.GetPixel(50, 100), TestImages.Right).ShouldBeTrue();
        IsNear(upright.GetPixel(350, 100), TestImages.Left).ShouldBeTrue();
    }

    [Fact]
    public void EmbedsASmallUprightJpegAsItIs()
    {
        var jpeg = TestImages.Jpeg(800, 600);

        var prepared = ImagePreparer.Prepare(jpeg, TextWidth, TextHeight);

        prepared.ShouldNotBeNull();
        prepared.EncodedImage.ShouldBe(jpeg);
    }

    [Fact]
    public void ScalesALargePhotoDownToAbout200Dpi()
    {
        var jpeg = TestImages.Jpeg(4000, 3000);

        var prepared = ImagePreparer.Prepare(jpeg, TextWidth, TextHeight);

        // 475 pt of text width at 200 dpi is 1320 pixels.
        prepared.ShouldNotBeNull();
        prepared.PixelWidth.ShouldBeInRange(1200, 1600);
        prepared.PixelHeight.ShouldBeInRange((prepared.PixelWidth * 3 / 4) - 2, (prepared.PixelWidth * 3 / 4) + 2);
        prepared.EncodedImage.Length.ShouldBeLessThan(jpeg.Length);
    }

    [Fact]
    public void FitsThePhotoIntoTheHeightItMayTake()
    {
        var prepared = ImagePreparer.Prepare(TestImages.Jpeg(3000, 4000), TextWidth, maxHeight: 200f);

        prepared.ShouldNotBeNull();
        prepared.Height.ShouldBe(200f);
        prepared.Width.ShouldBe(150f);

        // 150 pt at 200 dpi is about 417 pixels; the decoder's 1/8 steps may leave it a little wider.
        prepared.PixelWidth.ShouldBeInRange(400, 520);
    }

    [Fact]
    public void RejectsBytesThatAreNoImage()
    {
        ImagePreparer.Prepare(new byte[] { 1, 2, 3, 4 }, TextWidth, TextHeight).ShouldBeNull();
    }

    private static bool IsNear(SKColor actual, SKColor expected) =>
        Math.Abs(actual.Red - expected.Red) < 60 && Math.Abs(actual.Green - expected.Green) < 60 && Math.Abs(actual.Blue - expected.Blue) < 60;
}
