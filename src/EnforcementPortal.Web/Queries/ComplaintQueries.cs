using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Queries;

/// <summary>One row of a complaint list (no complainant data).</summary>
public sealed record ComplaintRow(
    Guid Id,
    string ReceiptNumber,
    DateOnly ReceivedOn,
    ComplaintChannel Channel,
    BusinessLine Line,
    string PartyName,
    DepartmentCode? Department,
    ComplaintState State,
    string? HandlerName,
    DateOnly? Due,
    int UrgeCount);

/// <summary>The lists of the complaint desk, each limited to what the user may see (<see cref="ComplaintAccess"/>).</summary>
public sealed record ComplaintDesk(
    IReadOnlyList<ComplaintRow> ToRoute,
    IReadOnlyList<ComplaintRow> ToAccept,
    IReadOnlyList<ComplaintRow> PendingDecisions,
    IReadOnlyList<ComplaintRow> Mine,
    IReadOnlyList<ComplaintRow> Overdue,
    IReadOnlyList<ComplaintRow> ToVisit,
    IReadOnlyList<ComplaintRow> Recent,
    DateOnly Today);

/// <summary>Read-only complaint lists and look-ups.</summary>
public sealed class ComplaintQueries(AppDbContext db, ComplaintAccess access, CurrentUser user, IConfiguration configuration)
{
    private const int ListLimit = 200;

    public int DuplicateWindowDays => configuration.GetValue("Complaints:DuplicateWindowDays", DuplicateMatching.DefaultWindowDays);

    public async Task<ComplaintDesk> DeskAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var visible = access.Visible(db.Complaints.AsNoTracking());
        var me = user.Id;
        var department = user.Department;
        return new ComplaintDesk(
            access.IsDispatcher ? await RowsAsync(visible.Where(c => c.State == ComplaintState.Received || c.State == ComplaintState.Returned), cancellationToken) : [],
            user.CanActOnCases ? await RowsAsync(visible.Where(c => c.State == ComplaintState.Routed && c.Department == department), cancellationToken) : [],
            user.IsChief ? await RowsAsync(visible.Where(c => c.Department == department && (c.State == ComplaintState.ReturnPending || c.State == ComplaintState.RefusalPending || c.PendingExtensionDays != null)), cancellationToken) : [],
            user.CanActOnCases ? await RowsAsync(visible.Where(c => c.HandlerId == me && c.State != ComplaintState.Closed && c.State != ComplaintState.Refused), cancellationToken) : [],
            await RowsAsync(Overdue(visible, today), cancellationToken),
            access.IsDispatcher ? await RowsAsync(visible.Where(c => c.State == ComplaintState.Closed && c.Visit == null), cancellationToken) : [],
            await RowsAsync(visible, cancellationToken, 50),
            today);
    }

    public Task<Complaint?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Complaints.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>Earlier or later complaints about the same party or site, or from the same phone, within the configured window.</summary>
    public async Task<IReadOnlyList<ComplaintRow>> DuplicatesOfAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var window = DuplicateWindowDays;
        var from = complaint.ReceivedOn.AddDays(-window);
        var to = complaint.ReceivedOn.AddDays(window);
        var phone = complaint.ComplainantPhoneHash;
        var near = await db.Complaints.AsNoTracking()
            .Where(c => c.Id != complaint.Id && c.ReceivedOn >= from && c.ReceivedOn <= to)
            .Where(c => (complaint.PartyKey != "" && c.PartyKey == complaint.PartyKey) || (complaint.SiteKey != "" && c.SiteKey == complaint.SiteKey) || (phone != null && c.ComplainantPhoneHash == phone))
            .Take(ListLimit)
            .ToListAsync(cancellationToken);
        var matched = DuplicateMatching.CandidatesFor(complaint.DuplicateKey, near.Select(c => c.DuplicateKey), window).Select(k => k.ComplaintId).ToList();
        return [.. near.Where(c => matched.Contains(c.Id)).OrderBy(c => matched.IndexOf(c.Id)).Select(ToRow)];
    }

    /// <summary>The complaint started as this enforcement case, if any (the case-to-complaint direction of the link).</summary>
    public Task<ComplaintRow?> SourceOfCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        access.Visible(db.Complaints.AsNoTracking()).Where(c => c.CaseId == caseId)
            .Select(c => new ComplaintRow(c.Id, c.ReceiptNumber, c.ReceivedOn, c.Channel, c.Line, c.PartyName, c.Department, c.State, c.HandlerName, null, c.UrgeCount))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<BusinessLine, DepartmentCode>> RoutingRulesAsync(CancellationToken cancellationToken)
    {
        var rules = await db.ComplaintRoutingRules.AsNoTracking().ToListAsync(cancellationToken);
        return Enum.GetValues<BusinessLine>().ToDictionary(l => l, l => ComplaintRouting.DepartmentFor(l, rules));
    }

    private static IQueryable<Complaint> Overdue(IQueryable<Complaint> complaints, DateOnly today) =>
        complaints.Where(c =>
            ((c.State == ComplaintState.Accepted || c.State == ComplaintState.Handling) && c.OpinionDue < today)
            || (c.State == ComplaintState.Answered && c.Outcome == ComplaintOutcome.AssistRequest && c.AssistAnsweredOn == null && c.AssistDue < today));

    /// <summary>
    /// The newest rows of a list, read as columns (never whole complaints with their timelines and attachments), in the
    /// order of the <c>ReceivedAt</c> indexes.
    /// </summary>
    private static async Task<IReadOnlyList<ComplaintRow>> RowsAsync(IQueryable<Complaint> query, CancellationToken cancellationToken, int limit = ListLimit)
    {
        var rows = await query.OrderByDescending(c => c.ReceivedAt).Take(limit)
            .Select(c => new
            {
                c.Id, c.ReceiptNumber, c.ReceivedOn, c.Channel, c.Line, c.PartyName, c.Department, c.State, c.HandlerName, c.UrgeCount,
                c.Outcome, c.OpinionDue, c.AssistDue, c.AssistAnsweredOn,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(c => new ComplaintRow(c.Id, c.ReceiptNumber, c.ReceivedOn, c.Channel, c.Line, c.PartyName, c.Department, c.State, c.HandlerName,
            Complaint.OpenDeadlineOf(c.State, c.Outcome, c.OpinionDue, c.AssistDue, c.AssistAnsweredOn), c.UrgeCount))];
    }

    private static ComplaintRow ToRow(Complaint c) =>
        new(c.Id, c.ReceiptNumber, c.ReceivedOn, c.Channel, c.Line, c.PartyName, c.Department, c.State, c.HandlerName, c.OpenDeadline, c.UrgeCount);
}
