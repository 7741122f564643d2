namespace EnforcementPortal.Domain.Documents.Layout;

/// <summary>A QR code, e.g. the link that verifies the document, with a caption under it.</summary>
public sealed record QrCodeBlock : DocumentBlock
{
    public QrCodeBlock(string payload, string? caption = null, double sizeMillimetres = 25, BlockAlignment alignment = BlockAlignment.Right)
    {
        ArgumentException.ThrowIfNullOrEmpty(payload);
        ArgumentOutOfRangeException.ThrowIfLessThan(sizeMillimetres, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sizeMillimetres, 150);
        Payload = payload;
        Caption = string.IsNullOrWhiteSpace(caption) ? null : caption;
        SizeMillimetres = sizeMillimetres;
        Alignment = alignment;
    }

    public string Payload { get; }

    public string? Caption { get; }

    public double SizeMillimetres { get; }

    public BlockAlignment Alignment { get; }
}

/// <summary>
/// A picture (JPEG or PNG), e.g. an evidence photo, scaled to fit the text width and the page, centred, with a
/// caption under it.
/// </summary>
public sealed record ImageBlock : DocumentBlock
{
    public ImageBlock(ReadOnlyMemory<byte> data, string? caption = null, double? maxHeightMillimetres = null)
    {
        if (data.IsEmpty)
        {
            throw new ArgumentException("An image block needs the image's bytes.", nameof(data));
        }

        if (maxHeightMillimetres is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, 10);
        }

        Data = data;
        Caption = string.IsNullOrWhiteSpace(caption) ? null : caption;
        MaxHeightMillimetres = maxHeightMillimetres;
    }

    /// <summary>The encoded image file.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    public string? Caption { get; }

    public double? MaxHeightMillimetres { get; }
}
