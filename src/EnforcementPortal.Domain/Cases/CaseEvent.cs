using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EnforcementPortal.Domain.Cases;

/// <summary>
/// One entry of the case's timeline: who did what, when, from which state to which, and why.
/// Entries are chained by SHA-256 (each hash covers the previous one), so an edit or deletion in the
/// database after the fact is detected by <see cref="EnforcementCase.VerifyTimeline"/>.
/// </summary>
public sealed class CaseEvent
{
    public const int SummaryMaxLength = 4000;
    public const int HashLength = 64;

    private CaseEvent()
    {
        ActorName = string.Empty;
        Summary = string.Empty;
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    internal CaseEvent(Guid id, Guid caseId, int sequence, DateTime occurredAt, Common.Actor actor, CaseAction? action, CaseState? fromState, CaseState toState, string summary, string previousHash)
    {
        Id = id;
        CaseId = caseId;
        Sequence = sequence;
        OccurredAt = occurredAt;
        ActorId = actor.UserId;
        ActorName = actor.Name;
        Action = action;
        FromState = fromState;
        ToState = toState;
        Summary = summary;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>1, 2, 3 … in the order of the timeline.</summary>
    public int Sequence { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorName { get; private set; }

    /// <summary>The lifecycle step; null for an entry that is not a transition (the case's creation, an upload).</summary>
    public CaseAction? Action { get; private set; }

    public CaseState? FromState { get; private set; }

    public CaseState ToState { get; private set; }

    /// <summary>The data of the step in words (deadline, reason, outcome …).</summary>
    public string Summary { get; private set; }

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    public bool IsTransition => Action is not null && FromState is not null;

    /// <summary>
    /// SHA-256 over the entry's fields and the previous hash. Steps and states enter as their stored numbers
    /// (<see cref="CaseAction"/> and <see cref="CaseState"/> have explicit, stable values), never as C# member names, so
    /// renaming a member in the code cannot break the stored chains.
    /// </summary>
    public string ComputeHash()
    {
        var canonical = string.Join(
            '\u001f',
            CaseId.ToString("N"),
            Sequence.ToString(CultureInfo.InvariantCulture),
            OccurredAt.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture),
            ActorId.ToString("N"),
            ActorName,
            Code(Action),
            Code(FromState),
            Code(ToState),
            Summary,
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string Code(CaseAction? action) => action is { } value ? ((int)value).ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string Code(CaseState? state) => state is { } value ? ((int)value).ToString(CultureInfo.InvariantCulture) : string.Empty;
}
