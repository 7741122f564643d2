using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries.Supervision;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 督办: the list of overdue (red) and due-soon (yellow) items for a section chief (own department) and the bureau
/// leader (all), the 督办函 issued from it, and 建管科's 建设单位依法履行建设程序督办函 issued from a case.
/// </summary>
public sealed class SupervisionController(SupervisionQueries queries, SupervisionLetters letters, IConfiguration configuration) : Controller
{
    [HttpGet("Supervision")]
    [Authorize(Policy = Policies.Supervisors)]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        var list = await queries.ListAsync(page, cancellationToken);
        var issued = await letters.IssuedForAsync([.. list.Items.Where(i => i.CaseId is not null).Select(i => i.CaseId!.Value).Distinct()], cancellationToken);
        return View(new SupervisionPageViewModel(list, issued));
    }

    /// <summary>出具督办函 for one item of the list; the browser goes to its PDF.</summary>
    [HttpPost("Supervision/Letters")]
    [Authorize(Policy = Policies.Supervisors)]
    public async Task<IActionResult> Issue(Guid caseId, SupervisionItemKind kind, string? requirement, int replyWorkingDays, CancellationToken cancellationToken)
    {
        var result = await letters.IssueForItemAsync(caseId, kind, new LetterInput(null, requirement, replyWorkingDays), ProductionSettings.PublicBaseUrl(configuration, Request), cancellationToken);
        return Answer(result, caseId, nameof(Index), null);
    }

    /// <summary>出具建设单位依法履行建设程序督办函 from a 建管科 case; the browser goes to its PDF.</summary>
    [HttpPost("Cases/{id:guid}/ConstructionLetter")]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> IssueConstructionLetter(Guid id, string? matter, string? requirement, int replyWorkingDays, CancellationToken cancellationToken)
    {
        var result = await letters.IssueConstructionProcedureAsync(id, new LetterInput(matter, requirement, replyWorkingDays), ProductionSettings.PublicBaseUrl(configuration, Request), cancellationToken);
        return Answer(result, id, "Details", "Cases");
    }

    private IActionResult Answer(DocumentStepResult result, Guid caseId, string action, string? controller)
    {
        if (result.Result.Outcome == StepOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.DocumentId is not { } documentId)
        {
            TempData[StatusMessages.ErrorKey] = result.Result.Message;
            return controller is null ? RedirectToAction(action) : RedirectToAction(action, controller, new { id = caseId });
        }

        TempData[StatusMessages.SuccessKey] = result.SuccessMessage;
        return RedirectToAction("Download", "Documents", new { id = caseId, documentId });
    }
}
