using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>
/// What became of a change to the calendar: the day (as saved, or as it still is), or the Chinese reason the change was
/// refused — about the date (a duplicate, out of range) or about the kind and note (the domain's rules of a day).
/// </summary>
public sealed record CalendarChange(CalendarDay? Day, string? Refusal, bool RefusalIsAboutKind = false)
{
    public bool Succeeded => Refusal is null;

    public static CalendarChange Refused(string reason) => new(null, reason);
}

/// <summary>
/// 节假日安排: the official holidays and make-up working days the working-day deadlines are counted with. Every change
/// drops the cached calendar, so the next deadline uses it; a date is listed at most once.
/// </summary>
public sealed class HolidayCalendar(AppDbContext db, IWorkingDayCalendarProvider calendars)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public async Task<CalendarChange> AddAsync(DateOnly date, CalendarDayKind kind, string? note, CancellationToken cancellationToken)
    {
        if (date.Year is < FirstYear or > LastYear)
        {
            return CalendarChange.Refused($"日期应在{FirstYear}年至{LastYear}年之间。");
        }

        if (await DuplicateMessageAsync(date, cancellationToken) is { } duplicate)
        {
            return CalendarChange.Refused(duplicate);
        }

        CalendarDay day;
        try
        {
            day = CalendarDay.Create(date, kind, note);
        }
        catch (DomainException ex)
        {
            return new CalendarChange(null, ex.Message, RefusalIsAboutKind: true);
        }

        db.CalendarDays.Add(day);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator may have added the same date between the check and the save (the date is unique).
            db.Entry(day).State = EntityState.Detached;
            if (await DuplicateMessageAsync(day.Date, cancellationToken) is not { } raced)
            {
                throw;
            }

            return CalendarChange.Refused(raced);
        }

        calendars.Invalidate();
        return new CalendarChange(day, null);
    }

    /// <summary>Changes the kind and note of a listed day; null when there is no such day.</summary>
    public async Task<CalendarChange?> ChangeAsync(int id, CalendarDayKind kind, string? note, CancellationToken cancellationToken)
    {
        var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (day is null)
        {
            return null;
        }

        try
        {
            day.Change(kind, note);
        }
        catch (DomainException ex)
        {
            return new CalendarChange(day, ex.Message, RefusalIsAboutKind: true);
        }

        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();
        return new CalendarChange(day, null);
    }

    /// <summary>Removes a listed day (it counts as an ordinary weekday or weekend again); null when there is no such day.</summary>
    public async Task<CalendarDay?> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (day is null)
        {
            return null;
        }

        db.CalendarDays.Remove(day);
        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();
        return day;
    }

    private async Task<string?> DuplicateMessageAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var existing = await db.CalendarDays.AsNoTracking().FirstOrDefaultAsync(d => d.Date == date, cancellationToken);
        return existing is null
            ? null
            : $"{Display.Date(date)} 已在节假日安排中（{CalendarNames.Of(existing.Kind)}：{existing.Note}），不能重复添加；如需更正，请在列表中修改该日期。";
    }
}
