using EnforcementPortal.Domain.Common;
using System.Collections.Frozen;

namespace EnforcementPortal.Domain.Calendar;

/// <summary>
/// Counts periods (期间) in working days and calendar days over the official holiday arrangement.
/// Weekends are rest days unless they are make-up working days (调休上班); holidays are rest days.
/// Immutable and thread-safe: build one from the stored days and share it.
/// </summary>
/// <remarks>
/// A year is covered when its arrangement has been loaded. In a year that is not covered, only weekends are rest
/// days; results that depended on such a day are marked provisional (<see cref="Deadline.IsProvisional"/>).
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly FrozenDictionary<DateOnly, SpecialDay> _specialDays;
    private readonly FrozenSet<int> _coveredYears;

    /// <param name="specialDays">Holidays and make-up working days. A date may appear only once.</param>
    /// <param name="coveredYears">
    /// The years whose arrangement is complete. When omitted, every year that has at least one special day counts
    /// as covered (every year's arrangement has at least New Year's Day).
    /// </param>
    public WorkingDayCalendar(IEnumerable<CalendarDay> specialDays, IEnumerable<int>? coveredYears = null)
    {
        ArgumentNullException.ThrowIfNull(specialDays);

        var days = new Dictionary<DateOnly, SpecialDay>();
        foreach (var day in specialDays)
        {
            ArgumentNullException.ThrowIfNull(day, nameof(specialDays));
            if (!days.TryAdd(day.Date, new SpecialDay(day.Date, day.Kind, day.Note)))
            {
                throw new DomainException($"日期 {day.Date:yyyy-MM-dd} 在节假日安排中重复出现。");
            }
        }

        _specialDays = days.ToFrozenDictionary();
        _coveredYears = (coveredYears ?? days.Keys.Select(d => d.Year)).ToFrozenSet();
        CoveredYears = [.. _coveredYears.Order()];
    }

    /// <summary>A calendar with no holiday data: only weekends are rest days and every result is provisional.</summary>
    public static WorkingDayCalendar Empty { get; } = new([]);

    /// <summary>The years whose holiday arrangement is loaded, ascending.</summary>
    public IReadOnlyList<int> CoveredYears { get; }

    public bool IsCovered(int year) => _coveredYears.Contains(year);

    public bool IsCovered(DateOnly date) => IsCovered(date.Year);

    /// <summary>
    /// Whether a deadline already set is provisional (暂定): it falls in a year whose arrangement is not loaded, so the
    /// holidays it should have skipped may be missing.
    /// </summary>
    public bool IsProvisional(DateOnly due) => !IsCovered(due.Year);

    /// <summary>The month from which the administrator is reminded to load next year's arrangement (November).</summary>
    public const int ReminderMonth = 11;

    /// <summary>
    /// Next year, when its arrangement is still missing on <paramref name="today"/> and the reminder is due (from
    /// 1 November; the State Council usually publishes it in the autumn); otherwise null.
    /// </summary>
    public int? YearToLoad(DateOnly today) =>
        today.Month >= ReminderMonth && !IsCovered(today.Year + 1) ? today.Year + 1 : null;

    /// <summary>The holiday or make-up working day on <paramref name="date"/>, if it is one.</summary>
    public SpecialDay? FindSpecialDay(DateOnly date) =>
        _specialDays.TryGetValue(date, out var day) ? day : null;

    /// <summary>The holidays and make-up working days of a year, in date order.</summary>
    public IReadOnlyList<SpecialDay> SpecialDaysIn(int year) =>
        [.. _specialDays.Values.Where(d => d.Date.Year == year).OrderBy(d => d.Date)];

    public bool IsWorkingDay(DateOnly date)
    {
        if (_specialDays.TryGetValue(date, out var day))
        {
            return day.Kind == CalendarDayKind.MakeUpWorkday;
        }

        return !CalendarDay.IsWeekend(date);
    }

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="start"/>. The start day itself is not
    /// counted (期间开始的日不计算在内): 10 working days from a Friday begin with the next working day.
    /// Zero returns <paramref name="start"/> unchanged.
    /// </summary>
    public Deadline AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);

        var date = start;
        int? uncoveredYear = null;
        var remaining = workingDays;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            uncoveredYear ??= UncoveredYearOf(date);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return new Deadline(date, uncoveredYear);
    }

    /// <summary>
    /// The end of a period of <paramref name="calendarDays"/> calendar days from <paramref name="start"/> (a 15-day
    /// rectification term, 60 days to archive). The start day is not counted; when the last day is a holiday or rest
    /// day, the period ends on the next working day (期间届满的最后一日是法定节假日的，以节假日后的第一日为期间届满的日期).
    /// </summary>
    public Deadline EndOfCalendarPeriod(DateOnly start, int calendarDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(calendarDays);
        return OnOrNextWorkingDay(start.AddDays(calendarDays));
    }

    /// <summary><paramref name="date"/> itself when it is a working day, otherwise the next working day.</summary>
    public Deadline OnOrNextWorkingDay(DateOnly date)
    {
        int? uncoveredYear = null;
        while (true)
        {
            uncoveredYear ??= UncoveredYearOf(date);
            if (IsWorkingDay(date))
            {
                return new Deadline(date, uncoveredYear);
            }

            date = date.AddDays(1);
        }
    }

    /// <summary>
    /// The number of working days after <paramref name="from"/> up to and including <paramref name="to"/>, so that
    /// <c>WorkingDaysBetween(d, AddWorkingDays(d, n).Date) == n</c>. Negative when <paramref name="to"/> is earlier.
    /// Check <see cref="IsCovered(DateOnly)"/> for both ends when the exact figure matters.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    private int? UncoveredYearOf(DateOnly date) => IsCovered(date.Year) ? null : date.Year;
}
