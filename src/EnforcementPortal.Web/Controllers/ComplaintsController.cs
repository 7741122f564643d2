using System.Security.Cryptography;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>The complaint desk for staff: the lists, staff entry from other channels, the complaint page and the reveal of the complainant.</summary>
[Authorize(Policy = Policies.ComplaintReaders)]
public sealed class ComplaintsController(ComplaintQueries queries, ComplaintSteps steps, ComplaintAccess access, StaffDirectory staff, IFileStore files, IBureauClock clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.DeskAsync(clock.Today, cancellationToken));

    [HttpGet]
    [Authorize(Policy = Policies.ComplaintEntry)]
    public IActionResult New() => View(new StaffComplaintForm());

    [HttpPost]
    [Authorize(Policy = Policies.ComplaintEntry)]
    public async Task<IActionResult> New(StaffComplaintForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var (receipt, refusal) = await steps.EnterAsync(form, cancellationToken);
        if (receipt is null)
        {
            ModelState.AddModelError(string.Empty, refusal!);
            return View(form);
        }

        TempData[StatusMessages.SuccessKey] = $"投诉已登记，受理编号 {receipt.ReceiptNumber}，查询码 {receipt.QueryCode}（请告知投诉人，系统不再显示）。";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken) =>
        await PageAsync(id, null, cancellationToken);

    /// <summary>Shows the complainant's name and phone (for the dispatcher, the handler and the chief only); audited.</summary>
    [HttpPost]
    public async Task<IActionResult> Reveal(Guid id, CancellationToken cancellationToken)
    {
        var (result, identity) = await steps.RevealAsync(id, cancellationToken);
        if (result.Outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        if (identity is null)
        {
            TempData[StatusMessages.ErrorKey] = result.Message;
            return RedirectToAction(nameof(Details), new { id });
        }

        return await PageAsync(id, identity, cancellationToken);
    }

    [HttpGet("Complaints/{id:guid}/Attachments/{fileId:guid}")]
    public async Task<IActionResult> Attachment(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        var complaint = await queries.FindAsync(id, cancellationToken);
        var attachment = complaint is not null && access.CanSee(complaint) ? complaint.Attachments.FirstOrDefault(a => a.Id == fileId) : null;
        await using var stream = attachment is null ? null : await files.OpenReadAsync(attachment.StorageKey, cancellationToken);
        if (attachment is null || stream is null)
        {
            return NotFound();
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != attachment.Sha256)
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }

        return File(bytes, attachment.ContentType, DisplayFileName.Clean(attachment.FileName));
    }

    private async Task<IActionResult> PageAsync(Guid id, ComplainantIdentity? identity, CancellationToken cancellationToken)
    {
        var complaint = await queries.FindAsync(id, cancellationToken);
        if (complaint is null || !access.CanSee(complaint))
        {
            return NotFound();
        }

        var rules = await queries.RoutingRulesAsync(cancellationToken);
        var handlers = complaint.Department is { } department && access.IsDepartmentMember(complaint)
            ? await staff.OfficersOfAsync(department, clock.Today, cancellationToken)
            : [];
        var duplicates = access.IsDispatcher || access.IsHandlerOrChief(complaint) ? await queries.DuplicatesOfAsync(complaint, cancellationToken) : [];
        var masked = steps.Masked(complaint);
        return View("Details", new ComplaintPage(
            complaint,
            identity is null ? masked.Name! : identity.Name ?? ComplainantPrivacy.Anonymous,
            identity is null ? masked.Phone! : identity.Phone ?? "未留",
            access.MaySeeComplainant(complaint),
            identity is not null,
            access.IsDispatcher,
            access.IsDepartmentMember(complaint),
            access.IsHandlerOrChief(complaint),
            access.IsDepartmentChief(complaint),
            access.MayUrge(complaint),
            rules[complaint.Line],
            duplicates,
            handlers,
            clock.Today));
    }
}
