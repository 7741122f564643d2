using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.Domain.Cases;

/// <summary>An on-site visit: the first inspection or a review (复查), with the officers present.</summary>
public sealed class Inspection
{
    public const int NarrativeMaxLength = 4000;
    public const int LocationMaxLength = 200;

    private Inspection()
    {
        Location = string.Empty;
        Narrative = string.Empty;
        Officers = [];
    }

    internal Inspection(Guid id, InspectionKind kind, DateTime startedAt, string location, string narrative, IReadOnlyList<OfficerOnDuty> officers, GeoPoint? position)
    {
        Id = id;
        Kind = kind;
        StartedAt = startedAt;
        Location = location;
        Narrative = narrative;
        Officers = [.. officers];
        Latitude = position?.Latitude;
        Longitude = position?.Longitude;
    }

    public Guid Id { get; private set; }

    public InspectionKind Kind { get; private set; }

    public DateTime StartedAt { get; private set; }

    public DateOnly Day => DateOnly.FromDateTime(StartedAt);

    public string Location { get; private set; }

    /// <summary>What was found, in the officer's words (现场情况).</summary>
    public string Narrative { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public List<OfficerOnDuty> Officers { get; private set; }
}

/// <summary>A GPS position taken on site (WGS-84).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public bool IsValid => Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;
}

/// <summary>One problem or hazard item (问题/隐患) found at an inspection. Items are counted and reviewed one by one.</summary>
public sealed class Finding
{
    public const int DescriptionMaxLength = 1000;
    public const int LocationMaxLength = 200;
    public const int ChecklistItemCodeMaxLength = 64;

    private Finding()
    {
        Description = string.Empty;
    }

    internal Finding(Guid id, int number, Guid inspectionId, string description, FindingSeverity severity, string? location, int? penaltyMatterId = null, string? checklistItemCode = null)
    {
        ChecklistItemCode = checklistItemCode;
        PenaltyMatterId = penaltyMatterId;
        Id = id;
        Number = number;
        InspectionId = inspectionId;
        Description = description;
        Severity = severity;
        Location = location;
    }

    public Guid Id { get; private set; }

    /// <summary>The item's number within the case (1, 2, 3 …), as printed on the notice.</summary>
    public int Number { get; private set; }

    public Guid InspectionId { get; private set; }

    public string Description { get; private set; }

    public FindingSeverity Severity { get; private set; }

    public string? Location { get; private set; }

    /// <summary>The code of the checklist item this finding was made from (检查清单 不合格项), or null; repeat detection reads it.</summary>
    public string? ChecklistItemCode { get; private set; }

    /// <summary>
    /// The penalty matter (行政处罚事项) the finding falls under, if the officer linked one: the case then cannot be closed
    /// on its rectification alone (建法〔2025〕40号 (九)).
    /// </summary>
    public int? PenaltyMatterId { get; private set; }

    /// <summary>Confirmed rectified at a review.</summary>
    public bool IsRectified { get; private set; }

    public DateOnly? RectifiedOn { get; private set; }

    internal void MarkRectified(DateOnly day)
    {
        IsRectified = true;
        RectifiedOn = day;
    }
}

/// <summary>整改通知书: the order to rectify listed items by a deadline, and how it was served.</summary>
public sealed class RectificationNotice
{
    public const int RequirementsMaxLength = 4000;
    public const int RecipientMaxLength = 64;
    public const int NumberMaxLength = 64;

    private RectificationNotice()
    {
        DocumentNumber = string.Empty;
        Requirements = string.Empty;
        Recipient = string.Empty;
        FindingNumbers = [];
        ServedBy = [];
    }

    internal RectificationNotice(Guid id, int round, string documentNumber, DateOnly issuedOn, string requirements, IReadOnlyList<int> findingNumbers, int deadlineDays, DateOnly deadline, ServiceMethod serviceMethod, DateOnly servedOn, string recipient, IReadOnlyList<OfficerOnDuty> servedBy)
    {
        Id = id;
        Round = round;
        DocumentNumber = documentNumber;
        IssuedOn = issuedOn;
        Requirements = requirements;
        FindingNumbers = [.. findingNumbers];
        DeadlineDays = deadlineDays;
        Deadline = deadline;
        ServiceMethod = serviceMethod;
        ServedOn = servedOn;
        Recipient = recipient;
        ServedBy = [.. servedBy];
    }

    public Guid Id { get; private set; }

    /// <summary>The rectify→review round the notice belongs to (1 for the first).</summary>
    public int Round { get; private set; }

