namespace EnforcementPortal.Domain.Documents.Layout;

/// <summary>Continues on a new page.</summary>
public sealed record PageBreakBlock : DocumentBlock;

/// <summary>Vertical space, measured in lines of body text.</summary>
public sealed record SpacerBlock : DocumentBlock
{
    public SpacerBlock(double lines = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lines);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lines, 40);
        Lines = lines;
    }

    public double Lines { get; }
}

/// <summary>
/// The table of contents of an archive volume (卷内目录): when several documents are rendered into one file, it lists
/// every document after the one that contains it, with its 文号, title and volume page numbers (卷内页号). Those pages
/// are numbered from 1 in their top right corner. Rendered alone, the table is empty.
/// </summary>
public sealed record TableOfContentsBlock : DocumentBlock;
