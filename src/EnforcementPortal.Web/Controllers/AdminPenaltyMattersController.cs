using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 行政处罚事项目录: the administrator keeps the matters a transfer cites — adds, corrects, retires. The rules are the
/// domain's (<see cref="Domain.PenaltyMatters.PenaltyMatter"/>) and the writes go through <see cref="PenaltyMatterCatalogue"/>.
/// </summary>
[Authorize(Policy = Policies.Administrators)]
public sealed class AdminPenaltyMattersController(
    PenaltyMatterCatalogue catalogue,
    PenaltyMatterImports imports,
    CurrentUser me,
    ILogger<AdminPenaltyMattersController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(DepartmentCode? department, CancellationToken cancellationToken) =>
        View(await catalogue.ListAsync(department is { } d && Enum.IsDefined(d) ? d : null, cancellationToken));

    [HttpGet]
    public IActionResult Create() => View(new PenaltyMatterEditPage(null, null, new PenaltyMatterForm()));

    [HttpPost]
    public async Task<IActionResult> Create(PenaltyMatterForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(new PenaltyMatterEditPage(null, null, form));
        }

        var added = await catalogue.AddAsync(form, cancellationToken);
        if (!added.Succeeded)
        {
            ModelState.AddModelError(string.Empty, added.Refusal!);
            return View(new PenaltyMatterEditPage(null, null, form));
        }

        var matter = added.Matter!;
        logger.LogInformation("Administrator {Admin} added penalty matter {Id} ({Sequence})", me.UserName, matter.Id, matter.Sequence);
        TempData[StatusMessages.SuccessKey] = $"已添加第{matter.Sequence}项行政处罚事项“{matter.Name}”。";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var matter = await catalogue.FindAsync(id, cancellationToken);
        return matter is null ? NotFound() : View(new PenaltyMatterEditPage(matter.Id, matter.Sequence, PenaltyMatterForm.Of(matter)));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, PenaltyMatterForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            var unchanged = await catalogue.FindAsync(id, cancellationToken);
            return unchanged is null ? NotFound() : View(new PenaltyMatterEditPage(unchanged.Id, unchanged.Sequence, form));
        }

        var revised = await catalogue.ReviseAsync(id, form, cancellationToken);
        if (revised is null)
        {
            return NotFound();
        }

        var matter = revised.Matter!;
        if (!revised.Succeeded)
        {
            ModelState.AddModelError(string.Empty, revised.Refusal!);
            return View(new PenaltyMatterEditPage(matter.Id, matter.Sequence, form));
        }

        logger.LogInformation("Administrator {Admin} revised penalty matter {Id}", me.UserName, matter.Id);
        TempData[StatusMessages.SuccessKey] = $"已修改第{matter.Sequence}项行政处罚事项“{matter.Name}”。已出具的文书保持原样。";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Retire(int id, CancellationToken cancellationToken)
    {
        var retired = await catalogue.RetireAsync(id, cancellationToken);
        if (retired is null)
        {
            return NotFound();
        }

        var matter = retired.Matter!;
        if (!retired.Succeeded)
        {
            TempData[StatusMessages.ErrorKey] = retired.Refusal;
            return RedirectToAction(nameof(Index));
        }

        logger.LogInformation("Administrator {Admin} retired penalty matter {Id} on {Day}", me.UserName, matter.Id, matter.RetiredOn);
        TempData[StatusMessages.SuccessKey] = $"第{matter.Sequence}项“{matter.Name}”已停止适用：新的案件移交不再列出该事项，已引用它的案件和文书不变。";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public IActionResult Import() => View(new PenaltyMatterImportForm());

    /// <summary>Reads the file or the pasted table and shows what each row would do; nothing is written.</summary>
    [HttpPost]
    public async Task<IActionResult> Import(PenaltyMatterImportForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (text, unreadable) = await PenaltyMatterImports.ReadAsync(form.File, form.Text, cancellationToken);
        (PenaltyMatterImportPreview? Preview, string? Refusal) read = text is null ? (null, unreadable) : await imports.PreviewAsync(text, cancellationToken);
        var (preview, refusal) = read;
        if (preview is null)
        {
            ModelState.AddModelError(string.Empty, refusal!);
            return View(new PenaltyMatterImportForm { Text = form.Text });
        }

        return View("ImportPreview", preview);
    }

    /// <summary>Imports every valid row of the text in one save, classified again against the catalogue as it is now.</summary>
    [HttpPost]
    public async Task<IActionResult> ConfirmImport(PenaltyMatterImportConfirmForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await imports.ImportAsync(form.Text, form.Fingerprint, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.Refusal!);
            return result.Preview is null ? View(nameof(Import), new PenaltyMatterImportForm()) : View("ImportPreview", result.Preview);
        }

        logger.LogInformation("Administrator {Admin} imported penalty matters: {Added} added, {Changed} changed", me.UserName, result.Added, result.Changed);
        TempData[StatusMessages.SuccessKey] = $"导入完成：新增{result.Added}项，修改{result.Changed}项，无变化{result.Unchanged}项"
            + (result.Errors > 0 ? $"；{result.Errors}行有错误，未导入。" : "。");
        return RedirectToAction(nameof(Index));
    }
}
