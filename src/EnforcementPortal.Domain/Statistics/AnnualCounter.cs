using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Statistics;

/// <summary>
/// The definitions of the annual indicators as code (domain.md, "Annual statistics"). This is the reference: the
/// database's aggregation (<c>AnnualStatisticsQueries</c>) computes the same counts in SQL and is tested against it.
/// </summary>
public static class AnnualCounter
{
    /// <summary>
    /// Counts one department's year (or the whole bureau's, when <paramref name="department"/> is null) from the records,
    /// taking into account what had been recorded by <paramref name="asOf"/> (the statistics' cut-off date).
    /// </summary>
    public static AnnualCounts Count(StatisticsRecords records, DepartmentCode? department, int year, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        var period = new StatisticsYear(year);
        bool Ours(DepartmentCode d) => department is null || d == department;

        var visits = records.Visits.Where(v => Ours(v.Department) && period.Contains(v.Day)).ToList();
        var notices = records.Notices.Where(n => Ours(n.Department) && period.Contains(n.IssuedOn)).ToList();
        var reviewsByCase = records.Reviews.ToLookup(r => r.CaseId);
        var transfersByCase = records.Transfers.ToLookup(t => t.CaseId);
        var transferred = records.Transfers.Where(t => Ours(t.Department) && t.TransferredOn is { } on && period.Contains(on)).ToList();

        return new AnnualCounts
        {
            SupervisedObjects = department is null ? null : SupervisedObjects(visits, department.Value),
            FirstInspections = visits.Count(v => v.Kind == InspectionKind.Initial),
            ReviewInspections = visits.Count(v => v.Kind == InspectionKind.Review),
            SpecialCampaigns = visits
                .Where(v => v.Kind == InspectionKind.Initial && v.Trigger == Trigger.SpecialCampaign)
                .Select(v => (v.Department, v.Day))
                .Distinct()
                .Count(),
            Findings = records.Findings.Count(f => Ours(f.Department) && period.Contains(f.InspectedOn)),
            Notices = notices.Count,
            NoticesClosed = notices.Count(n => IsLoopClosed(n, reviewsByCase[n.CaseId], transfersByCase[n.CaseId], asOf)),
            Interviews = records.Interviews.Count(i => Ours(i.Department) && period.Contains(i.HeldOn)),
            ClosedWithoutPenaltyAfterLegalReview = (records.ClosingReviews ?? [])
                .Count(r => Ours(r.Department) && r.Opinion == LegalReviewOpinion.Agreed && period.Contains(r.ReviewedOn)),
            Transferred = transferred.Count,
            TrackingCompleted = transferred.Count(t => IsTrackingCompleted(t, asOf)),
        };
    }

    /// <summary>
    /// A notice's loop is closed when, on or after its issue and by the cut-off, a review of its case confirmed the
    /// rectification (整改到位), or the case was handed over to 城市管理局 (移交).
    /// </summary>
    public static bool IsLoopClosed(NoticeRecord notice, IEnumerable<ReviewRecord> reviewsOfCase, IEnumerable<TransferRecord> transfersOfCase, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return reviewsOfCase.Any(r => r.Outcome == ReviewOutcome.Rectified && r.ReviewedOn >= notice.IssuedOn && r.ReviewedOn <= asOf)
            || transfersOfCase.Any(t => t.TransferredOn is { } on && on >= notice.IssuedOn && on <= asOf);
    }

    /// <summary>
    /// The first day on which the notice's loop counted as closed: the earliest day, on or after its issue, of a review of
    /// its case that confirmed the rectification or of the case's transfer to 城市管理局; null while neither happened.
    /// <see cref="IsLoopClosed"/> holds by a cut-off exactly when this day is on or before it. The database keeps this day
    /// on the notice's row (recomputed at every save of the case), so a year's closed notices are counted from one index.
    /// </summary>
    public static DateOnly? LoopClosedOn(EnforcementCase enforcementCase, RectificationNotice notice)
    {
        ArgumentNullException.ThrowIfNull(enforcementCase);
        ArgumentNullException.ThrowIfNull(notice);
        var reviewed = enforcementCase.Reviews
            .Where(r => r.Outcome == ReviewOutcome.Rectified && r.ReviewedOn >= notice.IssuedOn)
            .Select(r => (DateOnly?)r.ReviewedOn);
        var transferred = enforcementCase.Transfers
            .Where(t => t.TransferredOn is { } on && on >= notice.IssuedOn)
            .Select(t => t.TransferredOn);
        return reviewed.Concat(transferred).Min();
    }

    /// <summary>
    /// The tracking of a transfer is complete when the receiving bureau reported the disposal by the cut-off; a written
    /// decision not to file (不予立案) also ends the tracking.
    /// </summary>
    public static bool IsTrackingCompleted(TransferRecord transfer, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        return (transfer.DisposalReportedOn is { } reported && reported <= asOf)
            || (transfer.FilingDecision == FilingDecision.NotFiled && transfer.FilingDecidedOn is { } decided && decided <= asOf);
    }

    /// <summary>The project key: the site name as entered, trimmed (projects have no register of their own yet).</summary>
    public static string ProjectKey(string siteName)
    {
        ArgumentNullException.ThrowIfNull(siteName);
        return siteName.Trim();
    }

    private static int SupervisedObjects(IEnumerable<VisitRecord> visits, DepartmentCode department) =>
        AnnualIndicators.ObjectKindOf(department) == SupervisedObjectKind.Party
            ? visits.Select(v => v.PartyId).Distinct().Count()
            : visits.Select(v => ProjectKey(v.SiteName)).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>A calendar year as a half-open range of days and instants.</summary>
public readonly record struct StatisticsYear(int Year)
{
    public DateOnly FirstDay => new(Year, 1, 1);

    /// <summary>The first day of the next year (exclusive end).</summary>
    public DateOnly EndExclusive => new(Year + 1, 1, 1);

    public DateTime Start => new(Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public DateTime End => new(Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public bool Contains(DateOnly day) => day.Year == Year;
}
