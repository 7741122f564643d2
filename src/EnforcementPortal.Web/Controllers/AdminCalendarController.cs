using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 节假日日历: the administrator keeps the official holiday arrangement (holidays and make-up working days) from which
/// working-day deadlines are counted. Every change drops the cached calendar, so the next deadline uses it.
/// </summary>
[Authorize(Policy = Policies.Administrators)]
public sealed class AdminCalendarController(
    AppDbContext db,
    HolidayCalendar calendar,
    IWorkingDayCalendarProvider calendars,
    IBureauClock clock,
    CurrentUser me,
    ILogger<AdminCalendarController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken)
    {
        var shown = year is >= HolidayCalendar.FirstYear and <= HolidayCalendar.LastYear ? year.Value : clock.Today.Year;
        return View(await PageAsync(shown, new CalendarDayForm(), cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Add(CalendarDayForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var year = form.Date?.Year ?? clock.Today.Year;
        if (!ModelState.IsValid || form.Date is not { } date)
        {
            return View(nameof(Index), await PageAsync(year, form, cancellationToken));
        }

        var added = await calendar.AddAsync(date, form.Kind, form.Note, cancellationToken);
        if (!added.Succeeded)
        {
            ModelState.AddModelError(added.RefusalIsAboutKind ? nameof(form.Kind) : nameof(form.Date), added.Refusal!);
            return View(nameof(Index), await PageAsync(year, form, cancellationToken));
        }

        var day = added.Day!;
        logger.LogInformation("Administrator {Admin} added {Date} ({Kind}, {Note}) to the calendar", me.UserName, day.Date, day.Kind, day.Note);
        TempData[StatusMessages.SuccessKey] = $"已添加 {Display.Date(day.Date)}（{CalendarNames.Weekday(day.Date)}）{CalendarNames.Of(day.Kind)}：{day.Note}。新计算的期限将按更新后的日历计算。";
        return RedirectToAction(nameof(Index), new { year = day.Year });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var day = await db.CalendarDays.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return day is null
            ? NotFound()
            : View(new CalendarDayEditPage(day.Id, day.Date, new CalendarDayChangeForm { Kind = day.Kind, Note = day.Note }));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, CalendarDayChangeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            var unchanged = await db.CalendarDays.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            return unchanged is null ? NotFound() : View(new CalendarDayEditPage(unchanged.Id, unchanged.Date, form));
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

    private async Task<CalendarPage> PageAsync(int year, CalendarDayForm form, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var days = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= first && d.Date <= last)
            .OrderBy(d => d.Date)
            .Select(d => new CalendarDayRow(d.Id, d.Date, d.Kind, d.Note))
            .ToListAsync(cancellationToken);
        var months = days.GroupBy(d => d.Date.Month).Select(g => new CalendarMonth(g.Key, [.. g])).ToList();

        var dates = await db.CalendarDays.AsNoTracking().Select(d => d.Date).ToListAsync(cancellationToken);
        var thisYear = clock.Today.Year;
        var yearsWithData = dates.Select(d => d.Year).Distinct().Order().ToList();
        var choices = yearsWithData.Append(thisYear).Append(thisYear + 1).Append(year).Distinct().Order().ToList();

        // What the deadlines use: the provider's calendar, which may have been cached before this request.
        var calendar = await calendars.GetAsync(cancellationToken);
        return new CalendarPage(year, choices, calendar.CoveredYears, months, form);
    }
}
