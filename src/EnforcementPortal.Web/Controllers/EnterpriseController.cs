using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// The enterprise's own pages (/qiye): its cases across the five departments, its 整改回复 with evidence per finding and
/// its 复核 applications. Every action reads the party from the sign-in, never from the request: another party's case is
/// 404 with nothing of the record (<see cref="EnterpriseCases"/>).
/// </summary>
[Authorize(Policy = EnterpriseAccess.Policy)]
[EnterprisePages]
[Route("qiye")]
public sealed class EnterpriseController(EnterpriseCases cases, EnterpriseComplaints complaints, EnterpriseDocuments documents, StaffSignIn signIn) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await cases.HomeAsync(cancellationToken) with { Complaints = await complaints.ListAsync(cancellationToken) });

    [HttpGet("anjian/{id:guid}")]
    public async Task<IActionResult> Case(Guid id, CancellationToken cancellationToken) =>
        await cases.CaseAsync(id, cancellationToken) is { } page ? View(page with { Documents = await documents.ListAsync(id, cancellationToken) }) : NotFound();

    /// <summary>整改回复: the files of each finding come as the form fields <c>finding-N</c>.</summary>
    [HttpPost("anjian/{id:guid}/huifu")]
    [RequestSizeLimit(200 * 1024 * 1024)]
    public async Task<IActionResult> Reply(Guid id, EnterpriseReplyForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var files = new List<(int, IFormFile)>();
        var unknownField = false;
        IEnumerable<IFormFile> posted = Request.HasFormContentType ? Request.Form.Files : [];
        foreach (var file in posted)
        {
            if (file.Name.StartsWith("finding-", StringComparison.Ordinal) && int.TryParse(file.Name.AsSpan(8), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                files.Add((number, file));
            }
            else
            {
                unknownField = true;
            }
        }

        if (unknownField)
        {
            ModelState.AddModelError(string.Empty, "佐证材料须对应本次整改通知书中尚未整改到位的问题。");
        }

        var result = ModelState.IsValid ? await cases.ReplyAsync(id, form.Version, form, files, cancellationToken) : null;
        return await AnswerAsync(id, result, "reply", "整改回复已提交，承办科室将及时复查。", cancellationToken, reply: form);
    }

    [HttpPost("anjian/{id:guid}/fuhe")]
    public async Task<IActionResult> Reconsider(Guid id, ReconsiderationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = ModelState.IsValid ? await cases.ApplyAsync(id, form, cancellationToken) : null;
        return await AnswerAsync(id, result, "reconsideration", "复核申请已提交，伊宁市住建局将作出复核决定。", cancellationToken, reconsideration: form);
    }

    [HttpPost("tuichu")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync(User);
        return Redirect(EnterpriseAccess.LoginPath);
    }

    /// <summary>Post/redirect/get after a step; a refusal shows the case again with what was typed and the Chinese reason.</summary>
    private async Task<IActionResult> AnswerAsync(Guid id, StepResult? result, string formName, string success, CancellationToken cancellationToken, EnterpriseReplyForm? reply = null, ReconsiderationForm? reconsideration = null)
    {
        if (result is { Outcome: StepOutcome.NotFound })
        {
            return NotFound();
        }

        if (result is { Outcome: StepOutcome.Done })
        {
            TempData[StatusMessages.SuccessKey] = success;
            return Redirect($"/qiye/anjian/{id}");
        }

        if (result?.Message is { } message)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        if (await cases.CaseAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        if (reply is not null)
        {
            reply.Version = page.Case.Version;
        }

        if (reconsideration is not null)
        {
            reconsideration.Version = page.Case.Version;
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Case", page with { Documents = await documents.ListAsync(id, cancellationToken), Reply = reply ?? new EnterpriseReplyForm { Version = page.Case.Version }, Reconsideration = reconsideration ?? new(), ActiveForm = formName });
    }
}
