namespace EnforcementPortal.Domain.Documents.Layout;

/// <summary>The document's title, centred in a large bold face.</summary>
public sealed record TitleBlock : DocumentBlock
{
    public TitleBlock(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
    }

    public string Text { get; }
}

/// <summary>The document number (文号), centred under the title.</summary>
public sealed record DocumentNumberBlock : DocumentBlock
{
    public DocumentNumberBlock(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
    }

    public string Text { get; }
}

/// <summary>A section heading; level 1 is the larger one. It is kept on the page of the text that follows it.</summary>
public sealed record HeadingBlock : DocumentBlock
{
    public HeadingBlock(string text, int level = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 2);
        Text = text;
        Level = level;
    }

    public string Text { get; }

    public int Level { get; }
}

/// <summary>How the lines of a paragraph sit between the margins.</summary>
public enum ParagraphAlignment
{
    /// <summary>Both edges straight, the last line flush left (公文 body text).</summary>
    Justify,
    Left,
    Center,
    Right,
}

/// <summary>
/// Body text. Each line feed starts a new paragraph; with <see cref="FirstLineIndent"/> every paragraph's first line
/// is indented by two characters, as in 公文.
/// </summary>
public sealed record ParagraphBlock : DocumentBlock
{
    public ParagraphBlock(string text, bool firstLineIndent = true, ParagraphAlignment alignment = ParagraphAlignment.Justify)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        FirstLineIndent = firstLineIndent;
        Alignment = alignment;
    }

    public string Text { get; }

    public bool FirstLineIndent { get; }

    public ParagraphAlignment Alignment { get; }
}
