using EnforcementPortal.Domain.Common;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 检查方案 → 批准 → 行政检查通知书 → 现场检查笔录 (the record is the new-inspection form with the visit, see
/// <see cref="CasesController.New(Guid?, Guid?, InspectionRegistration, CancellationToken)"/>), the emergency path and 检查结果告知. Rules in
/// <see cref="InspectionSteps"/>; department scoping in the queries (another department's visit is 404).
/// </summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class InspectionVisitsController(InspectionSteps steps, InspectionVisitQueries visits, InspectionPlanning planning, CurrentUser user, IBureauClock clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new VisitListPage(await visits.ListAsync(200, cancellationToken), await visits.UnapprovedEmergencies(cancellationToken)));

    [HttpGet]
    public async Task<IActionResult> New(bool emergency, CancellationToken cancellationToken) =>
        View(await SchemePageAsync(new VisitSchemeForm { Emergency = emergency, PlannedOn = clock.Today }, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> New(VisitSchemeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var (result, visitId) = await steps.PlanVisitAsync(form, cancellationToken);
            if (visitId is { } id)
            {
                TempData[StatusMessages.SuccessKey] = form.Emergency ? "紧急检查已登记，行政检查通知书今日送达；检查方案待科长/站长补批。" : "检查方案已拟定，待科长/站长批准。";
                return RedirectToAction(nameof(Details), new { id });
            }

            ModelState.AddModelError(string.Empty, result.Message ?? "保存失败，请重试。");
        }

        return View(await SchemePageAsync(form, cancellationToken));
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var visit = await visits.FindAsync(id, cancellationToken);
        if (visit is null || visit.Department != user.Department)
        {
            return NotFound();
        }

        return View(new VisitDetailsPage(visit, user.IsChief, new TellResultForm { Version = visit.Version, ToldOn = clock.Today }));
    }

    [HttpPost]
    [Authorize(Policy = Policies.Chiefs)]
    public async Task<IActionResult> Approve(Guid id, VisitStepForm form, CancellationToken cancellationToken) =>
        Answer(id, await steps.ApproveSchemeAsync(id, form?.Version ?? -1, cancellationToken), "检查方案已批准。");

    [HttpPost]
    [Authorize(Policy = Policies.Chiefs)]
    public async Task<IActionResult> ApproveAfterwards(Guid id, VisitStepForm form, CancellationToken cancellationToken) =>
        Answer(id, await steps.ApproveAfterwardsAsync(id, form?.Version ?? -1, cancellationToken), "紧急检查方案已补批。");

    [HttpPost]
    public async Task<IActionResult> IssueNotice(Guid id, VisitStepForm form, CancellationToken cancellationToken) =>
        Answer(id, await steps.IssueNoticeAsync(id, form?.Version ?? -1, cancellationToken), "行政检查通知书已送达，请在现场记录检查笔录。");

    [HttpPost]
    public async Task<IActionResult> TellResult(Guid id, TellResultForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Answer(id, await steps.TellResultAsync(id, form.Version, form.ToldOn, form.Method, cancellationToken), "检查结果告知已登记。");
    }

    private IActionResult Answer(Guid id, StepResult result, string success)
    {
        if (result.Outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        TempData[result.Outcome == StepOutcome.Done ? StatusMessages.SuccessKey : StatusMessages.ErrorKey] = result.Outcome == StepOutcome.Done ? success : result.Message;
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<VisitSchemePage> SchemePageAsync(VisitSchemeForm form, CancellationToken cancellationToken)
    {
        var department = user.Department!.Value;
        var day = form.PlannedOn ?? clock.Today;
        return new VisitSchemePage(form, await planning.ApprovedTasksAsync(department, day.Year, cancellationToken), await planning.ChecklistsAsync(department, cancellationToken));
    }
}
