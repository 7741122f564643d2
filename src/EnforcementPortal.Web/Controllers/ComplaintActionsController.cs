using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// The steps on a complaint, one post each, all through <see cref="ComplaintSteps"/> (which checks who may take the step
/// on this complaint). A refusal comes back as a Chinese message on the complaint page.
/// </summary>
[Authorize(Policy = Policies.ComplaintReaders)]
[Route("Complaints/{id:guid}/[action]")]
public sealed class ComplaintActionsController(ComplaintSteps steps) : Controller
{
    [HttpPost]
    public async Task<IActionResult> RouteTo(Guid id, RouteComplaintForm form, CancellationToken ct) =>
        Done(id, await steps.RouteAsync(id, form.Version, form.Department ?? default, form.Reason, ct), "已分派。");

    [HttpPost]
    public async Task<IActionResult> LinkDuplicate(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.LinkDuplicateAsync(id, form.Version, form.EarlierId ?? Guid.Empty, ct), "已关联重复投诉。");

    [HttpPost]
    public async Task<IActionResult> Accept(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.AcceptAsync(id, form.Version, form.HandlerId ?? Guid.Empty, ct), "已受理并指定经办人。");

    [HttpPost]
    public async Task<IActionResult> RequestReturn(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.RequestReturnAsync(id, form.Version, form.Reason, ct), "退回申请已提交，待科长审批。");

    [HttpPost]
    public async Task<IActionResult> RequestRefusal(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.RequestRefusalAsync(id, form.Version, form.Reason, ct), "不予受理申请已提交，待科长审批。");

    [HttpPost]
    public async Task<IActionResult> Decide(Guid id, ComplaintStepForm form, CancellationToken ct)
    {
        var result = await steps.DecideRequestAsync(id, form.Version, form.Approve, form.Reason, ct);

        // An approved return leaves the department, so the chief goes back to the desk rather than to a page now hidden.
        return form.Approve && result.Outcome == StepOutcome.Done
            ? Desk("已批准，投诉已退回分派部门或不予受理。")
            : Done(id, result, "已退回经办部门办理。");
    }

    [HttpPost]
    public async Task<IActionResult> NotifyEnterprise(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.NotifyEnterpriseAsync(id, form.Version, form.Date ?? DateOnly.MinValue, ct, form.CreditCode, form.Request), "已登记通知企业回复。");

    [HttpPost]
    public async Task<IActionResult> EnterpriseReply(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.RecordEnterpriseReplyAsync(id, form.Version, form.Date ?? DateOnly.MinValue, form.Content, ct), "企业回复已登记。");

    [HttpPost]
    public async Task<IActionResult> RequestExtension(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.RequestExtensionAsync(id, form.Version, form.Days ?? 0, form.Reason, ct), "延期申请已提交，待科长审批。");

    [HttpPost]
    public async Task<IActionResult> ApproveExtension(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.ApproveExtensionAsync(id, form.Version, ct), "已批准延期。");

    [HttpPost]
    public async Task<IActionResult> Opinion(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.RecordOpinionAsync(id, form.Version, form.Outcome ?? default, form.Content, form.AssistUnit, ct), "处理意见已登记。");

    [HttpPost]
    public async Task<IActionResult> AssistAnswer(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.RecordAssistAnswerAsync(id, form.Version, form.Date ?? DateOnly.MinValue, form.Content, ct), "协查意见已登记。");

    [HttpPost]
    public async Task<IActionResult> Close(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.CloseAsync(id, form.Version, ct), "已办结，投诉人可凭查询码查看答复。");

    [HttpPost]
    public async Task<IActionResult> Urge(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.UrgeAsync(id, form.Version, form.Reason, ct), "已催办。");

    [HttpPost]
    public async Task<IActionResult> DelayReason(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.RecordDelayReasonAsync(id, form.Version, form.Reason, ct), "逾期理由已登记。");

    [HttpPost]
    public async Task<IActionResult> Visit(Guid id, ComplaintStepForm form, CancellationToken ct) =>
        Done(id, await steps.RecordVisitAsync(id, form.Version, form.Satisfaction ?? default, form.Reason, ct), "回访已登记。");

    private RedirectToActionResult Desk(string message)
    {
        TempData[StatusMessages.SuccessKey] = message;
        return RedirectToAction("Index", "Complaints");
    }

    private IActionResult Done(Guid id, ComplaintStepResult result, string success)
    {
        if (result.Outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        TempData[result.Outcome == StepOutcome.Done ? StatusMessages.SuccessKey : StatusMessages.ErrorKey] =
            result.Outcome == StepOutcome.Done ? success : result.Message;
        return RedirectToAction("Details", "Complaints", new { id });
    }
}
