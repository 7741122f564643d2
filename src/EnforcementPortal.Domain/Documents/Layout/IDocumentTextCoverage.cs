namespace EnforcementPortal.Domain.Documents.Layout;

/// <summary>What the documents' embedded fonts can draw: a form refuses text that would print as empty boxes.</summary>
public interface IDocumentTextCoverage
{
    /// <summary>The distinct characters of <paramref name="text"/> that no embedded font can draw, in order of appearance.</summary>
    IReadOnlyList<string> Undrawable(string? text);
}
