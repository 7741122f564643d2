using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 文书下载 for the enterprise: the documents served on it (整改通知书, 约谈通知书, 行政检查通知书, 送达回证) of its own cases,
/// exactly as issued. Anything else — another party's case, an internal document — is 404.
/// </summary>
[Authorize(Policy = EnterpriseAccess.Policy)]
[EnterprisePages]
public sealed class EnterpriseDocumentsController(EnterpriseDocuments documents) : Controller
{
    [HttpGet("qiye/anjian/{id:guid}/wenshu/{documentId:guid}")]
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
