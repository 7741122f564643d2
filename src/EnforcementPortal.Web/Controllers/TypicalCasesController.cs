using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Disclosure;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Statistics;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 典型案例 of the monthly report: the department's chief (or a bureau leader) chooses cases active in the month,
/// with a short account of why they are typical, once the month's report is available.
/// </summary>
[Authorize(Roles = StaffRoles.SectionChief + "," + StaffRoles.BureauLeader)]
[Route("Statistics/Monthly/{department}/{year:int}/{month:int}/TypicalCases")]
public sealed class TypicalCasesController(
    AppDbContext db,
    TypicalCaseQueries typicalCases,
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
            var candidate = await typicalCases.CandidateAsync(code, reportMonth, form.CaseId!.Value, cancellationToken);
            if (candidate is null)
            {
                return NotFound();
            }

            try
            {
                var chosen = await typicalCases.ChosenCaseIdsAsync(code, reportMonth, cancellationToken);
                db.Add(TypicalCase.Choose(reportMonth, candidate, chosen, form.Summary, user.Actor, clock.Now));
                await db.SaveChangesAsync(cancellationToken);
                TempData[StatusMessages.SuccessKey] = $"已将{candidate.CaseNumber}列为{reportMonth.Label}典型案例。";
                return RedirectToMonthly(code, reportMonth);
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }
            catch (DbUpdateException)
            {
                ModelState.AddModelError(string.Empty, "该案件刚刚已被他人列为本月典型案例，请刷新页面。");
            }
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

        var typical = await db.Set<TypicalCase>()
            .FirstOrDefaultAsync(t => t.Id == id && t.Department == code && t.Year == reportMonth.Year && t.Month == reportMonth.Month, cancellationToken);
        if (typical is null)
        {
            return NotFound();
        }

        db.Remove(typical);
        await db.SaveChangesAsync(cancellationToken);
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
