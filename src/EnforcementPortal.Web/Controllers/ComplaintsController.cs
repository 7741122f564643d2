using EnforcementPortal.Domain.Common;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>The complaint desk for staff: the lists, staff entry from other channels, the complaint page and the reveal of the complainant.</summary>
[Authorize(Policy = Policies.ComplaintReaders)]
public sealed class ComplaintsController(ComplaintQueries queries, ComplaintSteps steps, ComplaintPages pages, IBureauClock clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.DeskAsync(clock.Today, cancellationToken));

    /// <summary>The whole of one desk list, a page at a time (keyset: <paramref name="after"/> is the last row of the previous page).</summary>
    [HttpGet("Complaints/List/{list}")]
    public async Task<IActionResult> List(string list, string? after, CancellationToken cancellationToken) =>
        ComplaintListNames.TryParse(list, out var which) && await queries.ListAsync(which, after, clock.Today, cancellationToken) is { } page
            ? View(page)
            : NotFound();

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
    public async Task<IActionResult> Attachment(Guid id, Guid fileId, CancellationToken cancellationToken) =>
        await pages.AttachmentAsync(id, fileId, cancellationToken) switch
        {
            null => NotFound(),
            { Intact: false } => StatusCode(StatusCodes.Status409Conflict),
            var file => File(file.Content, file.ContentType, file.FileName),
        };

    private async Task<IActionResult> PageAsync(Guid id, ComplainantIdentity? identity, CancellationToken cancellationToken) =>
        await pages.PageAsync(id, identity, cancellationToken) is { } page ? View("Details", page) : NotFound();
}
