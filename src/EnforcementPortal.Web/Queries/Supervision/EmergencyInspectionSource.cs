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

    public async Task<IReadOnlyList<SupervisionItem>> ItemsAsync(SupervisionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var emergencies = await visits.UnapprovedEmergencies(cancellationToken);
        return [.. emergencies
            .Where(e => query.Department is not { } department || e.Department == department)
            .Select(e => new SupervisionItem(SupervisionItemKind.Other, Title, e.Department, null, null, e.SiteName, e.PartyName, e.StartedOn, DeadlineUrgency.Overdue))];
    }
}
