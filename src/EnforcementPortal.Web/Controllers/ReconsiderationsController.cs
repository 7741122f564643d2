using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>复核决定: the chief of the case's department decides an enterprise's 复核 application (<see cref="EnterpriseCases.DecideAsync"/>).</summary>
[Authorize(Policy = Policies.Chiefs)]
public sealed class ReconsiderationsController(EnterpriseCases cases) : Controller
{
    [HttpPost("/Cases/{id:guid}/Reconsiderations/{applicationId:guid}/Decide")]
    public async Task<IActionResult> Decide(Guid id, Guid applicationId, ReconsiderationDecisionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await cases.ApplicationsForStaffAsync(id, cancellationToken) is not { } applications || applications.All(a => a.Id != applicationId))
        {
            return NotFound();
        }

        var result = ModelState.IsValid ? await cases.DecideAsync(id, applicationId, form, cancellationToken) : null;
        if (result is { Outcome: StepOutcome.NotFound })
        {
            return NotFound();
        }

        if (result is { Outcome: StepOutcome.Done })
        {
            TempData[StatusMessages.SuccessKey] = "复核决定已记录，企业可在网上查看。";
        }
        else
        {
            TempData[StatusMessages.ErrorKey] = result?.Message ?? string.Join(string.Empty, ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        }

        return Redirect($"/Cases/Details/{id}#reconsiderations");
    }
}
