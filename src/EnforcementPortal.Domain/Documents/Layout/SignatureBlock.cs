namespace EnforcementPortal.Domain.Documents.Layout;

/// <summary>A line to be signed by hand: "执法人员（签名）：______ 日期：  年  月  日".</summary>
public sealed record SignatureLine
{
    public SignatureLine(string role, bool withDate = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        Role = role;
        WithDate = withDate;
    }

    /// <summary>Who signs, e.g. 执法人员, 当事人, 见证人.</summary>
    public string Role { get; }

    public bool WithDate { get; }
}

/// <summary>
/// The closing of a document: the issuing body and date at the bottom right (optionally with a placeholder circle
/// where the seal is stamped), then lines for handwritten signatures. Never split across pages.
/// </summary>
public sealed record SignatureBlock : DocumentBlock
{
    public SignatureBlock(
        string? issuingBody,
        string? date,
        bool sealPlaceholder = false,
        IReadOnlyList<SignatureLine>? signatureLines = null)
    {
        if (signatureLines?.Any(l => l is null) == true)
        {
            throw new ArgumentException("A signature line cannot be null.", nameof(signatureLines));
        }

        IssuingBody = string.IsNullOrWhiteSpace(issuingBody) ? null : issuingBody;
        Date = string.IsNullOrWhiteSpace(date) ? null : date;
        SealPlaceholder = sealPlaceholder;
        SignatureLines = signatureLines is null ? [] : [.. signatureLines];
        if (IssuingBody is null && Date is null && SignatureLines.Count == 0)
        {
            throw new ArgumentException("A signature block needs an issuing body, a date or a signature line.");
        }
    }

    public string? IssuingBody { get; }

    /// <summary>The date as printed, e.g. 2026年3月5日.</summary>
    public string? Date { get; }

    /// <summary>Whether to draw a circle marked （印章） where the seal goes.</summary>
    public bool SealPlaceholder { get; }

    public IReadOnlyList<SignatureLine> SignatureLines { get; }
}