    /// <summary>文号, e.g. 伊建房整〔2026〕3号.</summary>
    public string DocumentNumber { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public string Requirements { get; private set; }

    /// <summary>The numbers of the findings the notice orders rectified.</summary>
    public List<int> FindingNumbers { get; private set; }

    /// <summary>整改期限 in calendar days from service.</summary>
    public int DeadlineDays { get; private set; }

    /// <summary>The last day of the rectification term, counted on the holiday calendar.</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>A reply received by the deadline (a recorded failure to reply is never in time).</summary>
    public bool IsAnsweredInTime(RectificationReply? reply) => reply is { IsFailureToReply: false } && reply.ReceivedOn <= Deadline;

    public ServiceMethod ServiceMethod { get; private set; }

    public DateOnly ServedOn { get; private set; }

    /// <summary>受送达人.</summary>
    public string Recipient { get; private set; }

    public List<OfficerOnDuty> ServedBy { get; private set; }
}

/// <summary>The responsible party's reply to a notice (情况说明/整改回执 with evidence), or the record that it did not reply.</summary>
public sealed class RectificationReply
{
    public const int ContentMaxLength = 4000;

    private RectificationReply()
    {
        Content = string.Empty;
    }

    internal RectificationReply(Guid id, Guid noticeId, DateOnly receivedOn, ReplyKind? kind, string content, bool isFailureToReply)
    {
        Id = id;
        NoticeId = noticeId;
        ReceivedOn = receivedOn;
        Kind = kind;
        Content = content;
        IsFailureToReply = isFailureToReply;
    }

    public Guid Id { get; private set; }

    public Guid NoticeId { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public ReplyKind? Kind { get; private set; }

    public string Content { get; private set; }

    /// <summary>逾期未回复: recorded after the deadline passed without a reply.</summary>
    public bool IsFailureToReply { get; private set; }
}

/// <summary>The result of a review for one finding.</summary>
public sealed record ReviewItemResult(int FindingNumber, bool Rectified, string? Remarks);

/// <summary>复查: an on-site check of the rectification, item by item.</summary>
public sealed class Review
{
    public const int RemarksMaxLength = 2000;

    private Review()
    {
        Remarks = string.Empty;
        Items = [];
    }

    internal Review(Guid id, Guid noticeId, Guid inspectionId, DateOnly reviewedOn, ReviewOutcome outcome, string remarks, IReadOnlyList<ReviewItemResult> items)
    {
        Id = id;
        NoticeId = noticeId;
        InspectionId = inspectionId;
        ReviewedOn = reviewedOn;
        Outcome = outcome;
        Remarks = remarks;
        Items = [.. items];
    }

    public Guid Id { get; private set; }

    public Guid NoticeId { get; private set; }

    /// <summary>The on-site visit of the review.</summary>
    public Guid InspectionId { get; private set; }

    public DateOnly ReviewedOn { get; private set; }

    public ReviewOutcome Outcome { get; private set; }

    public string Remarks { get; private set; }

    public List<ReviewItemResult> Items { get; private set; }
}

/// <summary>约谈: a formal talk with the responsible party's head.</summary>
public sealed class Interview
{
    public const int TextMaxLength = 4000;
    public const int PlaceMaxLength = 200;
    public const int AttendeesMaxLength = 500;

    private Interview()
    {
        Place = string.Empty;
        PartyAttendees = string.Empty;
        Content = string.Empty;
        Officers = [];
    }

    internal Interview(Guid id, int round, InterviewReason reason, DateOnly noticeIssuedOn, DateTime heldAt, string place, string partyAttendees, IReadOnlyList<OfficerOnDuty> officers, string content, InterviewOutcome outcome, DateOnly? newDeadline)
    {
        NoticeIssuedOn = noticeIssuedOn;
        Id = id;
        Round = round;
        Reason = reason;
        HeldAt = heldAt;
        Place = place;
        PartyAttendees = partyAttendees;
        Officers = [.. officers];
        Content = content;
        Outcome = outcome;
        NewDeadline = newDeadline;
    }

    public Guid Id { get; private set; }

    public int Round { get; private set; }

    public InterviewReason Reason { get; private set; }

    /// <summary>The day the 约谈通知书 was issued (entered on the form): never after the interview day.</summary>
    public DateOnly NoticeIssuedOn { get; private set; }

    public DateTime HeldAt { get; private set; }

    public string Place { get; private set; }

    /// <summary>The party's attendees (负责人 and others), as written on the record.</summary>
    public string PartyAttendees { get; private set; }

    public List<OfficerOnDuty> Officers { get; private set; }

    /// <summary>What was said (约谈内容).</summary>
    public string Content { get; private set; }

    public InterviewOutcome Outcome { get; private set; }

    /// <summary>When the party agreed to rectify without a new notice: the new rectification deadline.</summary>
    public DateOnly? NewDeadline { get; private set; }
}

public enum TransferStatus
{
    /// <summary>待审批.</summary>
    PendingApproval = 1,

    /// <summary>已退回.</summary>
    Returned = 2,

    /// <summary>已批准移交.</summary>
    Approved = 3,
}

/// <summary>案件移交: the hand-over to 城市管理局, its approval, and the receiving bureau's feedback (闭环).</summary>
public sealed class Transfer
{
    public const int TextMaxLength = 4000;
    public const int ReceivingBureauMaxLength = 64;
    public const int ReferenceMaxLength = 64;
    public const string DefaultReceivingBureau = "伊宁市城市管理局";

