using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Queries.Supervision;

/// <summary>
/// 投诉处理期限: the handling opinion (accepted or handling) and the 协查 answer of complaints, read by state (the
/// (State, Department) index). Only the complaint's receipt number and the enterprise complained about are shown —
/// never the complainant.
/// </summary>
public sealed class ComplaintDeadlineSource(AppDbContext db) : ISupervisionSource
{
    public async Task<IReadOnlyList<SupervisionItem>> ItemsAsync(SupervisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var by = query.Window.DueSoonBy;

        // Two reads, each by state (the (State, Department) index): the handling opinion, and the 协查 answer.
        var opinions = db.Complaints.AsNoTracking().Where(c => (c.State == ComplaintState.Accepted || c.State == ComplaintState.Handling) && c.OpinionDue != null && c.OpinionDue <= by);
        var assists = db.Complaints.AsNoTracking().Where(c => c.State == ComplaintState.Answered && c.Outcome == ComplaintOutcome.AssistRequest && c.AssistAnsweredOn == null && c.AssistDue != null && c.AssistDue <= by);
        if (query.Department is { } department)
        {
            opinions = opinions.Where(c => c.Department == department);
            assists = assists.Where(c => c.Department == department);
        }

        var rows = await opinions.Select(c => new { c.Id, c.ReceiptNumber, c.Department, c.PartyName, c.State, c.OpinionDue, c.AssistDue }).ToListAsync(cancellationToken);
        rows.AddRange(await assists.Select(c => new { c.Id, c.ReceiptNumber, c.Department, c.PartyName, c.State, c.OpinionDue, c.AssistDue }).ToListAsync(cancellationToken));
        return [.. rows.Select(r =>
            {
                var assist = r.State == ComplaintState.Answered;
                return SupervisionDeadlines.Classify(SupervisionItemKind.Complaint, (assist ? r.AssistDue : r.OpinionDue)!.Value, query.Window, r.Department, null, r.Id, r.ReceiptNumber, r.PartyName, assist ? "投诉协查答复期限" : "投诉处理意见期限");
            }).OfType<SupervisionItem>()];
    }
}
