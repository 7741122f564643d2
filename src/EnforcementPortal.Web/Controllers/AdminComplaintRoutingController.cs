using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>投诉分派规则: the administrator sets the department each business line is routed to.</summary>
[Authorize(Policy = Policies.Administrators)]
public sealed class AdminComplaintRoutingController(ComplaintQueries queries, ComplaintSteps steps) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.RoutingRulesAsync(cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Set(BusinessLine line, DepartmentCode department, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(line) || !Enum.IsDefined(department))
        {
            TempData[StatusMessages.ErrorKey] = "业务类别或承办部门无效。";
            return RedirectToAction(nameof(Index));
        }

        await steps.SetRoutingRuleAsync(line, department, cancellationToken);
        TempData[StatusMessages.SuccessKey] = $"分派规则已保存：{ComplaintNames.Of(line)} → {DepartmentPolicy.For(department).ShortName}。";
        return RedirectToAction(nameof(Index));
    }
}
