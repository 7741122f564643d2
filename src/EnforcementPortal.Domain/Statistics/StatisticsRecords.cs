using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Statistics;

/// <summary>One on-site visit (现场检查 or 复查) with what the counting needs of its case.</summary>
public sealed record VisitRecord(Guid CaseId, DepartmentCode Department, Guid PartyId, string SiteName, Trigger Trigger, InspectionKind Kind, DateOnly Day);

/// <summary>One problem/hazard item, dated by the inspection that recorded it.</summary>
public sealed record FindingRecord(Guid CaseId, DepartmentCode Department, DateOnly InspectedOn);

/// <summary>One rectification notice.</summary>
public sealed record NoticeRecord(Guid CaseId, DepartmentCode Department, DateOnly IssuedOn);

/// <summary>One review of a rectification.</summary>
public sealed record ReviewRecord(Guid CaseId, ReviewOutcome Outcome, DateOnly ReviewedOn);

/// <summary>One interview.</summary>
public sealed record InterviewRecord(Guid CaseId, DepartmentCode Department, DateOnly HeldOn);

/// <summary>One legal-review opinion on a closing after rectification alone (是否应予行政处罚).</summary>
public sealed record ClosingReviewRecord(Guid CaseId, DepartmentCode Department, LegalReviewOpinion Opinion, DateOnly ReviewedOn);

/// <summary>One transfer request; only an approved one has a <see cref="TransferredOn"/>.</summary>
public sealed record TransferRecord(
    Guid CaseId,
    DepartmentCode Department,
    DateOnly? TransferredOn,
    FilingDecision? FilingDecision,
    DateOnly? FilingDecidedOn,
    DateOnly? DisposalReportedOn);

/// <summary>
/// The case records the annual indicators are counted from, flattened as the database holds them. Built by hand in
/// tests, or from cases with <see cref="From"/>; the database computes the same counts in SQL.
/// </summary>
public sealed record StatisticsRecords(
    IReadOnlyList<VisitRecord> Visits,
    IReadOnlyList<FindingRecord> Findings,
    IReadOnlyList<NoticeRecord> Notices,
    IReadOnlyList<ReviewRecord> Reviews,
    IReadOnlyList<InterviewRecord> Interviews,
    IReadOnlyList<TransferRecord> Transfers,
    IReadOnlyList<ClosingReviewRecord>? ClosingReviews = null)
{
    public static StatisticsRecords Empty { get; } = new([], [], [], [], [], []);

    public static StatisticsRecords From(IEnumerable<EnforcementCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var list = cases.ToList();
        return new StatisticsRecords(
            [.. list.SelectMany(c => c.Inspections.Select(i => new VisitRecord(c.Id, c.Department, c.PartyId, c.SiteName, c.Trigger, i.Kind, DateOnly.FromDateTime(i.StartedAt))))],
            [.. list.SelectMany(c => c.Findings.Select(f => new FindingRecord(c.Id, c.Department, DateOnly.FromDateTime(c.Inspections.Single(i => i.Id == f.InspectionId).StartedAt))))],
            [.. list.SelectMany(c => c.Notices.Select(n => new NoticeRecord(c.Id, c.Department, n.IssuedOn)))],
            [.. list.SelectMany(c => c.Reviews.Select(r => new ReviewRecord(c.Id, r.Outcome, r.ReviewedOn)))],
            [.. list.SelectMany(c => c.Interviews.Select(i => new InterviewRecord(c.Id, c.Department, DateOnly.FromDateTime(i.HeldAt))))],
            [.. list.SelectMany(c => c.Transfers.Select(t => new TransferRecord(c.Id, c.Department, t.TransferredOn, t.FilingDecision, t.FilingDecidedOn, t.DisposalReportedOn)))],
            [.. list.SelectMany(c => c.LegalReviews.Where(r => r.Subject == LegalReviewSubject.Closing).Select(r => new ClosingReviewRecord(c.Id, c.Department, r.Opinion, r.ReviewedOn)))]);
    }
}
