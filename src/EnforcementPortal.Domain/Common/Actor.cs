namespace EnforcementPortal.Domain.Common;

/// <summary>The signed-in person who performs a step; recorded on the case timeline.</summary>
public sealed record Actor(Guid UserId, string Name);
