namespace EnforcementPortal.Infrastructure.Files;

/// <summary>The result of checking an upload: its real type, or the Chinese reason it was refused.</summary>
public sealed record UploadCheck(bool IsAccepted, string? ContentType, string? Extension, string? Error)
{
    public static UploadCheck Refused(string error) => new(false, null, null, error);
}

/// <summary>
/// Accepts evidence by what the bytes are, not by what the name or the browser claims: JPEG, PNG, PDF and MP4
/// (phone photos, scanned replies, short videos), up to <see cref="MaxBytes"/>.
/// </summary>
public static class UploadInspector
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public const string AllowedDescription = "JPG、PNG 图片，PDF 文件或 MP4 视频，单个文件不超过 20 MB";

    public static UploadCheck Inspect(ReadOnlySpan<byte> head, long length, string fileName)
    {
        if (length <= 0)
        {
            return UploadCheck.Refused($"文件“{fileName}”是空文件。");
        }

        if (length > MaxBytes)
        {
            return UploadCheck.Refused($"文件“{fileName}”超过 20 MB，请压缩后再上传。");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new UploadCheck(true, "image/jpeg", "jpg", null);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new UploadCheck(true, "image/png", "png", null);
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return new UploadCheck(true, "application/pdf", "pdf", null);
        }

        if (head.Length >= 12 && head.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return new UploadCheck(true, "video/mp4", "mp4", null);
        }

        return UploadCheck.Refused($"文件“{fileName}”的内容不是允许的类型（{AllowedDescription}）。");
    }
}
