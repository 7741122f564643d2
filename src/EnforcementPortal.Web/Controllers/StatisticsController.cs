using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Web.Disclosure;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.Statistics;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// The staff side of the annual statistics: the computed figures before publication, publishing (科长/站长 of the
/// department or a bureau leader) and the supplementary figures. The rules are in <see cref="StaffStatisticsPages"/> and
/// <see cref="SupplementaryFigures"/>; the monthly report is <see cref="MonthlyReportController"/>, the leader's dashboard
/// <see cref="DashboardController"/>.
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
[Route("Statistics")]
public sealed class StatisticsController(StaffStatisticsPages pages, SupplementaryFigures supplementary, CurrentUser user, IBureauClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.OverviewAsync(cancellationToken));

    /// <summary>The figures computed now, as they would be published today.</summary>
    [HttpGet("Preview/{department}/{year:int}")]
    public async Task<IActionResult> Preview(string department, int year, string? format, CancellationToken cancellationToken)
    {
        if (!pages.TryDepartment(department, year, out var code))
        {
            return NotFound();
        }

        var page = await pages.PreviewAsync(code, year, null, cancellationToken);
        if (TableExport.IsFormat(format))
        {
            return await TableExport.ToFileAsync(StatisticsTables.AnnualExport(page.Figures.Snapshot, page.Figures.Title + "（预览）", ["预览数据，未经发布，不得对外使用。"]), format!, cancellationToken);
        }

        return View(page);
    }

    [HttpPost("Publish/{department}/{year:int}")]
    [Authorize(Roles = StaffRoles.SectionChief + "," + StaffRoles.BureauLeader)]
    public async Task<IActionResult> Publish(string department, int year, PublishForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!pages.TryDepartment(department, year, out var code))
        {
            return NotFound();
        }

        if (!StatisticsAccess.CanPublish(user, code))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var outcome = await pages.PublishAsync(code, year, form, cancellationToken);
            if (outcome.Publication is { } publication)
            {
                TempData[StatusMessages.SuccessKey] = publication.IsCorrection
                    ? $"已发布{year}年度数据更正（第{publication.Version}版），公众页面已更新并显示更正说明。"
                    : $"已发布{year}年度行政执法数据，公众可在“行政执法公示”查看。";
                return RedirectToAction(nameof(Preview), new { department = DepartmentSlugs.Of(code), year });
            }

            ModelState.AddModelError(string.Empty, outcome.Refusal!);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Preview), await pages.PreviewAsync(code, year, form, cancellationToken));
    }

    [HttpGet("Supplementary/{department}/{year:int}")]
    public async Task<IActionResult> Supplementary(string department, int year, Guid? edit, CancellationToken cancellationToken) =>
        pages.TryDepartment(department, year, out var code)
            ? View(await pages.SupplementaryAsync(code, year, null, edit, cancellationToken))
            : NotFound();

    [HttpPost("Supplementary/{department}/{year:int}")]
    public async Task<IActionResult> Supplementary(string department, int year, SupplementaryForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!pages.TryDepartment(department, year, out var code))
        {
            return NotFound();
        }

        if (!StatisticsAccess.CanEnterSupplementary(user, code))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var entry = await supplementary.SaveAsync(code, year, form, user.Actor, clock.Now, cancellationToken);
            if (!entry.Found)
            {
                return NotFound();
            }

            if (entry.Succeeded)
            {
                TempData[StatusMessages.SuccessKey] = $"已保存补充指标“{entry.Name}”。";
                return RedirectToAction(nameof(Supplementary), new { department = DepartmentSlugs.Of(code), year });
            }

            ModelState.AddModelError(entry.NameRefusal is null ? string.Empty : nameof(form.Name), entry.NameRefusal ?? entry.Refusal!);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(await pages.SupplementaryAsync(code, year, form, null, cancellationToken));
    }

    [HttpPost("Supplementary/{department}/{year:int}/Delete/{id:guid}")]
    public async Task<IActionResult> DeleteSupplementary(string department, int year, Guid id, CancellationToken cancellationToken)
    {
        if (!pages.TryDepartment(department, year, out var code))
        {
            return NotFound();
        }

        if (!StatisticsAccess.CanEnterSupplementary(user, code))
        {
            return Forbid();
        }

        if (await supplementary.RemoveAsync(code, year, id, cancellationToken) is not { } indicator)
        {
            return NotFound();
        }

        TempData[StatusMessages.SuccessKey] = $"已删除补充指标“{indicator.Name}”。";
        return RedirectToAction(nameof(Supplementary), new { department = DepartmentSlugs.Of(code), year });
    }
}
