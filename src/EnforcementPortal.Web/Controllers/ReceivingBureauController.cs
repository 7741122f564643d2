using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 城市管理局 closes the loop itself: its liaison's list of the transfers sent to it and one page per transfer, where it
/// signs for the 移交单 and reports the filing decision and the disposal. A case not transferred to the bureau is "not
/// found"; every POST is antiforgery-checked (global filter) and post/redirect/get; a refused step shows the page again
/// with what was typed and the Chinese reason.
/// </summary>
[Authorize(Policy = Policies.ReceivingBureau)]
[Route("chengguan")]
public sealed class ReceivingBureauController(ReceivingBureauDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool all, CancellationToken cancellationToken) =>
        View(new BureauTransferList { Rows = await desk.ListAsync(all, cancellationToken), IncludeClosed = all });

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken) =>
        await desk.PageAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{id:guid}/qianshou")]
    public async Task<IActionResult> Acknowledge(Guid id, [Bind(Prefix = "Receipt")] BureauReceiptForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, "Receipt", ModelState.IsValid ? await desk.AcknowledgeAsync(id, form, cancellationToken) : null, "已签收移交单。", p => p.Receipt = form, cancellationToken);

    [HttpPost("{id:guid}/lian")]
    public async Task<IActionResult> Filing(Guid id, [Bind(Prefix = "Filing")] BureauFilingForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, "Filing", ModelState.IsValid ? await desk.RecordFilingAsync(id, form, cancellationToken) : null, "立案决定已反馈移送部门。", p => p.Filing = form, cancellationToken);

    [HttpPost("{id:guid}/chuzhi")]
    public async Task<IActionResult> Disposal(Guid id, [Bind(Prefix = "Disposal")] BureauDisposalForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, "Disposal", ModelState.IsValid ? await desk.RecordDisposalAsync(id, form, cancellationToken) : null, "处置结果已反馈移送部门，移交案件闭环。", p => p.Disposal = form, cancellationToken);

    private async Task<IActionResult> AnswerAsync(Guid id, string formName, StepResult? result, string success, Action<BureauCasePage> keep, CancellationToken cancellationToken)
    {
        if (result?.Outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        if (result?.Outcome == StepOutcome.Done)
        {
            TempData[StatusMessages.SuccessKey] = success;
            return RedirectToAction(nameof(Details), new { id });
        }

        if (result is not null)
        {
            ModelState.AddModelError(formName, result.Message!);
        }

        var page = await desk.PageAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        keep(page);
        (page.Receipt.Version, page.Filing.Version, page.Disposal.Version) = (page.Case.Version, page.Case.Version, page.Case.Version);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Details), page);
    }
}
