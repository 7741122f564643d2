using SkiaSharp;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>Photos made on the fly: two coloured halves, optionally tagged with an EXIF orientation.</summary>
internal static class TestImages
{
    public static readonly SKColor Left = SKColors.Red;
    public static readonly SKColor Right = SKColors.Blue;

    /// <summary>A JPEG whose left half is red and right half blue.</summary>
    public static byte[] Jpeg(int width, int height, ushort? exifOrientation = null)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint();
            paint.Color = Left;
            canvas.DrawRect(0, 0, width / 2f, height, paint);
            paint.Color = Right;
            canvas.DrawRect(width / 2f, 0, width / 2f, height, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = data.ToArray();
        return exifOrientation is { } orientation ? WithExifOrientation(jpeg, orientation) : jpeg;
    }

    /// <summary>Inserts a minimal EXIF segment (APP1) with only the orientation tag right after the JPEG's SOI marker.</summary>
    private static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        byte[] exif =
        [
            0xFF, 0xE1, 0x00, 0x22,
            (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0x00, 0x00,
            (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
            0x00, 0x01,
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, (byte)(orientation >> 8), (byte)orientation, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,
        ];
        return [.. jpeg.AsSpan(0, 2), .. exif, .. jpeg.AsSpan(2)];
    }
}
