using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 协查文书 of a complaint: the page (what was sent to whom, the answer due in 10 working days and the answer), issuing the
/// 协查通知单 (委内) or 协查意见书 (委外) as a PDF, and its download. A complaint the user may not see is "not found".
/// </summary>
[Authorize(Policy = Policies.ComplaintReaders)]
public sealed class AssistDocumentsController(AssistDocuments documents, IConfiguration configuration) : Controller
{
    [HttpGet("Complaints/{id:guid}/Assist")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) =>
        await documents.PageAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("Complaints/{id:guid}/Assist")]
    public async Task<IActionResult> Issue(Guid id, int version, AssistRequestScope scope, CancellationToken cancellationToken)
    {
        var issued = await documents.IssueAsync(id, version, scope, ProductionSettings.PublicBaseUrl(configuration, Request), cancellationToken);
        if (issued.Result.Outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        if (issued.DocumentId is { } documentId)
        {
            TempData[StatusMessages.SuccessKey] = "协查文书已出具。";
            return Redirect($"/Complaints/{id}/Assist/{documentId}");
        }

        TempData[StatusMessages.ErrorKey] = issued.Result.Message;
        return Redirect($"/Complaints/{id}/Assist");
    }

    [HttpGet("Complaints/{id:guid}/Assist/{documentId:guid}")]
    public async Task<IActionResult> Download(Guid id, Guid documentId, CancellationToken cancellationToken) =>
        await documents.ReadAsync(id, documentId, cancellationToken) is { } found
            ? File(found.Bytes, "application/pdf", $"{found.Document.Title}-{found.Document.VerificationCode}.pdf")
            : NotFound();
}
