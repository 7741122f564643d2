using EnforcementPortal.Domain.Common;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 年度检查计划 of the user's department (approved by its chief), the 双随机 draws for its tasks with the replay check,
/// and the department's checklists. Rules in <see cref="InspectionPlanning"/> and the Domain's Inspections.
/// </summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class InspectionPlansController(InspectionPlanning planning, IBureauClock clock, CurrentUser user) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken) =>
        View(await planning.PlanPageAsync(year is >= 2000 and <= 2100 ? year.Value : clock.Today.Year, cancellationToken));

    /// <summary>编制年度检查计划 (the department's chief).</summary>
    [HttpGet]
    [Authorize(Policy = Policies.Chiefs)]
    public IActionResult New(int? year) =>
        View("Edit", new PlanEditPage(new PlanForm { Year = year ?? clock.Today.Year }.WithBlankLines(), null, planning.DraftableYears));

    [HttpPost]
    [Authorize(Policy = Policies.Chiefs)]
    public async Task<IActionResult> New(PlanForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var (result, plan) = await planning.DraftPlanAsync(form, cancellationToken);
            if (plan is not null)
            {
                TempData[StatusMessages.SuccessKey] = "年度检查计划已编制，待批准。";
                return RedirectToAction(nameof(Index), new { year = plan.Year });
            }

            ModelState.AddModelError(string.Empty, result.Message ?? "保存失败，请重试。");
        }

        return View("Edit", new PlanEditPage(form.WithBlankLines(), null, planning.DraftableYears));
    }

    /// <summary>修改 a drafted plan (the department's chief); another department's plan, or an approved one, is not found.</summary>
    [HttpGet]
    [Authorize(Policy = Policies.Chiefs)]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken) =>
        await planning.EditablePlanAsync(id, cancellationToken) is { } plan ? View(new PlanEditPage(PlanForm.Of(plan), plan, planning.DraftableYears)) : NotFound();

    [HttpPost]
    [Authorize(Policy = Policies.Chiefs)]
    public async Task<IActionResult> Edit(Guid id, PlanForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await planning.EditablePlanAsync(id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        var result = ModelState.IsValid ? await planning.RevisePlanAsync(id, form, cancellationToken) : null;
        if (result?.Outcome == StepOutcome.Done)
        {
            TempData[StatusMessages.SuccessKey] = "年度检查计划已修改。";
            return RedirectToAction(nameof(Index), new { year = plan.Year });
        }

        if (result is not null)
        {
            ModelState.AddModelError(string.Empty, result.Message ?? "保存失败，请重试。");
        }

        form.Year = plan.Year;
        return View(new PlanEditPage(form.WithBlankLines(), plan, planning.DraftableYears));
    }

    [HttpPost]
    [Authorize(Policy = Policies.Chiefs)]
    public async Task<IActionResult> Approve(Guid id, int year, VisitStepForm form, CancellationToken cancellationToken)
    {
        var result = await planning.ApprovePlanAsync(id, form?.Version ?? -1, cancellationToken);
        if (result.Outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        TempData[result.Outcome == StepOutcome.Done ? StatusMessages.SuccessKey : StatusMessages.ErrorKey] = result.Outcome == StepOutcome.Done ? "年度检查计划已批准。" : result.Message;
        return RedirectToAction(nameof(Index), new { year });
    }

    [HttpPost]
    public async Task<IActionResult> Draw(Guid id, Guid taskId, int year, CancellationToken cancellationToken)
    {
        var (result, drawId) = await planning.DrawAsync(id, taskId, cancellationToken);
        if (result.Outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        if (drawId is { } done)
        {
            TempData[StatusMessages.SuccessKey] = "双随机抽取已完成并记录。";
            return RedirectToAction(nameof(DrawDetails), new { id = done });
        }

        TempData[StatusMessages.ErrorKey] = result.Message;
        return RedirectToAction(nameof(Index), new { year });
    }

    /// <summary>The draw with its seed and pools, and whether replaying it from the seed gives the same result.</summary>
    [HttpGet]
    public async Task<IActionResult> DrawDetails(Guid id, CancellationToken cancellationToken) =>
        await planning.DrawPageAsync(id, cancellationToken) is { } page && page.Draw.Department == user.Department ? View(page) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Checklists(CancellationToken cancellationToken) =>
        View(await planning.ChecklistsAsync(user.Department!.Value, cancellationToken));
}
