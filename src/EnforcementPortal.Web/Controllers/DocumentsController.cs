using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// Issuing and downloading a case's enforcement documents, through <see cref="CaseDocuments"/>: another department's
/// case (and its documents) is a 404.
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class DocumentsController(CaseDocuments documents, IConfiguration configuration) : Controller
{
    /// <summary>生成: issues the document (or finds the one already issued) and sends the browser to its download.</summary>
    [HttpPost("Cases/{id:guid}/Documents")]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> Issue(Guid id, EnforcementDocumentKind kind, Guid? subjectId, CancellationToken cancellationToken)
    {
        var issued = await documents.IssueAsync(id, kind, subjectId, ProductionSettings.PublicBaseUrl(configuration, Request), cancellationToken);
        if (issued.Result.Outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        if (issued.DocumentId is not { } documentId)
        {
            TempData[StatusMessages.ErrorKey] = issued.Result.Message;
            return RedirectToAction("Details", "Cases", new { id });
        }

        if (issued.SuccessMessage is not null)
        {
            TempData[StatusMessages.SuccessKey] = issued.SuccessMessage;
        }

        return RedirectToAction(nameof(Download), new { id, documentId });
    }

    /// <summary>下载: the stored bytes, exactly as issued.</summary>
    [HttpGet("Cases/{id:guid}/Documents/{documentId:guid}")]
    public async Task<IActionResult> Download(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        if (await documents.ReadAsync(id, documentId, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(found.Bytes, "application/pdf", $"{found.Document.Title}-{found.Document.VerificationCode}.pdf");
    }
}
