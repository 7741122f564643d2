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
/// 复查未完成: cases waiting for the review, due a set number of working days after the reply (or, without one, the
/// rectification deadline) — the day the case stores as <see cref="EnforcementCase.AwaitedSince"/>. The due date is a
/// working-day sum, non-decreasing in the stored day, so "due on or before" becomes a comparison on the stored day that
/// the database makes, reading one page in order from the (Department,) State, AwaitedSince index and counting from it.
/// </summary>
public sealed class ReviewSource(AppDbContext db) : ISupervisionSource
{
    public async Task<IReadOnlyList<SupervisionItem>> ItemsAsync(SupervisionQuery query, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (_, listed) = query.Thresholds(Due(query));
        var rows = await AwaitedCases.FirstAsync(db, query, CaseState.AwaitingReview, listed, take, cancellationToken);
        return [.. rows
            .Select(r => SupervisionDeadlines.Classify(SupervisionItemKind.Review, Due(query)(r.Since), query.Window, r.Department, r.Id, null, r.Number, r.Party))
            .OfType<SupervisionItem>()];
    }

    public Task<SupervisionCounts> CountAsync(SupervisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return AwaitedCases.CountAsync(db, query, CaseState.AwaitingReview, query.Thresholds(Due(query)), cancellationToken);
    }

    private static Func<DateOnly, DateOnly> Due(SupervisionQuery query) => since => SupervisionDeadlines.ReviewDue(since, query.Calendar, query.Settings);
}

/// <summary>
/// The 城市管理局's feedback not received: 立案反馈 chased after the set working days from the transfer, 处置结果 after
/// 90 days from filing plus 5 working days — the day the case stores as <see cref="EnforcementCase.AwaitedSince"/> in
/// each state. Both due dates are non-decreasing in the stored day, so the database compares the stored day with a
/// threshold and reads one page in its order from the (Department,) State, AwaitedSince index.
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
            var rows = await AwaitedCases.FirstAsync(db, query, state, listed, take, cancellationToken);
            items.AddRange(rows.Select(r => SupervisionDeadlines.Classify(kind, due(r.Since), query.Window, r.Department, r.Id, null, r.Number, r.Party)).OfType<SupervisionItem>());
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
            counts += await AwaitedCases.CountAsync(db, query, state, query.Thresholds(due), cancellationToken);
        }

        return counts;
    }

    private static (CaseState State, SupervisionItemKind Kind, Func<DateOnly, DateOnly> Due)[] Feedbacks(SupervisionQuery query) =>
    [
        (CaseState.Transferred, SupervisionItemKind.FilingFeedback, sent => SupervisionDeadlines.FilingFeedbackDue(sent, query.Calendar, query.Settings)),
        (CaseState.AwaitingDisposal, SupervisionItemKind.DisposalFeedback, filed => SupervisionDeadlines.DisposalFeedbackDue(filed, query.Calendar)),
    ];
}

/// <summary>
/// The cases of one state waiting for a step, by the stored day it runs from (<see cref="EnforcementCase.AwaitedSince"/>):
/// the first ones before a threshold in that order, and how many fall before each threshold — both from the partial
/// (Department,) State, AwaitedSince index, so neither reads more than a page of cases however many wait.
/// </summary>
internal static class AwaitedCases
{
    public sealed record Row(Guid Id, string Number, Domain.Departments.DepartmentCode Department, string Party, DateOnly Since);

    public static async Task<IReadOnlyList<Row>> FirstAsync(AppDbContext db, SupervisionQuery query, CaseState state, DateOnly before, int take, CancellationToken cancellationToken)
    {
        var rows = await (
            from c in InState(db, query, state).Where(c => c.AwaitedSince != null && c.AwaitedSince < before).OrderBy(c => c.AwaitedSince).Take(take)
            join p in db.Parties on c.PartyId equals p.Id
            select new { c.Id, c.Number, c.Department, Party = p.Name, c.AwaitedSince })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.AwaitedSince).Select(r => new Row(r.Id, r.Number, r.Department, r.Party, r.AwaitedSince!.Value))];
    }

    public static async Task<SupervisionCounts> CountAsync(AppDbContext db, SupervisionQuery query, CaseState state, (DateOnly Overdue, DateOnly Listed) thresholds, CancellationToken cancellationToken)
    {
        var (overdue, listed) = thresholds;
        var cases = InState(db, query, state);
        return new(
            await cases.CountAsync(c => c.AwaitedSince != null && c.AwaitedSince < overdue, cancellationToken),
            await cases.CountAsync(c => c.AwaitedSince != null && c.AwaitedSince >= overdue && c.AwaitedSince < listed, cancellationToken));
    }

    private static IQueryable<EnforcementCase> InState(AppDbContext db, SupervisionQuery query, CaseState state) =>
        CaseScope.Of(db, query).Where(c => c.State == state);
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
