using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.Domain.Calendar;

/// <summary>
/// One date of the official holiday arrangement (节假日安排): a holiday or a make-up working day (调休上班).
/// Ordinary weekdays and weekends are not stored; only the exceptions the State Council announces each year.
/// </summary>
public class CalendarDay
{
    public const int NoteMaxLength = 50;
    public const string DefaultHolidayNote = "法定节假日";
    public const string DefaultMakeUpWorkdayNote = "调休上班";

    private CalendarDay()
    {
        Note = string.Empty;
    }

    private CalendarDay(DateOnly date, CalendarDayKind kind, string note)
    {
        Date = date;
        Kind = kind;
        Note = note;
    }

    public int Id { get; private set; }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    /// <summary>What the day is, as shown to officers: "国庆节", "春节", "调休上班".</summary>
    public string Note { get; private set; }

    public int Year => Date.Year;

    public static CalendarDay Holiday(DateOnly date, string? note = null) =>
        Create(date, CalendarDayKind.Holiday, note);

    public static CalendarDay MakeUpWorkday(DateOnly date, string? note = null) =>
        Create(date, CalendarDayKind.MakeUpWorkday, note);

    public static CalendarDay Create(DateOnly date, CalendarDayKind kind, string? note = null)
    {
        var checkedNote = CheckNote(note, kind);
        CheckKind(date, kind);
        return new CalendarDay(date, kind, checkedNote);
    }

    /// <summary>A make-up working day only means something on a weekend; on a weekday it would change nothing.</summary>
    public static bool CanBeMakeUpWorkday(DateOnly date) => IsWeekend(date);

    public static bool IsWeekend(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The administrator corrects a day of the arrangement; the date itself is the identity and does not change.</summary>
    public void Change(CalendarDayKind kind, string? note)
    {
        var checkedNote = CheckNote(note, kind);
        CheckKind(Date, kind);
        Kind = kind;
        Note = checkedNote;
    }

    private static void CheckKind(DateOnly date, CalendarDayKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("未知的日期类型。");
        }

        if (kind == CalendarDayKind.MakeUpWorkday && !CanBeMakeUpWorkday(date))
        {
            throw new DomainException($"{date:yyyy-MM-dd} 不是周六或周日，不能设为调休上班日。");
        }
    }

    private static string CheckNote(string? note, CalendarDayKind kind)
    {
        var trimmed = string.IsNullOrWhiteSpace(note)
            ? (kind == CalendarDayKind.MakeUpWorkday ? DefaultMakeUpWorkdayNote : DefaultHolidayNote)
            : note.Trim();
        if (trimmed.Length > NoteMaxLength)
        {
            throw new DomainException($"说明不能超过 {NoteMaxLength} 个字。");
        }

        return trimmed;
    }
}
