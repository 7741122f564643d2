using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.Infrastructure.Time;

/// <summary>Beijing time (UTC+8) over an injected <see cref="TimeProvider"/>, so tests can move the clock.</summary>
/// <remarks>
/// <see cref="Now"/> is cut to whole microseconds: PostgreSQL's <c>timestamp</c> keeps no finer precision, and a time
/// that changed on its way through the database would break the hash chain of the case timeline, which hashes its
/// time to the tick.
/// </remarks>
public sealed class BureauClock(TimeProvider timeProvider) : IBureauClock
{
    public static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    public DateTime Now
    {
        get
        {
            var now = timeProvider.GetUtcNow().ToOffset(BeijingOffset).DateTime;
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
        }
    }
}
