namespace EnforcementPortal.Domain.Documents.Layout;

/// <summary>One vertical piece of a <see cref="DocumentDefinition"/>.</summary>
public abstract record DocumentBlock;

/// <summary>Horizontal placement of a block or a line of text.</summary>
public enum BlockAlignment
{
    Left,
    Center,
    Right,
}
