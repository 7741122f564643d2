using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Queries.Supervision;

/// <summary>
/// The case's stored open deadline (整改期限, 移交期限, 归档期限): the cases whose deadline falls on or before the last
/// due-soon day, read from the (Department,) OpenDeadline index.
/// </summary>
public sealed class CaseDeadlineSource(AppDbContext db) : ISupervisionSource
{
    public async Task<IReadOnlyList<SupervisionItem>> ItemsAsync(SupervisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var by = query.Window.DueSoonBy;
        var cases = db.CasesInScope.AsNoTracking().Where(c => c.OpenDeadline != null && c.OpenDeadline <= by);
        if (query.Department is { } department)
        {
            cases = cases.Where(c => c.Department == department);
        }

        var rows = await (
            from c in cases
            join p in db.Parties on c.PartyId equals p.Id
            select new { c.Id, c.Number, c.Department, Party = p.Name, c.OpenDeadlineKind, c.OpenDeadline })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => SupervisionDeadlines.Classify(SupervisionDeadlines.Of(r.OpenDeadlineKind!.Value), r.OpenDeadline!.Value, query.Window, r.Department, r.Id, null, r.Number, r.Party)).OfType<SupervisionItem>()];
    }
}

/// <summary>复查未完成: cases waiting for the review (the (Department,) State index), due a set number of working days after the reply.</summary>
public sealed class ReviewSource(AppDbContext db) : ISupervisionSource
{
    public async Task<IReadOnlyList<SupervisionItem>> ItemsAsync(SupervisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var cases = db.CasesInScope.AsNoTracking().Where(c => c.State == CaseState.AwaitingReview);
        if (query.Department is { } department)
        {
            cases = cases.Where(c => c.Department == department);
        }

        var rows = await (
            from c in cases
            join p in db.Parties on c.PartyId equals p.Id
            select new { c.Id, c.Number, c.Department, Party = p.Name, Reply = c.Replies.Max(r => (DateOnly?)r.ReceivedOn), c.RectificationDeadline })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Where(r => (r.Reply ?? r.RectificationDeadline) is not null)
            .Select(r => SupervisionDeadlines.Classify(SupervisionItemKind.Review, SupervisionDeadlines.ReviewDue((r.Reply ?? r.RectificationDeadline)!.Value, query.Calendar, query.Settings), query.Window, r.Department, r.Id, null, r.Number, r.Party))
            .OfType<SupervisionItem>()];
    }
}

/// <summary>
/// The 城市管理局's feedback not received: 立案反馈 chased after the set working days from the transfer, 处置结果 after
/// 90 days from filing plus 5 working days. Read by state (the (Department,) State index).
/// </summary>
public sealed class TransferFeedbackSource(AppDbContext db) : ISupervisionSource
{
    public async Task<IReadOnlyList<SupervisionItem>> ItemsAsync(SupervisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var items = new List<SupervisionItem>();
        foreach (var state in new[] { CaseState.Transferred, CaseState.AwaitingDisposal })
        {
            var cases = db.CasesInScope.AsNoTracking().Where(c => c.State == state);
            if (query.Department is { } department)
            {
                cases = cases.Where(c => c.Department == department);
            }

            var rows = await (
                from c in cases
                join p in db.Parties on c.PartyId equals p.Id
                select new
                {
                    c.Id,
                    c.Number,
                    c.Department,
                    Party = p.Name,
                    TransferredOn = c.Transfers.Where(t => t.Status == TransferStatus.Approved).Max(t => t.TransferredOn),
                    FiledOn = c.Transfers.Where(t => t.Status == TransferStatus.Approved).Max(t => t.FilingDecidedOn),
                })
                .ToListAsync(cancellationToken);
            foreach (var r in rows)
            {
                var item = state == CaseState.Transferred
                    ? r.TransferredOn is { } sent ? SupervisionDeadlines.Classify(SupervisionItemKind.FilingFeedback, SupervisionDeadlines.FilingFeedbackDue(sent, query.Calendar, query.Settings), query.Window, r.Department, r.Id, null, r.Number, r.Party) : null
                    : r.FiledOn is { } filed ? SupervisionDeadlines.Classify(SupervisionItemKind.DisposalFeedback, SupervisionDeadlines.DisposalFeedbackDue(filed, query.Calendar), query.Window, r.Department, r.Id, null, r.Number, r.Party) : null;
                if (item is not null)
                {
                    items.Add(item);
                }
            }
        }

        return items;
    }
}
