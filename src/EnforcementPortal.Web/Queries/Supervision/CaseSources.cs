using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Queries.Supervision;

/// <summary>
/// The case's stored open deadline (整改期限, 移交期限, 归档期限): the cases whose deadline falls on or before the last
/// due-soon day, read in deadline order from the (Department,) OpenDeadline index and counted from it.
/// </summary>
public sealed class CaseDeadlineSource(AppDbContext db) : ISupervisionSource
{
    public async Task<IReadOnlyList<SupervisionItem>> ItemsAsync(SupervisionQuery query, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var dueSoonBy = query.Window.DueSoonBy;
        var rows = await (
            from c in Scope(query).Where(c => c.OpenDeadline != null && c.OpenDeadline <= dueSoonBy).OrderBy(c => c.OpenDeadline).Take(take)
            join p in db.Parties on c.PartyId equals p.Id
            select new { c.Id, c.Number, c.Department, Party = p.Name, c.OpenDeadlineKind, c.OpenDeadline })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => SupervisionDeadlines.Classify(SupervisionDeadlines.Of(r.OpenDeadlineKind!.Value), r.OpenDeadline!.Value, query.Window, r.Department, r.Id, null, r.Number, r.Party)).OfType<SupervisionItem>()];
    }

    public async Task<SupervisionCounts> CountAsync(SupervisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (today, by) = (query.Window.Today, query.Window.DueSoonBy);
        var overdue = await Scope(query).CountAsync(c => c.OpenDeadline != null && c.OpenDeadline < today, cancellationToken);
        var dueSoon = await Scope(query).CountAsync(c => c.OpenDeadline != null && c.OpenDeadline >= today && c.OpenDeadline <= by, cancellationToken);
        return new(overdue, dueSoon);
    }

    private IQueryable<EnforcementCase> Scope(SupervisionQuery query) => CaseScope.Of(db, query);
}

/// <summary>
/// 复查未完成: cases waiting for the review (the (Department,) State index), due a set number of working days after the
/// reply (or, without one, the rectification deadline). The due date is a working-day sum, non-decreasing in the stored
/// day, so "due on or before" becomes a comparison on the stored day that the database makes.
/// </summary>
public sealed class ReviewSource(AppDbContext db) : ISupervisionSource
{
    public async Task<IReadOnlyList<SupervisionItem>> ItemsAsync(SupervisionQuery query, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (_, listed) = query.Thresholds(Due(query));
        var rows = await (
            from c in Scope(query)
            join p in db.Parties on c.PartyId equals p.Id
            let since = c.Replies.Max(r => (DateOnly?)r.ReceivedOn) ?? c.RectificationDeadline
            where since != null && since < listed
            orderby since
            select new { c.Id, c.Number, c.Department, Party = p.Name, Since = since })
            .Take(take)
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => SupervisionDeadlines.Classify(SupervisionItemKind.Review, Due(query)(r.Since!.Value), query.Window, r.Department, r.Id, null, r.Number, r.Party))
            .OfType<SupervisionItem>()];
    }

    public async Task<SupervisionCounts> CountAsync(SupervisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (overdue, listed) = query.Thresholds(Due(query));
        var since = Scope(query).Select(c => c.Replies.Max(r => (DateOnly?)r.ReceivedOn) ?? c.RectificationDeadline);
        return new(
            await since.CountAsync(s => s != null && s < overdue, cancellationToken),
            await since.CountAsync(s => s != null && s >= overdue && s < listed, cancellationToken));
    }

    private static Func<DateOnly, DateOnly> Due(SupervisionQuery query) => since => SupervisionDeadlines.ReviewDue(since, query.Calendar, query.Settings);

    private IQueryable<EnforcementCase> Scope(SupervisionQuery query) => CaseScope.Of(db, query).Where(c => c.State == CaseState.AwaitingReview);
}

