using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 重大案件: their own list, and the flag on a complaint (reasons, lead unit, participating departments) posted from the
/// complaint's page. A complaint the user may not see is "not found"; the flag is the dispatcher's or the leader's.
/// </summary>
[Authorize(Policy = Policies.ComplaintReaders)]
public sealed class MajorComplaintsController(MajorComplaints majors) : Controller
{
    [HttpGet("Complaints/Major")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await majors.ListAsync(cancellationToken));

    [HttpPost("Complaints/{id:guid}/Major")]
    public async Task<IActionResult> Flag(Guid id, int version, List<MajorCaseReasons> reasons, DepartmentCode? lead, List<DepartmentCode> participants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var combined = reasons.Aggregate(MajorCaseReasons.None, (all, r) => all | r);
        var result = await majors.FlagAsync(id, version, combined, lead, participants ?? [], cancellationToken);
        if (result.Outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == StepOutcome.Done)
        {
            TempData[StatusMessages.SuccessKey] = "已列为重大案件。";
        }
        else
        {
            TempData[StatusMessages.ErrorKey] = result.Message;
        }

        return Redirect($"/Complaints/Details/{id}");
    }
}
