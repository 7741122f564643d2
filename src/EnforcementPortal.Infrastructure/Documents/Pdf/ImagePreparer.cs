using SkiaSharp;

namespace EnforcementPortal.Infrastructure.Documents.Pdf;

/// <summary>An image ready to embed: upright, no larger than the print needs.</summary>
internal sealed record PreparedImage(byte[] EncodedImage, int PixelWidth, int PixelHeight);

/// <summary>
/// Evidence photos come from phones: 12 MP, several megabytes, often stored sideways with an EXIF orientation. They
/// are turned upright and resampled to about 200 dpi at their printed size so that an archive stays small.
/// </summary>
internal static class ImagePreparer
{
    private const float TargetDpi = 200f;
    private const int JpegQuality = 85;

    /// <summary>Returns null when the bytes are not an image Skia can decode.</summary>
    /// <param name="maxWidthPoints">The widest the image can be printed.</param>
    public static PreparedImage? Prepare(ReadOnlyMemory<byte> data, float maxWidthPoints)
    {
        using var skData = SKData.CreateCopy(data.Span);
        using var codec = SKCodec.Create(skData);
        if (codec is null)
        {
            return null;
        }

        var origin = codec.EncodedOrigin;
        var sideways = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop
            or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var info = codec.Info;
        var uprightWidth = sideways ? info.Height : info.Width;
        var targetWidth = (int)Math.Ceiling(maxWidthPoints / 72f * TargetDpi);

        var isJpeg = codec.EncodedFormat == SKEncodedImageFormat.Jpeg;
        if (origin == SKEncodedOrigin.TopLeft && uprightWidth <= targetWidth * 1.5f
            && (isJpeg || codec.EncodedFormat == SKEncodedImageFormat.Png))
        {
            // Already fit to embed as it is; Skia passes JPEG data through without re-encoding.
            return new PreparedImage(data.ToArray(), info.Width, info.Height);
        }

        // JPEG decoders scale by 1/2, 1/4, 1/8 almost for free; pick the smallest scale still wide enough.
        var scale = Math.Min(1f, (float)targetWidth / uprightWidth);
        var decodeSize = codec.GetScaledDimensions(scale);
        if (decodeSize.Width <= 0 || decodeSize.Height <= 0)
        {
            decodeSize = new SKSizeI(info.Width, info.Height);
        }

        var decodeInfo = new SKImageInfo(decodeSize.Width, decodeSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(decodeInfo);
        var result = codec.GetPixels(decodeInfo, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        using var upright = Orient(decoded, origin);
        var resized = upright;
        var wanted = Math.Min(upright.Width, targetWidth);
        if (upright.Width > wanted * 1.2f)
        {
            var height = Math.Max(1, (int)Math.Round(upright.Height * (double)wanted / upright.Width));
            resized = upright.Resize(
                new SKImageInfo(wanted, height, SKColorType.Rgba8888, SKAlphaType.Premul),
                new SKSamplingOptions(SKCubicResampler.Mitchell));
        }

        try
        {
            using var image = SKImage.FromBitmap(resized);
            var opaque = codec.Info.AlphaType == SKAlphaType.Opaque || isJpeg;
            using var encoded = opaque
                ? image.Encode(SKEncodedImageFormat.Jpeg, JpegQuality)
                : image.Encode(SKEncodedImageFormat.Png, 100);
            return new PreparedImage(encoded.ToArray(), resized.Width, resized.Height);
        }
        finally
        {
            if (!ReferenceEquals(resized, upright))
            {
                resized.Dispose();
            }
        }
    }

    /// <summary>Draws the decoded pixels so that the picture stands as the camera meant (EXIF orientation).</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return source.Copy();
        }

        var sideways = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop
            or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var width = sideways ? source.Height : source.Width;
        var height = sideways ? source.Width : source.Height;
        var target = new SKBitmap(new SKImageInfo(width, height, source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(target);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight:
                canvas.Translate(width, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight:
                canvas.Translate(width, height);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft:
                canvas.Translate(0, height);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop:
                canvas.Scale(1, -1);
                canvas.RotateDegrees(-90);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom:
                canvas.Translate(width, height);
                canvas.Scale(1, -1);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, height);
                canvas.RotateDegrees(-90);
                break;
            default:
                break;
        }

        canvas.DrawBitmap(source, 0, 0);
        return target;
    }
}
