using EnforcementPortal.Domain.Calendar;

namespace EnforcementPortal.Domain.Cases;

/// <summary>How urgent a running deadline is: the lists mark overdue cases red and those due soon yellow.</summary>
public enum DeadlineUrgency
{
    None = 0,
    OnTime = 1,
    DueSoon = 2,
    Overdue = 3,
}

/// <summary>
/// Today and the last day that still counts as "due soon" (within <see cref="DueSoonWorkingDays"/> working days), so a
/// page of cases is marked against one calendar reading.
/// </summary>
public sealed record DeadlineWindow(DateOnly Today, DateOnly DueSoonBy)
{
    public const int DueSoonWorkingDays = 3;

    public static DeadlineWindow On(DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new(today, calendar.AddWorkingDays(today, DueSoonWorkingDays).Date);
    }

    /// <summary>A deadline is overdue the day after it falls (the same test as <see cref="EnforcementCase.IsOverdue"/>).</summary>
    public DeadlineUrgency Of(DateOnly? due) => due switch
    {
        null => DeadlineUrgency.None,
        { } d when Today > d => DeadlineUrgency.Overdue,
        { } d when d <= DueSoonBy => DeadlineUrgency.DueSoon,
        _ => DeadlineUrgency.OnTime,
    };
}
