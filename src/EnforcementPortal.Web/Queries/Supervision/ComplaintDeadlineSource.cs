using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Queries.Supervision;

/// <summary>
/// 投诉处理期限: the handling opinion (accepted or handling) and the 协查 answer of complaints, read by state (the
/// (State, Department) index) in due order and counted in the database. Only the complaint's receipt number and the
/// enterprise complained about are shown — never the complainant.
/// </summary>
public sealed class ComplaintDeadlineSource(AppDbContext db) : ISupervisionSource
{
    public async Task<IReadOnlyList<SupervisionItem>> ItemsAsync(SupervisionQuery query, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var by = query.Window.DueSoonBy;
        if (query.CaseId is not null)
        {
            return [];
        }

        // Two reads, each by state (the (State, Department) index): the handling opinion, and the 协查 answer.
        var opinions = await Opinions(query).Where(c => c.OpinionDue <= by).OrderBy(c => c.OpinionDue).Take(take)
            .Select(c => new { c.Id, c.ReceiptNumber, c.Department, c.PartyName, Due = c.OpinionDue!.Value }).ToListAsync(cancellationToken);
        var assists = await Assists(query).Where(c => c.AssistDue <= by).OrderBy(c => c.AssistDue).Take(take)
            .Select(c => new { c.Id, c.ReceiptNumber, c.Department, c.PartyName, Due = c.AssistDue!.Value }).ToListAsync(cancellationToken);
        return [.. opinions.Select(r => (Row: r, Title: "投诉处理意见期限")).Concat(assists.Select(r => (Row: r, Title: "投诉协查答复期限")))
            .OrderBy(r => r.Row.Due)
            .Take(take)
            .Select(r => SupervisionDeadlines.Classify(SupervisionItemKind.Complaint, r.Row.Due, query.Window, r.Row.Department, null, r.Row.Id, r.Row.ReceiptNumber, r.Row.PartyName, r.Title))
            .OfType<SupervisionItem>()];
    }

    public async Task<SupervisionCounts> CountAsync(SupervisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.CaseId is not null)
        {
            return SupervisionCounts.None;
        }

        var (today, by) = (query.Window.Today, query.Window.DueSoonBy);
        return new(
            await Opinions(query).CountAsync(c => c.OpinionDue < today, cancellationToken) + await Assists(query).CountAsync(c => c.AssistDue < today, cancellationToken),
            await Opinions(query).CountAsync(c => c.OpinionDue >= today && c.OpinionDue <= by, cancellationToken) + await Assists(query).CountAsync(c => c.AssistDue >= today && c.AssistDue <= by, cancellationToken));
    }

    private IQueryable<Complaint> Opinions(SupervisionQuery query) =>
        InDepartment(db.Complaints.AsNoTracking().Where(c => (c.State == ComplaintState.Accepted || c.State == ComplaintState.Handling) && c.OpinionDue != null), query);

    private IQueryable<Complaint> Assists(SupervisionQuery query) =>
        InDepartment(db.Complaints.AsNoTracking().Where(c => c.State == ComplaintState.Answered && c.Outcome == ComplaintOutcome.AssistRequest && c.AssistAnsweredOn == null && c.AssistDue != null), query);

    private static IQueryable<Complaint> InDepartment(IQueryable<Complaint> complaints, SupervisionQuery query) =>
        query.Department is { } department ? complaints.Where(c => c.Department == department) : complaints;
}
