using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Web.Disclosure;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Statistics;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 典型案例 of the monthly report: the department's chief (or a bureau leader) chooses cases active in the month,
/// with a short account of why they are typical, once the month's report is available.
/// </summary>
[Authorize(Roles = StaffRoles.SectionChief + "," + StaffRoles.BureauLeader)]
[Route("Statistics/Monthly/{department}/{year:int}/{month:int}/TypicalCases")]
public sealed class TypicalCasesController(
    TypicalCaseChoices choices,
    MonthlyReportBuilder monthly,
    CurrentUser user,
    IBureauClock clock) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Choose(string department, int year, int month, TypicalCaseForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!TryMonth(department, year, month, out var code, out var reportMonth))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var choice = await choices.ChooseAsync(code, reportMonth, form.CaseId!.Value, form.Summary, user.Actor, clock.Now, cancellationToken);
            if (!choice.CandidateFound)
            {
                return NotFound();
            }

            if (choice.Succeeded)
            {
                TempData[StatusMessages.SuccessKey] = $"已将{choice.CaseNumber}列为{reportMonth.Label}典型案例。";
                return RedirectToMonthly(code, reportMonth);
            }

            ModelState.AddModelError(string.Empty, choice.Refusal!);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("~/Views/Statistics/Monthly.cshtml", await monthly.BuildAsync(reportMonth, code, clock.Today, form, cancellationToken));
    }

    [HttpPost("{id:guid}/Delete")]
    public async Task<IActionResult> Remove(string department, int year, int month, Guid id, CancellationToken cancellationToken)
    {
        if (!TryMonth(department, year, month, out var code, out var reportMonth))
        {
            return NotFound();
        }

        var typical = await choices.RemoveAsync(code, reportMonth, id, cancellationToken);
        if (typical is null)
        {
            return NotFound();
        }

        TempData[StatusMessages.SuccessKey] = $"已将{typical.CaseNumber}移出{reportMonth.Label}典型案例。";
        return RedirectToMonthly(code, reportMonth);
    }

    /// <summary>The department is the user's to choose for (404 otherwise, like every other department scope) and the month's report exists.</summary>
    private bool TryMonth(string department, int year, int month, out DepartmentCode code, out ReportMonth reportMonth)
    {
        reportMonth = default;
        if (!DepartmentSlugs.TryParse(department, out code) || !StatisticsAccess.CanPublish(user, code) || !ReportMonth.IsValid(year, month))
        {
            return false;
        }

        reportMonth = new ReportMonth(year, month);
        return reportMonth.IsAvailableOn(clock.Today);
    }

    private RedirectResult RedirectToMonthly(DepartmentCode code, ReportMonth reportMonth) =>
        Redirect($"/Statistics/Monthly?department={DepartmentSlugs.Of(code)}&year={reportMonth.Year}&month={reportMonth.Month}#typical-cases");
}
