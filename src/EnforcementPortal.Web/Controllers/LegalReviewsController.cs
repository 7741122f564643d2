using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 法制审核: the legal reviewers' queue across the bureau — transfers waiting for the review before the chief's approval,
/// and cases closed on rectification alone although a finding is linked to a penalty matter. The opinion itself is a
/// step of the case (<c>CaseActionsController.RecordLegalReview</c>).
/// </summary>
[Authorize(Policy = Policies.LegalReviewers)]
public sealed class LegalReviewsController(CaseQueries queries, IBureauClock clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int transfers = 1, int closings = 1, CancellationToken cancellationToken = default) =>
        View(new LegalReviewQueueViewModel(
            await queries.AwaitingLegalReviewAsync(LegalReviewSubject.Transfer, transfers, cancellationToken),
            await queries.AwaitingLegalReviewAsync(LegalReviewSubject.Closing, closings, cancellationToken),
            clock.Today));
}
