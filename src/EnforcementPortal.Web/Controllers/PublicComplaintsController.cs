using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Infrastructure.Complaints;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 投诉举报 for the public, without signing in: the intake form (/tousu) and the progress page (/tousu/chaxun), which
/// shows the steps and their dates and, once closed, the answer — never anyone's name or phone. Both posts are rate
/// limited per client and the intake carries the self-hosted challenge.
/// </summary>
[AllowAnonymous]
[Route("tousu")]
public sealed class PublicComplaintsController(ComplaintSteps steps, PublicFormChallenge challenge, AppDbContext db, ComplainantProtection protection) : Controller
{
    public const string QueryRefusal = "受理编号或查询码不正确，请核对后重试。";

    [HttpGet("")]
    public IActionResult Index() => FormPage(new PublicComplaintForm());

    [HttpPost("")]
    [EnableRateLimiting(PublicComplaintRateLimit.PolicyName)]
    [RequestSizeLimit(UploadInspector.MaxBytes * Complaint.MaxAttachments)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadInspector.MaxBytes * Complaint.MaxAttachments)]
    public async Task<IActionResult> Index(PublicComplaintForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return FormPage(form);
        }

        if (!challenge.Passes(form.ChallengeToken, form.ChallengeAnswer, form.Website))
        {
            ModelState.AddModelError(nameof(form.ChallengeAnswer), PublicFormChallenge.RefusedMessage);
            return FormPage(form);
        }

        var (receipt, refusal) = await steps.FileAsync(form, form.Files, cancellationToken);
        if (receipt is null)
        {
            ModelState.AddModelError(string.Empty, refusal!);
            return FormPage(form);
        }

        return View("Receipt", receipt);
    }

    [HttpGet("chaxun")]
    public IActionResult Query() => View("Query", new ComplaintQueryForm());

    /// <summary>A post, so the query code never appears in an address, a history or a log.</summary>
    [HttpPost("chaxun")]
    [EnableRateLimiting(PublicComplaintRateLimit.PolicyName)]
    public async Task<IActionResult> Query(ComplaintQueryForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var receipt = form.ReceiptNumber?.Trim().ToUpperInvariant() ?? string.Empty;
        var complaint = receipt.Length is > 0 and <= Complaint.ReceiptMaxLength
            ? await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.ReceiptNumber == receipt, cancellationToken)
            : null;
        if (complaint is null || !await protection.QueryCodeMatchesAsync(complaint, form.QueryCode, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, QueryRefusal);
            return View("Query", new ComplaintQueryForm { ReceiptNumber = form.ReceiptNumber });
        }

        return View("Progress", PublicProgress.Of(complaint));
    }

    private ViewResult FormPage(PublicComplaintForm form)
    {
        var question = challenge.Issue();
        form.ChallengeToken = question.Token;
        form.ChallengeAnswer = null;
        ViewData["Question"] = question.Question;
        return View("Index", form);
    }
}
