using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// The steps of a case, one POST each. Every action: input validation → the step's method of <see cref="CaseSteps"/>
/// (one unit of work) → redirect back to the case (post/redirect/get). A refused step re-shows the case page with the
/// user's form filled in and the Chinese reason on it. Officers and chiefs of the department take the steps; a transfer
/// is approved or returned by a chief, or by the bureau leader when the chiefs must recuse themselves (回避).
/// </summary>
[Route("Cases/{id:guid}/[action]")]
[RequestSizeLimit(UploadInspector.MaxBytes * EvidenceUploads.MaxFilesPerStep)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadInspector.MaxBytes * EvidenceUploads.MaxFilesPerStep)]
public sealed class CaseActionsController(CaseSteps steps, CasePageBuilder pages) : Controller
{
    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> IssueNotice(Guid id, [Bind(Prefix = "Notice")] NoticeForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.IssueNoticeAsync(id, form.Version, form, cancellationToken) : null, "整改通知书已下发。", cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> RecordReply(Guid id, [Bind(Prefix = "Reply")] ReplyForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.RecordReplyAsync(id, form.Version, form, form.Files, cancellationToken) : null, "整改回复已登记。", cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> RecordNoReply(Guid id, NoReplyForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.RecordNoReplyAsync(id, form.Version, cancellationToken) : null, "已登记逾期未回复。", cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> RecordReview(Guid id, [Bind(Prefix = "Review")] ReviewForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.RecordReviewAsync(id, form.Version, form, form.Files, cancellationToken) : null, "复查结果已登记。", cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> RecordInterview(Guid id, [Bind(Prefix = "Interview")] InterviewForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.RecordInterviewAsync(id, form.Version, form, cancellationToken) : null, "约谈已登记。", cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> RequestTransfer(Guid id, [Bind(Prefix = "Transfer")] TransferForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.RequestTransferAsync(id, form.Version, form, cancellationToken) : null, "移交申请已提交，待科长/站长审批。", cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.TransferApprovers)]
    public async Task<IActionResult> ApproveTransfer(Guid id, ConfirmForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.ApproveTransferAsync(id, form.Version, cancellationToken) : null, "已批准移交。", cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.TransferApprovers)]
    public async Task<IActionResult> ReturnTransfer(Guid id, [Bind(Prefix = "ReturnTransfer")] ReturnTransferForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.ReturnTransferAsync(id, form.Version, form, cancellationToken) : null, "移交申请已退回。", cancellationToken);

    [HttpPost]
    [Authorize(Roles = Domain.Staff.StaffRoles.LegalReviewer)]
    public async Task<IActionResult> RecordLegalReview(Guid id, [Bind(Prefix = "LegalReview")] LegalReviewForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.RecordLegalReviewAsync(id, form.Version, form, cancellationToken) : null, "法制审核意见已记录。", cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> RecordFiling(Guid id, [Bind(Prefix = "Filing")] FilingForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.RecordFilingAsync(id, form.Version, form, cancellationToken) : null, "立案反馈已登记。", cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> RecordDisposal(Guid id, [Bind(Prefix = "Disposal")] DisposalForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.RecordDisposalAsync(id, form.Version, form, cancellationToken) : null, "处置结果已登记，移交案件闭环。", cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> RecordTransferSent(Guid id, [Bind(Prefix = "TransferSent")] TransferSentForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.RecordTransferSentAsync(id, form.Version, form, cancellationToken) : null, "移交单送出日期已登记。", cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> Archive(Guid id, ArchiveForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.ArchiveAsync(id, form.Version, cancellationToken) : null, "案件已归档。", cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> AddEvidence(Guid id, EvidenceForm form, CancellationToken cancellationToken) =>
        await AnswerAsync(id, form, ModelState.IsValid ? await steps.AttachEvidenceAsync(id, form.Version, form.FindingNumber, form.Files, cancellationToken) : null, "证据已上传。", cancellationToken);

    /// <summary>
    /// Post/redirect/get after the step (<paramref name="result"/>; null when the input was invalid and no step was
    /// tried): done → back to the case with <paramref name="success"/>; refused or conflicting → the case page again,
    /// as it is now, with what the user typed and the reason.
    /// </summary>
    private async Task<IActionResult> AnswerAsync(Guid id, CaseActionForm form, StepResult? result, string success, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!steps.MayTakeSteps)
        {
            return NotFound();
        }

        var formName = CaseStepForms.NameOf(form);
        if (result is not null)
        {
            switch (result.Outcome)
            {
                case StepOutcome.NotFound:
                    return NotFound();
                case StepOutcome.Done:
                    TempData[StatusMessages.SuccessKey] = success;
                    return RedirectToAction("Details", "Cases", new { id });
                case StepOutcome.Conflict when formName is not null:
                    // The other user's step may have moved the case on, so that this form is no longer on the page:
                    // the reason must not depend on the form being there.
                    ModelState.AddModelError(formName, result.Message!);
                    TempData[StatusMessages.ErrorKey] = result.Message + "。";
                    break;
                default:
                    ModelState.AddModelError(formName ?? string.Empty, result.Message!);
                    break;
            }
        }

        var enforcementCase = await steps.FindAsync(id, cancellationToken);
        if (enforcementCase is null)
        {
            return NotFound();
        }

        var model = await pages.BuildAsync(enforcementCase, cancellationToken);

        // What the user typed comes back, against the case as it is now: they can check it and submit again.
        form.Version = enforcementCase.Version;
        CaseStepForms.Keep(model, form);
        model.ActiveForm = formName;
        if (formName is null || (!CaseStepForms.OfferedOnPage(formName, model) && TempData.Peek(StatusMessages.ErrorKey) is null))
        {
            // No form of this step is on the page (a stale or crafted post): the page's status line carries the reason.
            TempData[StatusMessages.ErrorKey] = string.Join(string.Empty, ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("~/Views/Cases/Details.cshtml", model);
    }
}
