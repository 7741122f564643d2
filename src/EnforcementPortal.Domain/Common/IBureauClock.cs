namespace EnforcementPortal.Domain.Common;

/// <summary>
/// The bureau's wall clock. The whole system runs on Beijing time (UTC+8, used officially in Xinjiang too),
/// so instants are stored as local Beijing date-times.
/// </summary>
public interface IBureauClock
{
    DateTime Now { get; }

    DateOnly Today => DateOnly.FromDateTime(Now);
}
