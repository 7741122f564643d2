using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 执法证与培训: the certificate registry (status changes with reason and date, rules in <see cref="Certificate.ChangeStatus"/>),
/// the officers' training records and the yearly training summary per department. Administrators only.
/// </summary>
[Authorize(Policy = Policies.Administrators)]
public sealed class AdminCertificatesController(
    CertificateRegistry registry,
    TrainingRecords trainings,
    CurrentUser me,
    IBureauClock clock,
    ILogger<AdminCertificatesController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(DepartmentCode? department, CancellationToken cancellationToken)
    {
        var page = await registry.ListAsync(department is { } d && Enum.IsDefined(d) ? d : null, cancellationToken);
        return View(page with { Attention = await registry.NeedingAttentionAsync(null, cancellationToken) });
    }

    [HttpGet]
    public async Task<IActionResult> Officer(Guid id, CancellationToken cancellationToken) =>
        await registry.HolderAsync(id, null, null, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost]
    public async Task<IActionResult> ChangeStatus(Guid id, [Bind(Prefix = "StatusForm")] StatusChangeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid && await registry.ChangeStatusAsync(id, form, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
        }

        if (!ModelState.IsValid)
        {
            return await registry.HolderAsync(id, form, null, cancellationToken) is { } page ? View(nameof(Officer), page) : NotFound();
        }

        logger.LogInformation("Administrator {Admin} changed the certificate status of {UserId} to {Status}", me.UserName, id, form.To);
        TempData[StatusMessages.SuccessKey] = $"已登记执法证{CertificateStatuses.ActLabel(form.To!.Value)}，即时生效。";
        return RedirectToAction(nameof(Officer), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> AddTraining(Guid id, [Bind(Prefix = "TrainingForm")] TrainingForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid && await trainings.AddAsync(id, form, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
        }

        if (!ModelState.IsValid)
        {
            return await registry.HolderAsync(id, null, form, cancellationToken) is { } page ? View(nameof(Officer), page) : NotFound();
        }

        logger.LogInformation("Administrator {Admin} recorded a training of {UserId}", me.UserName, id);
        TempData[StatusMessages.SuccessKey] = "已登记培训记录。";
        return RedirectToAction(nameof(Officer), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Training(int? year, string? format, CancellationToken cancellationToken)
    {
        var chosen = year is >= 2000 and <= 2100 ? year.Value : clock.Today.Year;
        var page = await trainings.SummaryAsync(chosen, cancellationToken);
        return TableExport.IsFormat(format) ? await TableExport.ToFileAsync(SummaryTable(page), format!, cancellationToken) : View(page);
    }

    /// <summary>The summary as the page shows it, for download.</summary>
    public static ExportTable SummaryTable(TrainingSummaryPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new ExportTable(
            $"{page.Year}年执法人员培训汇总",
            ["科室", "持证人员", "参训人员", "未参加在岗培训", "岗前培训学时", "在岗培训学时", "合计学时", "人均学时"],
            [.. page.Rows.Select(r => (IReadOnlyList<object?>)[Display.Department(r.Department), r.Officers, r.OfficersTrained, r.OfficersWithoutInService, r.PreServiceHours, r.InServiceHours, r.TotalHours, r.HoursPerOfficer])])
        {
            Notes = ["持证人员：今天在职且登记了执法证的人员，按其所在科室计。", "学时：当年培训记录的学时之和，按登记时的科室计。", "未参加在岗培训：当年没有在岗培训记录的持证人员。"],
        };
    }
}
