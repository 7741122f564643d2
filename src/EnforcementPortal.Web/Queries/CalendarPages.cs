using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Queries;

/// <summary>What the 节假日日历 pages show: a year's arrangement, the years to choose from, the years the deadlines rely on.</summary>
public sealed class CalendarPages(AppDbContext db, IWorkingDayCalendarProvider calendars, IBureauClock clock)
{
    /// <summary>The year asked for when the calendar can hold it, otherwise this year.</summary>
    public int YearToShow(int? year) =>
        year is >= HolidayCalendar.FirstYear and <= HolidayCalendar.LastYear ? year.Value : clock.Today.Year;

    /// <summary>The edit page of a stored day with <paramref name="form"/> (the stored values when null); null when no such day.</summary>
    public async Task<CalendarDayEditPage?> EditPageAsync(int id, CalendarDayChangeForm? form, CancellationToken cancellationToken)
    {
        var day = await db.CalendarDays.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return day is null ? null : new CalendarDayEditPage(day.Id, day.Date, form ?? new CalendarDayChangeForm { Kind = day.Kind, Note = day.Note });
    }

    public async Task<CalendarPage> PageAsync(int year, CalendarDayForm form, CancellationToken cancellationToken)
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
