using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.Domain.Cases;

/// <summary>
/// One finding as entered at an inspection. <see cref="ChecklistItemCode"/> is the code of the checklist item the finding
/// was made from (a failed item), null for a finding typed in by hand.
/// </summary>
public sealed record FindingDraft(string Description, FindingSeverity Severity, string? Location, int? PenaltyMatterId = null, string? ChecklistItemCode = null);

/// <summary>
/// Everything recorded at 新建检查 (the first on-site inspection), which opens a case. <see cref="DeterminedOn"/> is the
/// day of the determination (问题判定); none given means the inspection day. <see cref="PlanTaskId"/> is the task of the annual
/// inspection plan the inspection belongs to (Inspections.PlanMembership).
/// </summary>
public sealed record CaseOpening(
    DepartmentCode Department,
    Trigger Trigger,
    Guid PartyId,
    string SiteName,
    string SiteAddress,
    DateTime InspectedAt,
    string Narrative,
    IReadOnlyList<OfficerOnDuty> Officers,
    IReadOnlyList<FindingDraft> Findings,
    GeoPoint? Position,
    DateOnly? DeterminedOn = null,
    bool SeriousFindingsNeedLegalReview = false,
    Guid? PlanTaskId = null);

/// <summary>The case number allocated by the department-year sequence, e.g. 房产科 2026 年第 0001 号.</summary>
public sealed record CaseNumber(DepartmentCode Department, int Year, int Sequence)
{
    public override string ToString() => $"{DepartmentPolicy.For(Department).ShortName} {Year} 年第 {Sequence:0000} 号";
}

public sealed record NoticeDraft(
    string DocumentNumber,
    DateOnly IssuedOn,
    string Requirements,
    IReadOnlyList<int> FindingNumbers,
    int DeadlineDays,
    ServiceMethod ServiceMethod,
    DateOnly ServedOn,
    string Recipient,
    IReadOnlyList<OfficerOnDuty> ServedBy);

public sealed record ReplyDraft(DateOnly ReceivedOn, ReplyKind Kind, string Content);

public sealed record ReviewDraft(
    DateTime ReviewedAt,
    ReviewOutcome Outcome,
    string Remarks,
    IReadOnlyList<ReviewItemResult> Items,
    IReadOnlyList<OfficerOnDuty> Officers);

public sealed record InterviewDraft(
    DateTime HeldAt,
    string Place,
    string PartyAttendees,
    IReadOnlyList<OfficerOnDuty> Officers,
    string Content,
    InterviewOutcome Outcome,
    int? NewDeadlineDays,
    DateOnly NoticeIssuedOn);

public sealed record TransferDraft(string Facts, string EvidenceList, IReadOnlyList<int> PenaltyMatterIds, string? ReceivingBureau);

/// <summary>Whether a step is possible now, and if not, why (the unmet guards in Chinese).</summary>
public sealed record ActionAvailability(CaseAction Action, bool IsPermitted, IReadOnlyList<string> Reasons)
{
    public string Name => CaseNames.Of(Action);
}

/// <summary>The result of re-checking the timeline's hash chain.</summary>
public sealed record TimelineVerification(bool IsIntact, int? FirstBrokenSequence, string? Problem = null)
{
    public static readonly TimelineVerification Intact = new(true, null);
}
