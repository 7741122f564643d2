using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Web.Disclosure;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>月报: a department's month (or every department's, for the leader), with its downloads.</summary>
[Authorize(Policy = Policies.CaseReaders)]
[Route("Statistics/Monthly")]
public sealed class MonthlyReportController(MonthlyReportBuilder monthly, CurrentUser user, IBureauClock clock) : Controller
{
    /// <summary>月报 (《北京市房地产市场动态监管信息平台操作流程》 四): a department's month, available from the 1st of the next month.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? department, int? year, int? month, string? format, string? table, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var latest = ReportMonth.LatestAvailable(today);
        var reportMonth = year is { } y && month is { } m && ReportMonth.IsValid(y, m) ? new ReportMonth(y, m) : latest;
        var choices = StatisticsAccess.VisibleDepartments(user);
        DepartmentCode? code = null;
        if (DepartmentSlugs.TryParse(department, out var parsed))
        {
            if (!choices.Contains(parsed))
            {
                return NotFound();
            }

            code = parsed;
        }
        else if (!StatisticsAccess.SeesAll(user))
        {
            if (choices.Count == 0)
            {
                return NotFound();
            }

            code = choices[0];
        }

        var page = await monthly.BuildAsync(reportMonth, code, today, null, cancellationToken);
        if (TableExport.IsFormat(format))
        {
            if (!page.IsAvailable)
            {
                return NotFound();
            }

            var scope = code is { } c ? StatisticsTables.ShortName(c) : "全局";
            var export = table switch
            {
                "overdue" => StatisticsTables.OverdueExport($"{scope}{reportMonth.Label}逾期未整改回复清单", page.Overdue),
                "typical" => StatisticsTables.TypicalCasesExport($"{scope}{reportMonth.Label}典型案例", page.TypicalCases),
                _ => StatisticsTables.MonthlyExport($"{scope}{reportMonth.Label}行政执法月报", page.Counts, byDepartment: true),
            };
            return await TableExport.ToFileAsync(export, format!, cancellationToken);
        }

        return View("~/Views/Statistics/Monthly.cshtml", page);
    }
}
