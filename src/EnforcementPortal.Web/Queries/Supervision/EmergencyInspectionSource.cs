using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Supervision;

namespace EnforcementPortal.Web.Queries.Supervision;

/// <summary>
/// 紧急检查未补批: an emergency inspection whose scheme the chief has not yet approved afterwards (住建部 建法〔2025〕40号 (八):
/// the scheme is approved before the visit; in an emergency the approval follows). Every one is overdue from the day the
/// officer went out, so it stays red on the 督办 list until the chief approves it.
/// </summary>
public sealed class EmergencyInspectionSource(InspectionVisitQueries visits) : ISupervisionSource
{
    public const string Title = "紧急检查未补批";

    /// <summary>Every one is overdue; they are few by nature (the chief approves within days), so they are read whole.</summary>
    public async Task<IReadOnlyList<SupervisionItem>> ItemsAsync(SupervisionQuery query, int take, CancellationToken cancellationToken) =>
        [.. (await AllAsync(query, cancellationToken)).Take(take)];

    public async Task<SupervisionCounts> CountAsync(SupervisionQuery query, CancellationToken cancellationToken) =>
        new((await AllAsync(query, cancellationToken)).Count, 0);

    private async Task<IReadOnlyList<SupervisionItem>> AllAsync(SupervisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.CaseId is not null)
        {
            return [];
        }

        var emergencies = await visits.UnapprovedEmergencies(cancellationToken);
        return [.. emergencies
            .Where(e => query.Department is not { } department || e.Department == department)
            .Select(e => new SupervisionItem(SupervisionItemKind.Other, Title, e.Department, null, null, e.SiteName, e.PartyName, e.StartedOn, DeadlineUrgency.Overdue))
            .OrderBy(i => i.Due)];
    }
}
