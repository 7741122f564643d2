using EnforcementPortal.Domain.Cases;

namespace EnforcementPortal.UnitTests.Cases.Builders;

/// <summary>What a refused step must leave untouched, compared as one value.</summary>
internal sealed record Snapshot(
    CaseState State,
    int Version,
    int Events,
    string LastHash,
    int Round,
    int Notices,
    int Replies,
    int Reviews,
    int Interviews,
    int Transfers,
    int RectifiedFindings,
    DeadlineKind? OpenDeadlineKind,
    DateOnly? OpenDeadline,
    DateOnly? RectificationDeadline)
{
    public static Snapshot Of(EnforcementCase c) => new(
        c.State,
        c.Version,
        c.Events.Count,
        c.Events[^1].Hash,
        c.Round,
        c.Notices.Count,
        c.Replies.Count,
        c.Reviews.Count,
        c.Interviews.Count,
        c.Transfers.Count,
        c.Findings.Count(f => f.IsRectified),
        c.OpenDeadlineKind,
        c.OpenDeadline,
        c.RectificationDeadline);
}
