using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Web.Disclosure;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// The bureau leader's dashboard (全局执法看板): figures counted from the case records, each linked to the list of the
/// cases it counts (<see cref="LeaderDashboardQueries"/>), and the twelve-month trends.
/// </summary>
[Authorize(Roles = StaffRoles.BureauLeader)]
[Route("Statistics/Dashboard")]
public sealed class DashboardController(LeaderDashboard dashboard) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? format, int metric, CancellationToken cancellationToken)
    {
        if (TableExport.IsFormat(format))
        {
            return await dashboard.TrendTableAsync(metric, cancellationToken) is { } table
                ? await TableExport.ToFileAsync(table, format!, cancellationToken)
                : NotFound();
        }

        var page = await dashboard.PageAsync(cancellationToken);
        ViewData["Today"] = page.Day.Today;
        return View(page);
    }

    /// <summary>The cases behind one figure of the dashboard (department: a slug, or none for the whole bureau).</summary>
    [HttpGet("Cases")]
    public async Task<IActionResult> Cases(DashboardFigure? figure, string? department, int page = 1, CancellationToken cancellationToken = default)
    {
        if (figure is not { } chosen || !Enum.IsDefined(chosen))
        {
            return NotFound();
        }

        Domain.Departments.DepartmentCode? code = null;
        if (!string.IsNullOrEmpty(department))
        {
            if (!DepartmentSlugs.TryParse(department, out var parsed))
            {
                return NotFound();
            }

            code = parsed;
        }

        var model = await dashboard.CasesAsync(chosen, code, page, cancellationToken);
        ViewData["Today"] = model.Day.Today;
        return View(model);
    }
}
