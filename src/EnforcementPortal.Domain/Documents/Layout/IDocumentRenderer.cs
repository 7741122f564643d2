namespace EnforcementPortal.Domain.Documents.Layout;

/// <summary>Turns document definitions into a printable file.</summary>
public interface IDocumentRenderer
{
    /// <summary>Renders one document as a PDF.</summary>
    byte[] RenderPdf(DocumentDefinition document);

    /// <summary>
    /// Renders several documents into one PDF, each starting on a new page with its own page numbering, e.g. an
    /// archive volume: a cover, a document with a <see cref="TableOfContentsBlock"/>, then the case's documents.
    /// </summary>
    byte[] RenderPdf(IReadOnlyList<DocumentDefinition> documents);
}
