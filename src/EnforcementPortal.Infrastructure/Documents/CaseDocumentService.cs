using System.Security.Cryptography;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Documents;

/// <summary>
/// Issues the enforcement documents of a case: composes, renders, stores the bytes with their SHA-256, records the
/// <see cref="IssuedDocument"/> and notes it on the case's timeline. A document once issued is served from the store
/// from then on, byte for byte.
/// </summary>
public sealed class CaseDocumentService(AppDbContext db, IFileStore files, IDocumentRenderer renderer, SequenceAllocator numbers)
{
    /// <summary>The largest PDF accepted for verification.</summary>
    public const long MaxVerificationUploadBytes = 30 * 1024 * 1024;

    /// <summary>The documents issued for a case, oldest first.</summary>
    public Task<List<IssuedDocument>> ListAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Set<IssuedDocument>().AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.IssuedAt).ThenBy(d => d.Kind).ToListAsync(cancellationToken);

    /// <summary>The stored bytes of an issued document.</summary>
    public async Task<byte[]?> ReadAsync(IssuedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await using var stream = await files.OpenReadAsync(document.StorageKey, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>
    /// Issues the document, or returns the one already issued for the same case, kind and subject. The 案卷 is one volume
    /// per case: asked again, it is the stored one, unless the record changed since (a new edition, with what changed as
    /// its reason; the earlier edition stays verifiable). The case must be tracked by this context.
    /// </summary>
    /// <remarks>
    /// A new document is rendered and its bytes stored, and it is added to this context with its timeline entry and any
    /// 文号 taken, but nothing is saved: the caller's unit of work saves it (one SaveChanges) and, if that fails, removes
    /// the stored bytes with <see cref="DiscardAsync"/>. A new document is the one whose entry is
    /// <see cref="EntityState.Added"/>.
    /// </remarks>
    public async Task<IssuedDocument> IssueAsync(EnforcementCase enforcementCase, DocumentRequest request, Actor actor, DateTime now, string baseUrl, CancellationToken cancellationToken, InvitationPrint? invitation = null)
    {
        ArgumentNullException.ThrowIfNull(enforcementCase);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var existing = await db.Set<IssuedDocument>().AsNoTracking()
            .Where(d => d.CaseId == enforcementCase.Id && d.Kind == request.Kind && d.SubjectId == request.SubjectId)
            .OrderByDescending(d => d.Edition)
            .FirstOrDefaultAsync(cancellationToken);
        string? changeReason = null;
        if (existing is not null)
        {
            if (request.Kind != EnforcementDocumentKind.ArchiveVolume)
            {
                return existing;
            }

            var changes = enforcementCase.Events.Where(e => e.Sequence > existing.TimelineSequence).OrderBy(e => e.Sequence).Select(e => e.Summary).ToList();
            if (changes.Count == 0)
            {
                return existing;
            }

            changeReason = $"第{existing.Edition}版组卷后案件记录有变更：{string.Join("；", changes)}";
        }

        var code = await NewCodeAsync(cancellationToken);
        // The enterprise's invitation code is printed on a newly issued 整改通知书 only (see EnterpriseInvitation).
        var issue = new DocumentIssue(code, VerificationUrl(baseUrl, code), DateOnly.FromDateTime(now), Invitation: request.Kind == EnforcementDocumentKind.RectificationNotice ? invitation : null);
        var source = await SourceAsync(enforcementCase, request, cancellationToken);
        byte[] pdf;
        string title;
        string? number;
        DateOnly documentDate;
        if (request.Kind == EnforcementDocumentKind.ArchiveVolume)
        {
            var volume = await ArchiveVolumeAsync(enforcementCase, issue, baseUrl, cancellationToken);
            pdf = renderer.RenderPdf(volume);
            title = "案卷（" + enforcementCase.Number + "）" + (existing is null ? string.Empty : $"第{existing.Edition + 1}版");
            number = null;
            documentDate = enforcementCase.ArchivedOn ?? issue.IssuedOn;
        }
        else
        {
            var definition = CaseDocumentComposer.Compose(source, request, issue);
            if (CaseDocumentComposer.NumberedAtIssue(request.Kind) is { } numberKind)
            {
                // The 文号 runs per kind and year of the document's own date, allocated in this unit of work: no gaps.
                var year = (definition.DocumentDate ?? issue.IssuedOn).Year;
                issue = issue with { Number = await numbers.NextDocumentNumberAsync(enforcementCase.Department, numberKind, year, cancellationToken) };
                definition = CaseDocumentComposer.Compose(source, request, issue);
            }

            pdf = renderer.RenderPdf(definition);
            title = definition.Title;
            number = definition.DocumentNumber;
            documentDate = definition.DocumentDate ?? issue.IssuedOn;
        }

        if (title.Length > IssuedDocument.TitleMaxLength)
        {
            title = title[..IssuedDocument.TitleMaxLength];
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        string key;
        using (var content = new MemoryStream(pdf, writable: false))
        {
            key = await files.SaveAsync(content, "pdf", cancellationToken);
        }

        var document = new IssuedDocument(Guid.NewGuid(), enforcementCase.Id, request.Kind, request.SubjectId, title, number, now, actor, enforcementCase.Department, code, sha, key, pdf.LongLength, documentDate);
        if (existing is not null && changeReason is not null)
        {
            document.MarkAsEdition(existing.Edition + 1, changeReason);
        }

        db.Add(document);
        document.NotedAt(enforcementCase.RecordDocumentIssued(title, number, code, actor, now));
        return document;
    }

    /// <summary>Removes the stored bytes of a document whose unit of work was not saved.</summary>
    public Task DiscardAsync(IssuedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return files.DeleteAsync(document.StorageKey, CancellationToken.None);
    }

    /// <summary>Whether the document was issued by this unit of work, not found already issued.</summary>
    public bool IsNew(IssuedDocument document) => db.Entry(document).State == EntityState.Added;

    public static string VerificationUrl(string baseUrl, string code)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return $"{baseUrl.TrimEnd('/')}/verify/{code}";
    }

    private async Task<string> NewCodeAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var code = VerificationCodes.NewCode();
            if (!await db.Set<IssuedDocument>().AnyAsync(d => d.VerificationCode == code, cancellationToken))
            {
                return code;
            }
        }

        throw new InvalidOperationException("Could not find a free verification code.");
    }

    private async Task<CaseDocumentSource> SourceAsync(EnforcementCase enforcementCase, DocumentRequest request, CancellationToken cancellationToken)
    {
        var party = await db.Parties.AsNoTracking().FirstAsync(p => p.Id == enforcementCase.PartyId, cancellationToken);
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Code == enforcementCase.Department, cancellationToken);
        var contact = new DocumentContact(department?.Phone ?? string.Empty, department?.Office ?? string.Empty);
        IReadOnlyList<CitedPenaltyMatter> matters = [];
        var ids = request.Kind switch
        {
            EnforcementDocumentKind.TransferForm => enforcementCase.Transfers.FirstOrDefault(t => t.Id == request.SubjectId)?.PenaltyMatterIds.ToList(),
            EnforcementDocumentKind.LegalReviewOpinion => [.. CaseDocumentComposer.PenaltyMattersReviewed(enforcementCase, request.SubjectId)],
            _ => null,
        } ?? [];
        if (ids.Count > 0)
        {
            var found = await db.PenaltyMatters.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
            matters = [.. ids.Select(id => found.FirstOrDefault(m => m.Id == id)).OfType<Domain.PenaltyMatters.PenaltyMatter>().Select(m => new CitedPenaltyMatter(m.Name, m.LegalBasis))];
        }

        var letters = await db.SupervisionLetters.AsNoTracking().Where(l => l.CaseId == enforcementCase.Id).ToListAsync(cancellationToken);
        letters.AddRange(db.SupervisionLetters.Local.Where(l => l.CaseId == enforcementCase.Id && letters.All(s => s.Id != l.Id)));
        return new CaseDocumentSource(enforcementCase, party, contact, matters, letters);
    }

    /// <summary>
    /// The archive volume: the cover and table of contents, then every document issued so far (composed again with its
    /// own code, number and date, from the same case records), then the evidence photos.
    /// </summary>
    private async Task<IReadOnlyList<DocumentDefinition>> ArchiveVolumeAsync(EnforcementCase enforcementCase, DocumentIssue issue, string baseUrl, CancellationToken cancellationToken)
    {
        var issued = await db.Set<IssuedDocument>().AsNoTracking()
            .Where(d => d.CaseId == enforcementCase.Id && d.Kind != EnforcementDocumentKind.ArchiveVolume)
            .OrderBy(d => d.IssuedAt)
            .ToListAsync(cancellationToken);
        var definitions = new List<DocumentDefinition>();
        foreach (var document in issued)
        {
            var request = new DocumentRequest(document.Kind, document.SubjectId);
            var source = await SourceAsync(enforcementCase, request, cancellationToken);
            var original = new DocumentIssue(document.VerificationCode, VerificationUrl(baseUrl, document.VerificationCode), DateOnly.FromDateTime(document.IssuedAt), DocumentNumber.TryParse(document.DocumentNumber));
            definitions.Add(CaseDocumentComposer.Compose(source, request, original));
        }

        var photos = new List<(ReadOnlyMemory<byte> Data, string Caption)>();
        foreach (var evidence in enforcementCase.Evidence.Where(e => e.IsImage).OrderBy(e => e.UploadedAt))
        {
            await using var stream = await files.OpenReadAsync(evidence.StorageKey, cancellationToken);
            if (stream is null)
            {
                continue;
            }

            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            photos.Add((buffer.ToArray(), evidence.Caption ?? evidence.FileName));
        }

        var cover = await SourceAsync(enforcementCase, new DocumentRequest(EnforcementDocumentKind.ArchiveVolume), cancellationToken);
        return CaseDocumentComposer.ArchiveVolume(cover, definitions, photos, issue);
    }
}