    private Transfer()
    {
        Facts = string.Empty;
        EvidenceList = string.Empty;
        ReceivingBureau = DefaultReceivingBureau;
        PenaltyMatterIds = [];
        RequestedByName = string.Empty;
    }

    internal Transfer(Guid id, DateTime requestedAt, Actor requestedBy, string facts, string evidenceList, IReadOnlyList<int> penaltyMatterIds, string receivingBureau)
    {
        Id = id;
        RequestedAt = requestedAt;
        RequestedById = requestedBy.UserId;
        RequestedByName = requestedBy.Name;
        Facts = facts;
        EvidenceList = evidenceList;
        PenaltyMatterIds = [.. penaltyMatterIds];
        ReceivingBureau = receivingBureau;
        Status = TransferStatus.PendingApproval;
    }

    public Guid Id { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public Guid RequestedById { get; private set; }

    public string RequestedByName { get; private set; }

    /// <summary>案件事实.</summary>
    public string Facts { get; private set; }

    /// <summary>证据清单.</summary>
    public string EvidenceList { get; private set; }

    /// <summary>The cited penalty matters (行政处罚事项) of the catalogue.</summary>
    public List<int> PenaltyMatterIds { get; private set; }

    public string ReceivingBureau { get; private set; }

    public TransferStatus Status { get; private set; }

    public string? ReturnReason { get; private set; }

    public Guid? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>
    /// 移交日期: the day the 移交单 was sent to the receiving bureau (by default the approval day; recorded separately
    /// from the approval in <see cref="DecidedAt"/>).
    /// </summary>
    public DateOnly? TransferredOn { get; private set; }

    public FilingDecision? FilingDecision { get; private set; }

    /// <summary>The day the receiving bureau decided whether to file (立案).</summary>
    public DateOnly? FilingDecidedOn { get; private set; }

    /// <summary>The filing feedback is due 5 working days after the receiving bureau's decision (建法〔2025〕40号 (三)).</summary>
    public DateOnly? FilingFeedbackDue { get; private set; }

    /// <summary>The day the filing feedback reached the department.</summary>
    public DateOnly? FilingReportedOn { get; private set; }

    public bool FilingFeedbackLate => FilingReportedOn > FilingFeedbackDue;

    /// <summary>The day the receiving bureau decided the penalty or terminated (or suspended) the investigation.</summary>
    public DateOnly? DisposalDecidedOn { get; private set; }

    /// <summary>The disposal feedback is due 5 working days after that decision (建法〔2025〕40号 (三)).</summary>
    public DateOnly? DisposalFeedbackDue { get; private set; }

    public bool DisposalFeedbackLate => DisposalReportedOn > DisposalFeedbackDue;

    /// <summary>立案号 or the reason for not filing, as reported by the receiving bureau.</summary>
    public string? FilingReference { get; private set; }

    /// <summary>The day the disposal feedback reached the department.</summary>
    public DateOnly? DisposalReportedOn { get; private set; }

    /// <summary>处置结果 as reported by the receiving bureau (e.g. 罚款 5 万元，责令停止违法行为).</summary>
    public string? DisposalSummary { get; private set; }

    internal void Approve(Actor chief, DateTime at, DateOnly transferredOn)
    {
        Status = TransferStatus.Approved;
        DecidedById = chief.UserId;
        DecidedByName = chief.Name;
        DecidedAt = at;
        TransferredOn = transferredOn;
    }

    internal void Return(Actor chief, DateTime at, string reason)
    {
        Status = TransferStatus.Returned;
        DecidedById = chief.UserId;
        DecidedByName = chief.Name;
        DecidedAt = at;
        ReturnReason = reason;
    }

    internal void RecordSent(DateOnly sentOn) => TransferredOn = sentOn;

    /// <summary>The day the receiving bureau's liaison signed for the 移交单 (签收), recorded by the liaison.</summary>
    public DateOnly? ReceivedOn { get; private set; }

    /// <summary>The liaison who signed for it.</summary>
    public string? ReceivedByName { get; private set; }

    internal void RecordReceipt(DateOnly receivedOn, string liaison)
    {
        ReceivedOn = receivedOn;
        ReceivedByName = liaison;
    }

    internal void RecordFiling(FilingDecision decision, DateOnly decidedOn, DateOnly due, DateOnly reportedOn, string? reference)
    {
        FilingDecision = decision;
        FilingDecidedOn = decidedOn;
        FilingFeedbackDue = due;
        FilingReportedOn = reportedOn;
        FilingReference = reference;
    }

    internal void RecordDisposal(DateOnly decidedOn, DateOnly due, DateOnly reportedOn, string summary)
    {
        DisposalDecidedOn = decidedOn;
        DisposalFeedbackDue = due;
        DisposalReportedOn = reportedOn;
        DisposalSummary = summary;
    }
}
