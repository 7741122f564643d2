using System.Collections;
using QRCoder;

namespace EnforcementPortal.Infrastructure.Documents.Pdf;

/// <summary>The module matrix of a QR code, drawn later as vector squares (sharp at any zoom, a few hundred bytes).</summary>
internal static class QrCodeMatrix
{
    public static IReadOnlyList<BitArray> Create(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return [.. data.ModuleMatrix.Select(row => new BitArray(row))];
    }
}
