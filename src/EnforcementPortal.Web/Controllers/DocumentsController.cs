using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Infrastructure.Documents;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// Issuing and downloading a case's enforcement documents. The case is loaded through <see cref="AppDbContext.Cases"/>,
/// whose department filter makes another department's case (and its documents) a 404.
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class DocumentsController(AppDbContext db, CaseDocumentService documents, CurrentUser user, IBureauClock clock, IConfiguration configuration, AuditTrail audit) : Controller
{
    /// <summary>生成: issues the document (or finds the one already issued) and sends the browser to its download.</summary>
    [HttpPost("Cases/{id:guid}/Documents")]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> Issue(Guid id, EnforcementDocumentKind kind, Guid? subjectId, CancellationToken cancellationToken)
    {
        var enforcementCase = await db.Cases.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (enforcementCase is null || user.Department != enforcementCase.Department)
        {
            return NotFound();
        }

        if (!CaseDocumentComposer.Available(enforcementCase).Any(a => a.Kind == kind && a.SubjectId == subjectId))
        {
            TempData[StatusMessages.ErrorKey] = "本案件当前不能出具该文书。";
            return RedirectToAction("Details", "Cases", new { id });
        }

        IssuedDocument issued;
        try
        {
            issued = await documents.IssueAsync(enforcementCase, new DocumentRequest(kind, subjectId), user.Actor, clock.Now, PublicBaseUrl(), cancellationToken);
        }
        catch (DomainException refused)
        {
            TempData[StatusMessages.ErrorKey] = refused.Message;
            return RedirectToAction("Details", "Cases", new { id });
        }
        catch (DbUpdateException)
        {
            // Two requests issued the same document at once (or changed the case meanwhile): the loser's row and file
            // were discarded. If the other request issued this very document, answer with it; otherwise the
            // concurrency message. Never a 500.
            db.ChangeTracker.Clear();
            var already = await db.Set<IssuedDocument>().AsNoTracking()
                .Where(d => d.CaseId == id && d.Kind == kind && d.SubjectId == subjectId && kind != EnforcementDocumentKind.ArchiveVolume)
                .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(CancellationToken.None);
            if (already is { } documentId)
            {
                return RedirectToAction(nameof(Download), new { id, documentId });
            }

            TempData[StatusMessages.ErrorKey] = DomainExceptionFilter.ConcurrencyMessage + "。";
            return RedirectToAction("Details", "Cases", new { id });
        }

        await audit.RecordAsync(EnforcementPortal.Infrastructure.Audit.AuditActions.DocumentIssued, EnforcementPortal.Infrastructure.Audit.AuditOutcome.Success, $"case {id} document {issued.Id}", $"《{issued.Title}》{issued.DocumentNumber} 核验码 {issued.VerificationCode}");
        TempData[StatusMessages.SuccessKey] = $"已出具《{issued.Title}》，核验码 {issued.VerificationCode}。";
        return RedirectToAction(nameof(Download), new { id, documentId = issued.Id });
    }

    /// <summary>下载: the stored bytes, exactly as issued.</summary>
    [HttpGet("Cases/{id:guid}/Documents/{documentId:guid}")]
    public async Task<IActionResult> Download(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var document = await db.Set<IssuedDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.CaseId == id, cancellationToken);
        var bytes = document is null ? null : await documents.ReadAsync(document, cancellationToken);
        if (document is null || bytes is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(bytes, "application/pdf", $"{document.Title}-{document.VerificationCode}.pdf");
    }

    private string PublicBaseUrl() => ProductionSettings.PublicBaseUrl(configuration, Request);
}
