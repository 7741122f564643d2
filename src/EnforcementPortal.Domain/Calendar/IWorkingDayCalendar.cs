namespace EnforcementPortal.Domain.Calendar;

/// <summary>
/// Counts periods (期间) on the official calendar of holidays and make-up working days (调休).
/// The day of the event itself is never counted.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="start"/>.</summary>
    DateOnly AddWorkingDays(DateOnly start, int workingDays);

    /// <summary>
    /// The last day of a period of <paramref name="days"/> calendar days after <paramref name="start"/>; when that day
    /// is a holiday or rest day, the period ends on the next working day.
    /// </summary>
    DateOnly EndOfCalendarPeriod(DateOnly start, int days);
}
