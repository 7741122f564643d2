using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>Downloads of a case's evidence files (checked against their SHA-256 by <see cref="EvidenceDownloads"/>).</summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class EvidenceController(EvidenceDownloads downloads) : Controller
{
    /// <summary>Downloads an evidence file of a case the user may see.</summary>
    [HttpGet("Cases/{id:guid}/Evidence/{fileId:guid}")]
    public async Task<IActionResult> Evidence(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        if (await downloads.ReadAsync(id, fileId, cancellationToken) is not { } download)
        {
            return NotFound();
        }

        // Served only if the bytes still match the SHA-256 recorded at upload, and always as a download
        // (Content-Disposition: attachment): a file is never rendered as a document of the portal's origin.
        if (download.State != StoredFileState.Intact)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("~/Views/Cases/EvidenceUnavailable.cshtml", download.State);
        }

        return File(download.Content!, download.File.ContentType, DisplayFileName.Clean(download.File.FileName));
    }
}
