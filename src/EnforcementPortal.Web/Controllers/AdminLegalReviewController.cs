using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>法制审核范围: per department, which decisions need a legal review (every transfer; optionally serious findings).</summary>
[Authorize(Policy = Policies.Administrators)]
[Route("Admin/LegalReview")]
public sealed class AdminLegalReviewController(LegalReviewScopes scopes, StaffAccounts accounts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new LegalReviewScopesViewModel(await scopes.ListAsync(cancellationToken), await accounts.LegalReviewerRatioAsync(cancellationToken)));

    [HttpPost("")]
    public async Task<IActionResult> Index(LegalReviewScopeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var refusal = ModelState.IsValid ? await scopes.ChangeAsync(form.Department, form.Transfers, form.SeriousFindings, cancellationToken) : null;
        if (!ModelState.IsValid || refusal is not null)
        {
            if (refusal is not null)
            {
                ModelState.AddModelError(string.Empty, refusal);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new LegalReviewScopesViewModel(await scopes.ListAsync(cancellationToken), await accounts.LegalReviewerRatioAsync(cancellationToken)));
        }

        TempData[StatusMessages.SuccessKey] = $"已保存{Display.Department(form.Department)}的法制审核范围。";
        return RedirectToAction(nameof(Index));
    }
}
