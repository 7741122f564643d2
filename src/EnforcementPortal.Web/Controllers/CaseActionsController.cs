using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// The steps of a case, one POST each. Every action: input validation → one domain step through
/// <see cref="CaseWorkflow"/> → redirect back to the case (post/redirect/get). A refused step re-shows the case page
/// with the user's form filled in and the Chinese reason on it. Officers and chiefs of the department take the steps;
/// a transfer is approved or returned by a chief, or by the bureau leader when the chiefs must recuse themselves (回避).
/// </summary>
[Route("Cases/{id:guid}/[action]")]
[RequestSizeLimit(UploadInspector.MaxBytes * EvidenceUploads.MaxFilesPerStep)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadInspector.MaxBytes * EvidenceUploads.MaxFilesPerStep)]
public sealed class CaseActionsController(CaseWorkflow workflow, CasePageBuilder pages, StaffDirectory staff, CurrentUser user) : Controller
{
    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public Task<IActionResult> IssueNotice(Guid id, [Bind(Prefix = "Notice")] NoticeForm form, CancellationToken cancellationToken) =>
        RunAsync(id, form, [], "Notice", m => m.Notice = form, "整改通知书已下发。", async (c, step) =>
        {
            var servedBy = await staff.ResolveAsync(c.Department, form.OfficerIds, cancellationToken);
            var number = await step.Numbers.NextNoticeNumberAsync(c.Department, form.IssuedOn!.Value.Year, cancellationToken);
            c.IssueNotice(new NoticeDraft(number, form.IssuedOn.Value, form.Requirements!, form.FindingNumbers, form.DeadlineDays!.Value, form.ServiceMethod, form.ServedOn!.Value, form.Recipient!, servedBy), step.Actor, step.Now, step.Calendar);
        }, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public Task<IActionResult> RecordReply(Guid id, [Bind(Prefix = "Reply")] ReplyForm form, CancellationToken cancellationToken) =>
        RunAsync(id, form, form.Files, "Reply", m => m.Reply = form, "整改回复已登记。", (c, step) =>
        {
            var reply = c.RecordReply(new ReplyDraft(form.ReceivedOn!.Value, form.Kind, form.Content!), step.Actor, step.Now, step.Calendar);
            foreach (var upload in step.Uploads)
            {
                c.AttachEvidence(EvidenceUploads.ToEvidence(upload, EvidenceStep.Reply, reply.Id, null, step.Actor, step.Now), step.Actor, step.Now);
            }

            return Task.CompletedTask;
        }, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public Task<IActionResult> RecordNoReply(Guid id, ConfirmForm form, CancellationToken cancellationToken) =>
        RunAsync(id, form, [], null, null, "已登记逾期未回复。", (c, step) =>
        {
            c.RecordNoReply(step.Actor, step.Now, step.Calendar);
            return Task.CompletedTask;
        }, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public Task<IActionResult> RecordReview(Guid id, [Bind(Prefix = "Review")] ReviewForm form, CancellationToken cancellationToken) =>
        RunAsync(id, form, form.Files, "Review", m => m.Review = form, "复查结果已登记。", async (c, step) =>
        {
            var officers = await staff.ResolveAsync(c.Department, form.OfficerIds, cancellationToken);
            var items = form.Items.Select(i => new ReviewItemResult(i.FindingNumber, i.Rectified == true, i.Remarks?.Trim())).ToList();
            var review = c.RecordReview(new ReviewDraft(form.ReviewedAt!.Value, form.Outcome, form.Remarks!, items, officers), step.Actor, step.Now, step.Calendar);
            foreach (var upload in step.Uploads)
            {
                c.AttachEvidence(EvidenceUploads.ToEvidence(upload, EvidenceStep.Review, review.Id, null, step.Actor, step.Now), step.Actor, step.Now);
            }
        }, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public Task<IActionResult> RecordInterview(Guid id, [Bind(Prefix = "Interview")] InterviewForm form, CancellationToken cancellationToken) =>
        RunAsync(id, form, [], "Interview", m => m.Interview = form, "约谈已登记。", async (c, step) =>
        {
            var officers = await staff.ResolveAsync(c.Department, form.OfficerIds, cancellationToken);
            c.RecordInterview(new InterviewDraft(form.HeldAt!.Value, form.Place!, form.PartyAttendees!, officers, form.Content!, form.Outcome, form.NewDeadlineDays, form.NoticeIssuedOn!.Value), step.Actor, step.Now, step.Calendar);
        }, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public Task<IActionResult> RequestTransfer(Guid id, [Bind(Prefix = "Transfer")] TransferForm form, CancellationToken cancellationToken) =>
        RunAsync(id, form, [], "Transfer", m => m.Transfer = form, "移交申请已提交，待科长/站长审批。", (c, step) =>
        {
            c.RequestTransfer(new TransferDraft(form.Facts!, form.EvidenceList!, form.PenaltyMatterIds, form.ReceivingBureau), step.Actor, step.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.TransferApprovers)]
    public Task<IActionResult> ApproveTransfer(Guid id, ConfirmForm form, CancellationToken cancellationToken) =>
        RunAsync(id, form, [], null, null, "已批准移交。", (c, step) =>
        {
            c.ApproveTransfer(step.Actor, step.Now, step.Calendar);
            return Task.CompletedTask;
        }, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.TransferApprovers)]
    public Task<IActionResult> ReturnTransfer(Guid id, [Bind(Prefix = "ReturnTransfer")] ReturnTransferForm form, CancellationToken cancellationToken) =>
        RunAsync(id, form, [], "ReturnTransfer", m => m.ReturnTransfer = form, "移交申请已退回。", (c, step) =>
        {
            c.ReturnTransfer(step.Actor, form.Reason!, step.Now, step.Calendar);
            return Task.CompletedTask;
        }, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public Task<IActionResult> RecordFiling(Guid id, [Bind(Prefix = "Filing")] FilingForm form, CancellationToken cancellationToken) =>
        RunAsync(id, form, [], "Filing", m => m.Filing = form, "立案反馈已登记。", (c, step) =>
        {
            c.RecordFiling(form.Decision, form.DecidedOn!.Value, form.Reference, step.Actor, step.Now, step.Calendar, form.ReportedOn);
            return Task.CompletedTask;
        }, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public Task<IActionResult> RecordDisposal(Guid id, [Bind(Prefix = "Disposal")] DisposalForm form, CancellationToken cancellationToken) =>
        RunAsync(id, form, [], "Disposal", m => m.Disposal = form, "处置结果已登记，移交案件闭环。", (c, step) =>
        {
            c.RecordDisposal(form.DecidedOn!.Value, form.ReportedOn!.Value, form.Summary!, step.Actor, step.Now, step.Calendar);
            return Task.CompletedTask;
        }, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public Task<IActionResult> RecordTransferSent(Guid id, [Bind(Prefix = "TransferSent")] TransferSentForm form, CancellationToken cancellationToken) =>
        RunAsync(id, form, [], "TransferSent", m => m.TransferSent = form, "移交单送出日期已登记。", (c, step) =>
        {
            c.RecordTransferSent(form.SentOn!.Value, step.Actor, step.Now, step.Calendar);
            return Task.CompletedTask;
        }, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public Task<IActionResult> Archive(Guid id, ConfirmForm form, CancellationToken cancellationToken) =>
        RunAsync(id, form, [], null, null, "案件已归档。", (c, step) =>
        {
            c.Archive(step.Actor, step.Now, step.Calendar);
            return Task.CompletedTask;
        }, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    public Task<IActionResult> AddEvidence(Guid id, EvidenceForm form, CancellationToken cancellationToken) =>
        RunAsync(id, form, form.Files, null, null, "证据已上传。", (c, step) =>
        {
            foreach (var upload in step.Uploads)
            {
                c.AttachEvidence(EvidenceUploads.ToEvidence(upload, EvidenceStep.Inspection, null, form.FindingNumber, step.Actor, step.Now), step.Actor, step.Now);
            }

            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<IActionResult> RunAsync(
        Guid id,
        CaseActionForm form,
        IReadOnlyList<IFormFile> files,
        string? formName,
        Action<CaseDetailsViewModel>? keepForm,
        string success,
        Func<EnforcementCase, StepContext, Task> step,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (user.Department is null && !user.IsLeader)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await workflow.RunAsync(id, form.Version, files, step, cancellationToken);
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
                    ModelState.AddModelError(formName is null ? string.Empty : formName, result.Message!);
                    break;
            }
        }

        var enforcementCase = await workflow.FindAsync(id, cancellationToken);
        if (enforcementCase is null)
        {
            return NotFound();
        }

        var model = await pages.BuildAsync(enforcementCase, cancellationToken);

        // What the user typed comes back, against the case as it is now: they can check it and submit again.
        form.Version = enforcementCase.Version;
        keepForm?.Invoke(model);
        model.ActiveForm = formName;
        if (formName is null || (!OfferedOnPage(formName, model) && TempData.Peek(StatusMessages.ErrorKey) is null))
        {
            // No form of this step is on the page (a stale or crafted post): the page's status line carries the reason.
            TempData[StatusMessages.ErrorKey] = string.Join(string.Empty, ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("~/Views/Cases/Details.cshtml", model);
    }

    /// <summary>Whether the case page, as it is now, shows the form named <paramref name="formName"/> (and so its errors).</summary>
    private static bool OfferedOnPage(string formName, CaseDetailsViewModel model) => formName switch
    {
        "Notice" => model.IsPermitted(CaseAction.IssueNotice),
        "Reply" => model.IsPermitted(CaseAction.RecordReply),
        "Review" => model.IsPermitted(CaseAction.ReviewPassed) || model.IsPermitted(CaseAction.ReviewFailed),
        "Interview" => model.IsPermitted(CaseAction.InterviewCooperative) || model.IsPermitted(CaseAction.InterviewRefused),
        "Transfer" => model.IsPermitted(CaseAction.RequestTransfer),
        "ReturnTransfer" => model.CanApproveTransfer && !model.MustRecuse && model.IsPermitted(CaseAction.ReturnTransfer),
        "TransferSent" => model.Case.State == CaseState.Transferred && model.IsPermitted(CaseAction.FilingAccepted),
        "Filing" => model.IsPermitted(CaseAction.FilingAccepted) || model.IsPermitted(CaseAction.FilingDeclined),
        "Disposal" => model.IsPermitted(CaseAction.RecordDisposal),
        _ => true,
    };
}
