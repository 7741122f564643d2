namespace EnforcementPortal.Tests.Shared;

/// <summary>
/// "Today" as the portal sees it (Beijing time, UTC+8 like <c>BureauClock</c>, whatever the machine's time zone), for
/// tests about the current month.
/// </summary>
public static class BureauTime
{
    public static DateTime Now => DateTime.UtcNow + TimeSpan.FromHours(8);

    public static DateOnly Today => DateOnly.FromDateTime(Now);
}
