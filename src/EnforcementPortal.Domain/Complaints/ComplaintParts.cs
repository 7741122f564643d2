using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.Domain.Complaints;

/// <summary>One entry of the complaint's timeline: who did what, when, from which state to which, and why.</summary>
public sealed class ComplaintEvent
{
    public const int SummaryMaxLength = 2000;

    private ComplaintEvent()
    {
        ActorName = string.Empty;
        Summary = string.Empty;
    }

    internal ComplaintEvent(Guid complaintId, int sequence, DateTime occurredAt, Actor actor, ComplaintAction? action, ComplaintState? fromState, ComplaintState toState, string summary)
    {
        Id = Guid.NewGuid();
        ComplaintId = complaintId;
        Sequence = sequence;
        OccurredAt = occurredAt;
        ActorId = actor.UserId;
        ActorName = actor.Name;
        Action = action;
        FromState = fromState;
        ToState = toState;
        Summary = summary.Length > SummaryMaxLength ? summary[..SummaryMaxLength] : summary;
    }

    public Guid Id { get; private set; }

    public Guid ComplaintId { get; private set; }

    public int Sequence { get; private set; }

    public DateTime OccurredAt { get; private set; }

    /// <summary><see cref="Guid.Empty"/> for the complainant filing on the public page.</summary>
    public Guid ActorId { get; private set; }

    public string ActorName { get; private set; }

    /// <summary>The state-machine step; null for an entry that is not a transition (催办, 回访, a reply recorded).</summary>
    public ComplaintAction? Action { get; private set; }

    public ComplaintState? FromState { get; private set; }

    public ComplaintState ToState { get; private set; }

    public string Summary { get; private set; }
}

/// <summary>A file attached to the complaint when it was filed (images or PDF, checked by content and size).</summary>
public sealed class ComplaintAttachment
{
    public const int FileNameMaxLength = 200;

    private ComplaintAttachment()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
        StorageKey = string.Empty;
    }

    public ComplaintAttachment(Guid id, string fileName, string contentType, long length, string sha256, string storageKey, bool fromEnterprise = false)
    {
        Id = id;
        FromEnterprise = fromEnterprise;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
        StorageKey = storageKey;
    }

    public Guid Id { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public string Sha256 { get; private set; }

    public string StorageKey { get; private set; }

    /// <summary>True for a file of the enterprise's on-line reply; false for the complainant's attachments.</summary>
    public bool FromEnterprise { get; private set; }
}

/// <summary>
/// The complainant's identity as the domain holds it: only protected values. The name and phone are encrypted by the
/// infrastructure before they reach the aggregate, and <see cref="PhoneHash"/> is a keyed hash (HMAC) that finds the same
/// caller again without decrypting. All null: anonymous.
/// </summary>
public sealed record ProtectedComplainant(string? NameCipher, string? PhoneCipher, string? PhoneHash)
{
    public static ProtectedComplainant Anonymous { get; } = new(null, null, null);

    public bool IsAnonymous => NameCipher is null && PhoneCipher is null;
}

/// <summary>What is recorded when a complaint is taken in, on the public page or by staff from another channel.</summary>
public sealed record ComplaintIntake(
    ComplaintChannel Channel,
    BusinessLine Line,
    string PartyName,
    string SiteAddress,
    string Description,
    ProtectedComplainant Complainant,
    string? ChannelReference = null);

/// <summary>One step of the public progress page: its name, the date it is expected by (if a period applies) and when it was done.</summary>
public sealed record ProgressStep(string Name, DateOnly? ExpectedBy, DateOnly? DoneOn);
