namespace EnforcementPortal.Domain.Calendar;

/// <summary>Supplies the current working-day calendar, built from the stored holiday arrangement.</summary>
public interface IWorkingDayCalendarProvider
{
    Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Forget any cached calendar; call after the administrator changed the holiday arrangement.</summary>
    void Invalidate();
}
