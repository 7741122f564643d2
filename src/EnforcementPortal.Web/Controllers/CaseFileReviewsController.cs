using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 案卷评查: campaigns drawn from the archived files of a period, scored file by file on the checklist, finished and
/// reported (CSV / Excel). Legal reviewers and the bureau leader only; the rules are in <see cref="Domain.CaseReview.ReviewCampaign"/>.
/// </summary>
[Authorize(Policy = Policies.CaseFileReviewers)]
public sealed class CaseFileReviewsController(CaseFileReviews reviews, CurrentUser me, ILogger<CaseFileReviewsController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await reviews.ListAsync(cancellationToken));

    [HttpGet]
    public IActionResult New() => View(reviews.NewForm());

    [HttpPost]
    public async Task<IActionResult> New(ReviewCampaignForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var (id, refusal) = await reviews.DrawAsync(form, cancellationToken);
        if (id is null)
        {
            ModelState.AddModelError(string.Empty, refusal!);
            return View(form);
        }

        logger.LogInformation("{User} drew case-file review campaign {Id}", me.UserName, id);
        TempData[StatusMessages.SuccessKey] = "已随机抽取案卷，随机种子已记录，可随时复核抽样。";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, bool replay, string? format, CancellationToken cancellationToken)
    {
        if (await reviews.PageAsync(id, replay, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        return TableExport.IsFormat(format) ? await TableExport.ToFileAsync(CaseFileReviews.ReportTable(page), format!, cancellationToken) : View(page);
    }

    [HttpGet]
    public async Task<IActionResult> Score(Guid id, Guid fileId, CancellationToken cancellationToken) =>
        await reviews.ScorePageAsync(id, fileId, null, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Score(Guid id, Guid fileId, ScoreForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid && await reviews.ScoreAsync(id, fileId, form, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
        }

        if (!ModelState.IsValid)
        {
            return await reviews.ScorePageAsync(id, fileId, form, cancellationToken) is { } page ? View(page) : NotFound();
        }

        logger.LogInformation("{User} scored file {FileId} of campaign {Id}", me.UserName, fileId, id);
        TempData[StatusMessages.SuccessKey] = "已保存评分。";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Finish(Guid id, int version, CancellationToken cancellationToken)
    {
        if (await reviews.PageAsync(id, false, cancellationToken) is null)
        {
            return NotFound();
        }

        if (await reviews.FinishAsync(id, version, cancellationToken) is { } refusal)
        {
            TempData[StatusMessages.ErrorKey] = refusal;
        }
        else
        {
            logger.LogInformation("{User} finished case-file review campaign {Id}", me.UserName, id);
            TempData[StatusMessages.SuccessKey] = "评查活动已结束，评查报告已定稿。";
        }

        return RedirectToAction(nameof(Details), new { id });
    }
}
