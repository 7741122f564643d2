using EnforcementPortal.Domain.Common;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// Case lists, the new-inspection form (rules in <see cref="InspectionRegistration"/>) and the case page. Steps on a case
/// are in <see cref="CaseActionsController"/>, evidence downloads in <see cref="EvidenceController"/>.
/// </summary>
/// <remarks>
/// The case page's builder and the inspection form's services are taken by the actions that use them, not by the
/// constructor: every list request would otherwise build their whole graph (the user manager among it) for nothing.
/// </remarks>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class CasesController(
    CaseQueries queries,
    CurrentUser user,
    IBureauClock clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] CaseFilter filter, CancellationToken cancellationToken)
    {
        var page = await queries.ListAsync(filter, user.Id, clock.Today, cancellationToken);
        return View(new CaseListViewModel(filter, page, clock.Today));
    }

    /// <summary>The chief's queue: transfers to approve and the department's overdue deadlines.</summary>
    [HttpGet]
    [Authorize(Policy = Policies.Chiefs)]
    public async Task<IActionResult> Queue(CancellationToken cancellationToken)
    {
        var model = new ChiefQueueViewModel(
            await queries.PendingApprovalsAsync(CaseQueries.QueueSize, cancellationToken),
            await queries.OverdueAsync(clock.Today, CaseQueries.QueueSize, cancellationToken),
            await queries.AwaitingFeedbackAsync(CaseQueries.QueueSize, cancellationToken),
            clock.Today,
            await queries.QueueCountsAsync(clock.Today, cancellationToken));
        return View(model);
    }

    [HttpGet]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> New(Guid? complaintId, Guid? visitId, [FromServices] InspectionRegistration inspections, CancellationToken cancellationToken) =>
        View(await inspections.PageAsync(await inspections.NewFormAsync(complaintId, visitId, cancellationToken), cancellationToken));

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    [RequestSizeLimit(UploadInspector.MaxBytes * EvidenceUploads.MaxFilesPerStep)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadInspector.MaxBytes * EvidenceUploads.MaxFilesPerStep)]
    public async Task<IActionResult> New(NewInspectionForm form, [FromServices] InspectionRegistration inspections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(inspections);
        if (ModelState.IsValid)
        {
            var opened = await inspections.OpenAsync(form, cancellationToken);
            if (opened.CaseId is { } caseId)
            {
                TempData[StatusMessages.SuccessKey] = "现场检查已记录，案件已登记。";
                return RedirectToAction(nameof(Details), new { id = caseId });
            }

            foreach (var (field, message) in opened.Refusals)
            {
                ModelState.AddModelError(field, message);
            }
        }

        return View(await inspections.PageAsync(form, cancellationToken));
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, [FromServices] CasePageBuilder pages, CancellationToken cancellationToken) =>
        await pages.BuildAsync(id, cancellationToken) is { } page ? View(page) : NotFound();
}
