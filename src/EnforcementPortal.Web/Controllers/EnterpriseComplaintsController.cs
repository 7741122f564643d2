using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// The complaints notified to the enterprise (/qiye/tousu): each one as the redaction rule shows it, and its 情况说明 with
/// files before the 3-working-day deadline. The party comes from the sign-in, never from the request: another party's
/// complaint is 404.
/// </summary>
[Authorize(Policy = EnterpriseAccess.Policy)]
[EnterprisePages]
[Route("qiye/tousu")]
public sealed class EnterpriseComplaintsController(EnterpriseComplaints complaints) : Controller
{
    private const string PagePath = "~/Views/Enterprise/Complaint.cshtml";

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken) =>
        await complaints.PageAsync(id, cancellationToken) is { } page ? View(PagePath, page) : NotFound();

    [HttpPost("{id:guid}/huifu")]
    [RequestSizeLimit(200 * 1024 * 1024)]
    public async Task<IActionResult> Reply(Guid id, EnterpriseComplaintReplyForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        IReadOnlyList<IFormFile> files = Request.HasFormContentType ? [.. Request.Form.Files] : [];
        var result = ModelState.IsValid ? await complaints.ReplyAsync(id, form, files, cancellationToken) : null;
        if (result is { Outcome: StepOutcome.NotFound })
        {
            return NotFound();
        }

        if (result is { Outcome: StepOutcome.Done })
        {
            TempData[StatusMessages.SuccessKey] = "情况说明已提交，承办部门将及时核查。";
            return Redirect($"/qiye/tousu/{id}");
        }

        if (result?.Message is { } message)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        if (await complaints.PageAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        form.Version = page.Version;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(PagePath, page with { Reply = form });
    }
}
