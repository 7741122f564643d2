using SkiaSharp;

namespace EnforcementPortal.Infrastructure.Documents.Pdf;

/// <summary>An image ready to embed: upright, no larger than the print needs, and the size to print it at.</summary>
internal sealed record PreparedImage(byte[] EncodedImage, int PixelWidth, int PixelHeight, float Width, float Height);

/// <summary>
/// Evidence photos come from phones: 12 MP, several megabytes, often stored sideways with an EXIF orientation. They
/// are turned upright and resampled to about 200 dpi at their printed size so that an archive stays small.
/// </summary>
internal static class ImagePreparer
{
    private const float TargetDpi = 200f;
    private const int JpegQuality = 85;

    // Bounds the memory one picture may take while it is decoded (4 bytes a pixel): a 48 MP phone photo passes.
    private const long MaxDecodedPixels = 64_000_000;

    /// <summary>
    /// Fits the image into a box of <paramref name="maxWidth"/> × <paramref name="maxHeight"/> points, keeping its
    /// proportions; returns null when the bytes are not an image Skia can decode.
    /// </summary>
    public static PreparedImage? Prepare(ReadOnlyMemory<byte> data, float maxWidth, float maxHeight)
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
        var uprightHeight = sideways ? info.Width : info.Height;
        if (uprightWidth <= 0 || uprightHeight <= 0)
        {
            return null;
        }

        var aspect = (float)uprightHeight / uprightWidth;
        var width = maxWidth;
        var height = width * aspect;
        if (height > maxHeight)
        {
            height = maxHeight;
            width = height / aspect;
        }

        var targetWidth = Math.Max(1, (int)Math.Ceiling(width / 72f * TargetDpi));

        var isJpeg = codec.EncodedFormat == SKEncodedImageFormat.Jpeg;
        if (origin == SKEncodedOrigin.TopLeft && uprightWidth <= targetWidth * 1.5f
            && (isJpeg || codec.EncodedFormat == SKEncodedImageFormat.Png))
        {
            // Already fit to embed as it is; Skia passes JPEG data through without re-encoding.
            return new PreparedImage(data.ToArray(), info.Width, info.Height, width, height);
        }

        // JPEG decoders scale by eighths almost for free; take the smallest scale that is still wide enough (Skia
        // rounds a requested scale to the nearest one it supports, which can be too small).
        var decodeSize = new SKSizeI(info.Width, info.Height);
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var candidate = codec.GetScaledDimensions(eighths / 8f);
            if (candidate.Width > 0 && candidate.Height > 0 && (sideways ? candidate.Height : candidate.Width) >= targetWidth)
            {
                decodeSize = candidate;
                break;
            }
        }

        if ((long)decodeSize.Width * decodeSize.Height > MaxDecodedPixels)
        {
            return null;
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
            var pixelHeight = Math.Max(1, (int)Math.Round(upright.Height * (double)wanted / upright.Width));
            resized = upright.Resize(
                new SKImageInfo(wanted, pixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul),
                new SKSamplingOptions(SKCubicResampler.Mitchell));
        }

        try
        {
            using var image = SKImage.FromBitmap(resized);
            var opaque = codec.Info.AlphaType == SKAlphaType.Opaque || isJpeg;
            using var encoded = opaque
                ? image.Encode(SKEncodedImageFormat.Jpeg, JpegQuality)
                : image.Encode(SKEncodedImageFormat.Png, 100);
            return new PreparedImage(encoded.ToArray(), resized.Width, resized.Height, width, height);
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
