using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.Infrastructure.Time;

/// <summary>Beijing time (UTC+8) over an injected <see cref="TimeProvider"/>, so tests can move the clock.</summary>
public sealed class BureauClock(TimeProvider timeProvider) : IBureauClock
{
    public static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    public DateTime Now => timeProvider.GetUtcNow().ToOffset(BeijingOffset).DateTime;
}
