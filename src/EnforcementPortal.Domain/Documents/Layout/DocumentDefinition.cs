namespace EnforcementPortal.Domain.Documents.Layout;

/// <summary>
/// A document (通知书, 决定书, 笔录 …) described as a sequence of blocks, independent of the output format.
/// </summary>
/// <remarks>
/// <see cref="Title"/> and <see cref="DocumentNumber"/> are metadata (PDF properties, archive table of contents);
/// what appears on the page is exactly <see cref="Blocks"/>. <see cref="Create"/> builds the usual head
/// (title, then 文号) in front of a body.
/// </remarks>
public sealed record DocumentDefinition
{
    private readonly string _title = string.Empty;
    private readonly IReadOnlyList<DocumentBlock> _blocks = [];

    /// <summary>The document's title, e.g. 建设工程安全隐患整改通知书.</summary>
    public required string Title
    {
        get => _title;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            _title = value;
        }
    }

    /// <summary>The document number (文号), e.g. 伊建安整〔2026〕第0001号.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>
    /// The date printed on the document: the day of the act it records (inspection, issue, interview, service,
    /// transfer), never the day the PDF was produced.
    /// </summary>
    public DateOnly? DocumentDate { get; init; }

    /// <summary>Text repeated at the top of every page, e.g. the issuing body's name.</summary>
    public string? HeaderText { get; init; }

    /// <summary>Text repeated at the bottom of every page, above the page number.</summary>
    public string? FooterText { get; init; }

    /// <summary>Whether each page carries "第 N 页 共 M 页" (counted within this document).</summary>
    public bool ShowPageNumbers { get; init; } = true;

    /// <summary>Code that lets a reader verify the document online; printed in the footer and stored as metadata.</summary>
    public string? VerificationCode { get; init; }

    /// <summary>The content, top to bottom.</summary>
    public IReadOnlyList<DocumentBlock> Blocks
    {
        get => _blocks;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _blocks = value.Any(b => b is null)
                ? throw new ArgumentException("A document cannot contain a null block.", nameof(value))
                : [.. value];
        }
    }

    /// <summary>A document whose blocks start with the title and, when given, the document number.</summary>
    public static DocumentDefinition Create(string title, string? documentNumber, IEnumerable<DocumentBlock> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        List<DocumentBlock> blocks = [new TitleBlock(title)];
        if (!string.IsNullOrWhiteSpace(documentNumber))
        {
            blocks.Add(new DocumentNumberBlock(documentNumber));
        }

        blocks.AddRange(body);
        return new DocumentDefinition { Title = title, DocumentNumber = documentNumber, Blocks = blocks };
    }
}
