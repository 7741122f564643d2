using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Infrastructure.Documents;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>A document served on the enterprise, as listed on its case page.</summary>
public sealed record ServedDocument(Guid Id, string Title, string? DocumentNumber, DateOnly DocumentDate, string VerificationCode);

/// <summary>
/// The documents served on the signed-in enterprise (<see cref="PartyDocuments.IsServedOnParty"/>) of its own cases, and
/// their stored bytes exactly as issued (served only while they match their SHA-256). Another party's case, an internal
/// document (移交单, 法制审核意见书 …) or a missing file is simply not found.
/// </summary>
public sealed class EnterpriseDocuments(AppDbContext db, EnterpriseUser enterprise, CaseDocumentService documents)
{
    public async Task<IReadOnlyList<ServedDocument>> ListAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (!await OwnsAsync(caseId, cancellationToken))
        {
            return [];
        }

        var issued = await documents.ListAsync(caseId, cancellationToken);
        return [.. issued.Where(d => PartyDocuments.IsServedOnParty(d.Kind)).Select(d => new ServedDocument(d.Id, d.Title, d.DocumentNumber, d.DocumentDate, d.VerificationCode))];
    }

    /// <summary>The PDF of a document served on the enterprise, or null.</summary>
    public async Task<(IssuedDocument Document, byte[] Bytes)?> ReadAsync(Guid caseId, Guid documentId, CancellationToken cancellationToken)
    {
        if (!await OwnsAsync(caseId, cancellationToken))
        {
            return null;
        }

        var document = await db.Set<IssuedDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, cancellationToken);
        if (document is null || !PartyDocuments.IsServedOnParty(document.Kind))
        {
            return null;
        }

        var bytes = await documents.ReadAsync(document, cancellationToken);
        return bytes is not null && document.Matches(bytes) ? (document, bytes) : null;
    }

    private Task<bool> OwnsAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Cases.IgnoreQueryFilters().AnyAsync(c => c.Id == caseId && c.PartyId == enterprise.PartyId && enterprise.PartyId != Guid.Empty, cancellationToken);
}
