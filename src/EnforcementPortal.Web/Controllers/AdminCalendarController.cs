using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 节假日日历: the administrator keeps the official holiday arrangement (holidays and make-up working days) from which
/// working-day deadlines are counted. Every change drops the cached calendar, so the next deadline uses it.
/// </summary>
[Authorize(Policy = Policies.Administrators)]
public sealed class AdminCalendarController(
    HolidayCalendar calendar,
    CalendarPages pages,
    IBureauClock clock,
    CurrentUser me,
    ILogger<AdminCalendarController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken) =>
        View(await pages.PageAsync(pages.YearToShow(year), new CalendarDayForm(), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Add(CalendarDayForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var year = form.Date?.Year ?? clock.Today.Year;
        if (!ModelState.IsValid || form.Date is not { } date)
        {
            return View(nameof(Index), await pages.PageAsync(year, form, cancellationToken));
        }

        var added = await calendar.AddAsync(date, form.Kind, form.Note, cancellationToken);
        if (!added.Succeeded)
        {
            ModelState.AddModelError(added.RefusalIsAboutKind ? nameof(form.Kind) : nameof(form.Date), added.Refusal!);
            return View(nameof(Index), await pages.PageAsync(year, form, cancellationToken));
        }

        var day = added.Day!;
        logger.LogInformation("Administrator {Admin} added {Date} ({Kind}, {Note}) to the calendar", me.UserName, day.Date, day.Kind, day.Note);
        TempData[StatusMessages.SuccessKey] = $"已添加 {Display.Date(day.Date)}（{CalendarNames.Weekday(day.Date)}）{CalendarNames.Of(day.Kind)}：{day.Note}。新计算的期限将按更新后的日历计算。";
        return RedirectToAction(nameof(Index), new { year = day.Year });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await pages.EditPageAsync(id, null, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(int id, CalendarDayChangeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return await pages.EditPageAsync(id, form, cancellationToken) is { } page ? View(page) : NotFound();
        }

        var changed = await calendar.ChangeAsync(id, form.Kind, form.Note, cancellationToken);
        if (changed is null)
        {
            return NotFound();
        }

        var day = changed.Day!;
        if (!changed.Succeeded)
        {
            ModelState.AddModelError(nameof(form.Kind), changed.Refusal!);
            return View(new CalendarDayEditPage(day.Id, day.Date, form));
        }

        logger.LogInformation("Administrator {Admin} changed {Date} to {Kind} ({Note})", me.UserName, day.Date, day.Kind, day.Note);
        TempData[StatusMessages.SuccessKey] = $"已将 {Display.Date(day.Date)} 改为{CalendarNames.Of(day.Kind)}：{day.Note}。新计算的期限将按更新后的日历计算。";
        return RedirectToAction(nameof(Index), new { year = day.Year });
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var day = await calendar.RemoveAsync(id, cancellationToken);
        if (day is null)
        {
            return NotFound();
        }

        logger.LogInformation("Administrator {Admin} removed {Date} ({Kind}) from the calendar", me.UserName, day.Date, day.Kind);
        TempData[StatusMessages.SuccessKey] = $"已删除 {Display.Date(day.Date)}（{day.Note}），该日按普通{(CalendarDay.IsWeekend(day.Date) ? "休息日" : "工作日")}计算。";
        return RedirectToAction(nameof(Index), new { year = day.Year });
    }
}