/// <summary>
/// The 城市管理局's feedback not received: 立案反馈 chased after the set working days from the transfer, 处置结果 after
/// 90 days from filing plus 5 working days. Read by state (the (Department,) State index); both due dates are
/// non-decreasing in the stored day, so the database compares the stored day with a threshold and orders by it.
/// </summary>
public sealed class TransferFeedbackSource(AppDbContext db) : ISupervisionSource
{
    public async Task<IReadOnlyList<SupervisionItem>> ItemsAsync(SupervisionQuery query, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var items = new List<SupervisionItem>();
        foreach (var (state, kind, due) in Feedbacks(query))
        {
            var (_, listed) = query.Thresholds(due);
            var rows = await (
                from c in Since(query, state)
                where c.Since != null && c.Since < listed
                orderby c.Since
                join p in db.Parties on c.PartyId equals p.Id
                select new { c.Id, c.Number, c.Department, Party = p.Name, c.Since })
                .Take(take)
                .ToListAsync(cancellationToken);
            items.AddRange(rows.Select(r => SupervisionDeadlines.Classify(kind, due(r.Since!.Value), query.Window, r.Department, r.Id, null, r.Number, r.Party)).OfType<SupervisionItem>());
        }

        // Each state's items came in due order; the two together, in that order, and the first 'take' of them.
        return [.. items.OrderBy(i => i.Due).Take(take)];
    }

    public async Task<SupervisionCounts> CountAsync(SupervisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var counts = SupervisionCounts.None;
        foreach (var (state, _, due) in Feedbacks(query))
        {
            var (overdue, listed) = query.Thresholds(due);
            var since = Since(query, state).Select(c => c.Since);
            counts += new SupervisionCounts(
                await since.CountAsync(s => s != null && s < overdue, cancellationToken),
                await since.CountAsync(s => s != null && s >= overdue && s < listed, cancellationToken));
        }

        return counts;
    }

    private static (CaseState State, SupervisionItemKind Kind, Func<DateOnly, DateOnly> Due)[] Feedbacks(SupervisionQuery query) =>
    [
        (CaseState.Transferred, SupervisionItemKind.FilingFeedback, sent => SupervisionDeadlines.FilingFeedbackDue(sent, query.Calendar, query.Settings)),
        (CaseState.AwaitingDisposal, SupervisionItemKind.DisposalFeedback, filed => SupervisionDeadlines.DisposalFeedbackDue(filed, query.Calendar)),
    ];

    /// <summary>The cases in one state with the stored day their feedback runs from (the approved transfer's date, or its filing).</summary>
    private IQueryable<FeedbackRow> Since(SupervisionQuery query, CaseState state)
    {
        var cases = CaseScope.Of(db, query).Where(c => c.State == state);
        return state == CaseState.Transferred
            ? cases.Select(c => new FeedbackRow { Id = c.Id, Number = c.Number, Department = c.Department, PartyId = c.PartyId, Since = c.Transfers.Where(t => t.Status == TransferStatus.Approved).Max(t => t.TransferredOn) })
            : cases.Select(c => new FeedbackRow { Id = c.Id, Number = c.Number, Department = c.Department, PartyId = c.PartyId, Since = c.Transfers.Where(t => t.Status == TransferStatus.Approved).Max(t => t.FilingDecidedOn) });
    }

    private sealed class FeedbackRow
    {
        public Guid Id { get; init; }

        public string Number { get; init; } = string.Empty;

        public Domain.Departments.DepartmentCode Department { get; init; }

        public Guid PartyId { get; init; }

        public DateOnly? Since { get; init; }
    }
}

/// <summary>The cases a 督办 query reads: the user's scope, narrowed to the query's department and case.</summary>
internal static class CaseScope
{
    public static IQueryable<EnforcementCase> Of(AppDbContext db, SupervisionQuery query)
    {
        var cases = db.CasesInScope.AsNoTracking();
        if (query.Department is { } department)
        {
            cases = cases.Where(c => c.Department == department);
        }

        if (query.CaseId is { } caseId)
        {
            cases = cases.Where(c => c.Id == caseId);
        }

        return cases;
    }
}
