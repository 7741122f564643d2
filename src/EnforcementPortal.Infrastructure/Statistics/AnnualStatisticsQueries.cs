using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Statistics;

/// <summary>One overdue rectification of a monthly report.</summary>
public sealed record OverdueRectification(Guid CaseId, string CaseNumber, DepartmentCode Department, string PartyName, string NoticeNumber, DateOnly Deadline, DateOnly? RepliedOn);

/// <summary>
/// The annual and monthly figures computed in the database: every count is a COUNT/GROUP BY over the records of a date
/// range, and nothing is loaded into memory. The definitions are those of <see cref="AnnualCounter"/>, which
/// the tests hold this class to.
/// </summary>
/// <remarks>
/// <para>
/// The department query filter is ignored on purpose (<see cref="EntityFrameworkQueryableExtensions.IgnoreQueryFilters{TEntity}(IQueryable{TEntity})"/>):
/// every query here names its department (or groups by it) and returns counts only, never a case. The callers decide
/// who may see which department's figures (a chief their own, the leader all); published figures reach the public only
/// through a <see cref="StatisticsPublication"/>, never through this class.
/// </para>
/// <para>
/// The annual counts read the record tables without the cases (see <see cref="CountAsync"/>). The monthly figures still
/// join each record to its case; SQLite keeps no statistics unless ANALYZE runs, so its planner drives such a join from
/// the department's cases of every year, and the cost follows the department's whole history (docs/benchmarks.md,
/// "Annual statistics"). The public pages never run these queries.
/// </para>
/// </remarks>
public sealed class AnnualStatisticsQueries(AppDbContext db)
{
    /// <summary>
    /// Longer than EF Core's default of 30 s, for the monthly figures (<see cref="MonthlyAsync"/>), which still join each
    /// record to its case: at a million cases such a join took about 15 s on the benchmark machine. The annual counts
    /// (<see cref="CountAsync"/>) no longer need it.
    /// </summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// A department's year, read from the record tables alone (<see cref="InspectionRow"/> and the others): each count
    /// searches a covering index led by the Department copied onto the rows and the record's date (for the visits, the
    /// year of the visit), so it reads only that department-year's index entries and never a table row; EF Core's default
    /// command timeout is enough. The visits' year is one equality, so the distinct sites or parties and the kinds are read
    /// in index order without a sort; a notice's loop closure is the day copied onto the notice
    /// (<see cref="NoticeRow.LoopClosedOn"/>), not a probe of the case's reviews and transfers per notice.
    /// </summary>
    public async Task<AnnualCounts> CountAsync(DepartmentCode department, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var period = new StatisticsYear(year);
        var (start, end) = (period.Start, period.End);
        var (first, endDay) = (period.FirstDay, period.EndExclusive);
        var visits = db.Set<InspectionRow>().Where(i => i.Department == department && i.StartedYear == year);
        var byKind = await visits.GroupBy(v => v.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var objects = AnnualIndicators.ObjectKindOf(department) == SupervisedObjectKind.Party
            ? await visits.Select(v => v.PartyId).Distinct().CountAsync(cancellationToken)
            : await visits.Select(v => v.SiteName).Distinct().CountAsync(cancellationToken);
        var campaigns = await visits
            .Where(v => v.Kind == InspectionKind.Initial && v.Trigger == Trigger.SpecialCampaign)
            .Select(v => v.StartedAt.Date)
            .Distinct()
            .CountAsync(cancellationToken);

        var findings = await db.Set<FindingRow>()
            .CountAsync(f => f.Department == department && f.InspectedAt >= start && f.InspectedAt < end, cancellationToken);

        var notices = db.Set<NoticeRow>().Where(n => n.Department == department && n.IssuedOn >= first && n.IssuedOn < endDay);
        var noticeCount = await notices.CountAsync(cancellationToken);
        var closed = await notices.CountAsync(n => n.LoopClosedOn != null && n.LoopClosedOn <= asOf, cancellationToken);

        var interviews = await db.Set<InterviewRow>()
            .CountAsync(i => i.Department == department && i.HeldAt >= start && i.HeldAt < end, cancellationToken);

        var closedWithoutPenalty = await db.Set<LegalReviewRow>()
            .CountAsync(
                r => r.Department == department && r.Subject == LegalReviewSubject.Closing && r.Opinion == LegalReviewOpinion.Agreed && r.ReviewedAt >= start && r.ReviewedAt < end,
                cancellationToken);

        var transfers = db.Set<TransferRow>().Where(t => t.Department == department && t.TransferredOn >= first && t.TransferredOn < endDay);
        var transferred = await transfers.CountAsync(cancellationToken);
        var completed = await transfers.CountAsync(
            t => (t.DisposalReportedOn != null && t.DisposalReportedOn <= asOf)
                || (t.FilingDecision == FilingDecision.NotFiled && t.FilingDecidedOn != null && t.FilingDecidedOn <= asOf),
            cancellationToken);

        var letters = await db.SupervisionLetters.AsNoTracking()
            .CountAsync(l => l.Department == department && l.Kind == Domain.Supervision.SupervisionLetterKind.ConstructionProcedure && l.IssuedOn >= first && l.IssuedOn < endDay, cancellationToken);

        return new AnnualCounts
        {
            SupervisedObjects = objects,
            FirstInspections = byKind.Where(k => k.Kind == InspectionKind.Initial).Sum(k => k.Count),
            ReviewInspections = byKind.Where(k => k.Kind == InspectionKind.Review).Sum(k => k.Count),
            SpecialCampaigns = campaigns,
            Findings = findings,
            Notices = noticeCount,
            NoticesClosed = closed,
            Interviews = interviews,
            ClosedWithoutPenaltyAfterLegalReview = closedWithoutPenalty,
            Transferred = transferred,
            TrackingCompleted = completed,
            ConstructionProcedureLetters = letters,
        };
    }

    /// <summary>
    /// The monthly figures of every department (or one) for the months from <paramref name="from"/> to <paramref name="to"/>
    /// inclusive, with a row for every department and month even when nothing happened.
    /// </summary>
    public async Task<IReadOnlyList<MonthlyCounts>> MonthlyAsync(DepartmentCode? department, ReportMonth from, ReportMonth to, CancellationToken cancellationToken)
    {
        db.Database.SetCommandTimeout(CommandTimeout);
        var (start, end) = (from.Start, to.End);
        var (first, endDay) = (from.FirstDay, to.EndExclusive);
        var cases = department is { } only ? CasesOf(only) : AllCases();

        var started = await PerMonthAsync(
            cases.Where(c => c.OpenedOn >= first && c.OpenedOn < endDay)
                .Select(c => new DepartmentMonth { Department = c.Department, Year = c.OpenedOn.Year, Month = c.OpenedOn.Month }),
            cancellationToken);
        var visits = await PerMonthAsync(
            from c in cases
            from i in c.Inspections
            where i.StartedAt >= start && i.StartedAt < end
            select new DepartmentMonth { Department = c.Department, Year = i.StartedAt.Year, Month = i.StartedAt.Month },
            cancellationToken);
        var notices = await PerMonthAsync(
            from c in cases
            from n in c.Notices
            where n.IssuedOn >= first && n.IssuedOn < endDay
            select new DepartmentMonth { Department = c.Department, Year = n.IssuedOn.Year, Month = n.IssuedOn.Month },
            cancellationToken);
        var interviews = await PerMonthAsync(
            from c in cases
            from i in c.Interviews
            where i.HeldAt >= start && i.HeldAt < end
            select new DepartmentMonth { Department = c.Department, Year = i.HeldAt.Year, Month = i.HeldAt.Month },
            cancellationToken);
        var transfers = await PerMonthAsync(
            from c in cases
            from t in c.Transfers
            where t.TransferredOn >= first && t.TransferredOn < endDay
            select new DepartmentMonth { Department = c.Department, Year = t.TransferredOn!.Value.Year, Month = t.TransferredOn!.Value.Month },
            cancellationToken);
        var disposals = await PerMonthAsync(
            from c in cases
            from t in c.Transfers
            where t.DisposalReportedOn >= first && t.DisposalReportedOn < endDay
            select new DepartmentMonth { Department = c.Department, Year = t.DisposalReportedOn!.Value.Year, Month = t.DisposalReportedOn!.Value.Month },
            cancellationToken);
        var overdue = await PerMonthAsync(
            from c in cases
            from n in c.Notices
            where n.Deadline >= first && n.Deadline < endDay
                && !c.Replies.Any(r => r.NoticeId == n.Id && !r.IsFailureToReply && r.ReceivedOn <= n.Deadline)
            select new DepartmentMonth { Department = c.Department, Year = n.Deadline.Year, Month = n.Deadline.Month },
            cancellationToken);

        var departments = department is { } d ? [d] : Enum.GetValues<DepartmentCode>();
        var result = new List<MonthlyCounts>();
        foreach (var dept in departments)
        {
            for (var month = from; month <= to; month = month.Next())
            {
                result.Add(new MonthlyCounts(
                    dept,
                    month,
                    Find(started, dept, month),
                    Find(visits, dept, month),
                    Find(notices, dept, month),
                    Find(interviews, dept, month),
                    Find(transfers, dept, month),
                    Find(disposals, dept, month),
                    Find(overdue, dept, month)));
            }
        }

        return result;
    }

    /// <summary>The rectification notices of a department whose term ended in the month without a reply in time.</summary>
    public async Task<IReadOnlyList<OverdueRectification>> OverdueRectificationsAsync(DepartmentCode department, ReportMonth month, CancellationToken cancellationToken)
    {
        var (first, endDay) = (month.FirstDay, month.EndExclusive);
        var rows = await (
                from c in CasesOf(department)
                from n in c.Notices
                where n.Deadline >= first && n.Deadline < endDay
                    && !c.Replies.Any(r => r.NoticeId == n.Id && !r.IsFailureToReply && r.ReceivedOn <= n.Deadline)
                join p in db.Parties on c.PartyId equals p.Id
                orderby n.Deadline, c.Number
                select new
                {
                    c.Id,
                    c.Number,
                    c.Department,
                    p.Name,
                    n.DocumentNumber,
                    n.Deadline,
                    RepliedOn = c.Replies.Where(r => r.NoticeId == n.Id && !r.IsFailureToReply).Min(r => (DateOnly?)r.ReceivedOn),
                })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OverdueRectification(r.Id, r.Number, r.Department, r.Name, r.DocumentNumber, r.Deadline, r.RepliedOn))];
    }

    private static int Find(List<MonthKey> rows, DepartmentCode department, ReportMonth month) =>
        rows.Where(r => r.Department == department && r.Year == month.Year && r.Month == month.Month).Sum(r => r.Count);

    private IQueryable<EnforcementCase> AllCases() => db.Cases.IgnoreQueryFilters().AsNoTracking();

    private IQueryable<EnforcementCase> CasesOf(DepartmentCode department) => AllCases().Where(c => c.Department == department);

    private static Task<List<MonthKey>> PerMonthAsync(IQueryable<DepartmentMonth> events, CancellationToken cancellationToken) =>
        events.GroupBy(e => new { e.Department, e.Year, e.Month })
            .Select(g => new MonthKey(g.Key.Department, g.Key.Year, g.Key.Month, g.Count()))
            .ToListAsync(cancellationToken);

    private sealed record MonthKey(DepartmentCode Department, int Year, int Month, int Count);

    /// <summary>One dated event of a department, reduced to its month (a member-init type, so EF Core can group by it in SQL).</summary>
    private sealed class DepartmentMonth
    {
        public DepartmentCode Department { get; init; }

        public int Year { get; init; }

        public int Month { get; init; }
    }
}
