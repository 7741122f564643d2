using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Documents;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>
/// What issuing a document came to: the outcome (as for a step), the document to send the browser to, and the message
/// for the case page. A document another request issued at the same moment is answered with that document.
/// </summary>
public sealed record DocumentStepResult(StepResult Result, Guid? DocumentId = null, string? SuccessMessage = null);

/// <summary>
/// 出具文书 as a use case of a case like any step (<see cref="CaseSteps"/>): the case is loaded through the department
/// scope, the document must be one the case can have now, and the document, its timeline entry and any 文号 taken are
/// saved in one unit of work; if the save fails the stored PDF is removed again. Only staff of the case's own
/// department issue its documents. Also the case's documents for download, through the same scope.
/// </summary>
public sealed class CaseDocuments(AppDbContext db, CaseDocumentService documents, CurrentUser user, IBureauClock clock, AuditTrail audit, EnterpriseAccounts enterprises)
{
    public const string NotAvailableMessage = "本案件当前不能出具该文书。";

    /// <summary>Issues the document (or finds the one already issued); <paramref name="baseUrl"/> is the portal's public address, for the verification link.</summary>
    public async Task<DocumentStepResult> IssueAsync(Guid caseId, EnforcementDocumentKind kind, Guid? subjectId, string baseUrl, CancellationToken cancellationToken)
    {
        var enforcementCase = await db.Cases.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (enforcementCase is null || user.Department != enforcementCase.Department)
        {
            return new(StepResult.NotFound);
        }

        if (!CaseDocumentComposer.Available(enforcementCase).Any(a => a.Kind == kind && a.SubjectId == subjectId))
        {
            return new(StepResult.Refused(NotAvailableMessage));
        }

        IssuedDocument? issued = null;
        (Domain.Enterprises.EnterpriseInvitation Invitation, InvitationPrint Print)? invitation = null;
        try
        {
            // The first 整改通知书 served on a party without an enterprise account carries its invitation code.
            invitation = kind == EnforcementDocumentKind.RectificationNotice ? await enterprises.PrepareInvitationAsync(enforcementCase, baseUrl, cancellationToken) : null;
            issued = await documents.IssueAsync(enforcementCase, new DocumentRequest(kind, subjectId), user.Actor, clock.Now, baseUrl, cancellationToken, invitation?.Print);
            if (invitation is { } unused && !documents.IsNew(issued))
            {
                db.Entry(unused.Invitation).State = EntityState.Detached;
                invitation = null;
            }

            if (documents.IsNew(issued))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DomainException refused)
        {
            await DiscardAsync(issued);
            return new(StepResult.Refused(refused.Message));
        }
        catch (DbUpdateException)
        {
            // Two requests issued the same document at once (or changed the case meanwhile): the loser's row and file
            // are discarded. If the other request issued this very document, answer with it; otherwise the
            // concurrency message. Never a 500.
            await DiscardAsync(issued);
            var already = await db.Set<IssuedDocument>().AsNoTracking()
                .Where(d => d.CaseId == caseId && d.Kind == kind && d.SubjectId == subjectId && kind != EnforcementDocumentKind.ArchiveVolume)
                .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(CancellationToken.None);
            return already is { } documentId
                ? new(StepResult.Done, documentId)
                : new(StepResult.Conflict with { Message = StepResult.Conflict.Message + "。" });
        }
        catch
        {
            await DiscardAsync(issued);
            throw;
        }

        await audit.RecordAsync(AuditActions.DocumentIssued, AuditOutcome.Success, $"case {caseId} document {issued.Id}", $"《{issued.Title}》{issued.DocumentNumber} 核验码 {issued.VerificationCode}");
        var invited = invitation is { Print: var print } ? $"文书已印制企业网上办理邀请码 {print.Code}（{print.ExpiresAt:yyyy年M月d日 HH:mm}前有效，仅可使用一次），请随文书送达责任单位。" : string.Empty;
        return new(StepResult.Done, issued.Id, $"已出具《{issued.Title}》，核验码 {issued.VerificationCode}。{invited}");
    }

    /// <summary>An issued document of a case the user may see, with its stored bytes exactly as issued; null if either is missing.</summary>
    public async Task<(IssuedDocument Document, byte[] Bytes)?> ReadAsync(Guid caseId, Guid documentId, CancellationToken cancellationToken)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            return null;
        }

        var document = await db.Set<IssuedDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, cancellationToken);
        var bytes = document is null ? null : await documents.ReadAsync(document, cancellationToken);
        return document is null || bytes is null ? null : (document, bytes);
    }

    private async Task DiscardAsync(IssuedDocument? issued)
    {
        // The tracked changes of a failed issue must not be saved by anything later in the request.
        var isNew = issued is not null && documents.IsNew(issued);
        db.ChangeTracker.Clear();
        if (isNew)
        {
            await documents.DiscardAsync(issued!);
        }
    }
}
