using System.Globalization;
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

/// <summary>The lists of the complaint desk, in the order the desk shows them.</summary>
public enum ComplaintList
{
    /// <summary>待分派: received or returned, waiting for the dispatcher.</summary>
    ToRoute,

    /// <summary>待受理: routed to the user's department.</summary>
    ToAccept,

    /// <summary>我经办的: the user's open complaints.</summary>
    Mine,

    /// <summary>待科长审批: return, refusal or extension requests in the chief's department.</summary>
    PendingDecisions,

    /// <summary>逾期未办: the opinion or the assisting unit's answer is late; most overdue first.</summary>
    Overdue,

    /// <summary>办结待回访: closed, no 回访 recorded yet.</summary>
    ToVisit,

    /// <summary>最近的投诉: every complaint the user sees.</summary>
    Recent,
}

/// <summary>One section of the desk: its first rows and how many complaints it holds in all.</summary>
public sealed record ComplaintDeskSection(ComplaintList List, IReadOnlyList<ComplaintRow> Rows, int Count);

/// <summary>The sections of the complaint desk the user sees, each limited to what the user may see (<see cref="ComplaintAccess"/>).</summary>
public sealed record ComplaintDesk(IReadOnlyList<ComplaintDeskSection> Sections, DateOnly Today);

/// <summary>One page of a desk list; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record ComplaintListPage(ComplaintList List, IReadOnlyList<ComplaintRow> Rows, int Count, string? NextCursor, bool IsFirst, DateOnly Today);

/// <summary>
/// Read-only complaint lists and look-ups. Each desk list is the union of a few disjoint sources; each source is read in
/// the list's order from an index that matches its condition and its order (ComplaintConfiguration, IX_Complaints_Desk_*),
/// a page at a time by keyset, and counted from that index alone: a page costs the same at 400 complaints or 40 000, and
/// a count reads index entries only.
/// </summary>
public sealed class ComplaintQueries(AppDbContext db, ComplaintAccess access, CurrentUser user, IConfiguration configuration)
{
    /// <summary>How many rows each desk section shows; the rest are a link away.</summary>
    public const int DeskSize = 20;

    /// <summary>Rows per page of a full list.</summary>
    public const int PageSize = 50;

    private const int ListLimit = 200;

    private const string DeadlineCursorPrefix = "D";

    public int DuplicateWindowDays => configuration.GetValue("Complaints:DuplicateWindowDays", DuplicateMatching.DefaultWindowDays);

    /// <summary>The lists this user sees on the desk, in display order.</summary>
    public IReadOnlyList<ComplaintList> ListsOfUser()
    {
        var lists = new List<ComplaintList>();
        if (access.IsDispatcher)
        {
            lists.Add(ComplaintList.ToRoute);
        }

        if (user.CanActOnCases)
        {
            lists.Add(ComplaintList.ToAccept);
            lists.Add(ComplaintList.Mine);
        }

        if (user.IsChief)
        {
            lists.Add(ComplaintList.PendingDecisions);
        }

        lists.Add(ComplaintList.Overdue);
        if (access.IsDispatcher)
        {
            lists.Add(ComplaintList.ToVisit);
        }

        lists.Add(ComplaintList.Recent);
        return lists;
    }

    public async Task<ComplaintDesk> DeskAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var sections = new List<ComplaintDeskSection>();
        foreach (var list in ListsOfUser())
        {
            var sources = SourcesOf(list, today);
            var (rows, _) = await PageOfAsync(sources, null, DeskSize, cancellationToken);
            sections.Add(new ComplaintDeskSection(list, rows, await CountAsync(sources, cancellationToken)));
        }

        return new ComplaintDesk(sections, today);
    }

    /// <summary>A page of a desk list after <paramref name="after"/> (the cursor of the previous page); null if the user does not see the list.</summary>
    public async Task<ComplaintListPage?> ListAsync(ComplaintList list, string? after, DateOnly today, CancellationToken cancellationToken)
    {
        if (!ListsOfUser().Contains(list))
        {
            return null;
        }

        var sources = SourcesOf(list, today);
        var cursor = Cursor.Parse(after, list == ComplaintList.Overdue);
        var (rows, next) = await PageOfAsync(sources, cursor, PageSize, cancellationToken);
        return new ComplaintListPage(list, rows, await CountAsync(sources, cancellationToken), next, cursor is null, today);
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

    /// <summary>
    /// The disjoint sources of a list. A source is one condition an index serves in the list's order: a list over several
    /// states reads one state at a time (an IN or an OR of states would be sorted in a temporary B-tree).
    /// </summary>
    private List<Source> SourcesOf(ComplaintList list, DateOnly today)
    {
        var visible = access.Visible(db.Complaints.AsNoTracking());
        var me = user.Id;
        var department = user.Department;
        return list switch
        {
            ComplaintList.ToRoute =>
            [
                new(visible.Where(c => c.State == ComplaintState.Received)),
                new(visible.Where(c => c.State == ComplaintState.Returned)),
            ],
            ComplaintList.ToAccept => [new(visible.Where(c => c.Department == department && c.State == ComplaintState.Routed))],
            ComplaintList.PendingDecisions =>
            [
                new(visible.Where(c => c.Department == department && c.State == ComplaintState.ReturnPending)),
                new(visible.Where(c => c.Department == department && c.State == ComplaintState.RefusalPending)),
                new(visible.Where(c => c.Department == department && c.PendingExtensionDays != null && c.State != ComplaintState.ReturnPending && c.State != ComplaintState.RefusalPending), KeysFirst: true),
            ],
            ComplaintList.Mine => [new(visible.Where(c => c.Department == department && c.HandlerId == me && c.State != ComplaintState.Closed && c.State != ComplaintState.Refused))],
            ComplaintList.Overdue =>
            [
                new(visible.Where(c => c.State == ComplaintState.Accepted && c.OpinionDue < today), DueColumn.Opinion),
                new(visible.Where(c => c.State == ComplaintState.Handling && c.OpinionDue < today), DueColumn.Opinion),
                new(visible.Where(c => c.State == ComplaintState.Answered && c.Outcome == ComplaintOutcome.AssistRequest && c.AssistAnsweredOn == null && c.AssistDue < today), DueColumn.Assist),
            ],
            ComplaintList.ToVisit => [new(visible.Where(c => c.State == ComplaintState.Closed && c.Visit == null))],
            _ => [new(visible)],
        };
    }

    private static async Task<int> CountAsync(List<Source> sources, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var source in sources)
        {
            count += await source.Rows.CountAsync(cancellationToken);
        }

        return count;
    }

    /// <summary>
    /// The first <paramref name="size"/> rows after the cursor: at most <paramref name="size"/> + 1 from each source, merged
    /// here in the list's order; the cursor of the next page is the last row shown.
    /// </summary>
    private async Task<(IReadOnlyList<ComplaintRow> Rows, string? Next)> PageOfAsync(List<Source> sources, Cursor? after, int size, CancellationToken cancellationToken)
    {
        var read = new List<DeskRow>();
        foreach (var source in sources)
        {
            read.AddRange(await ReadAsync(source, after, size + 1, cancellationToken));
        }

        var byDeadline = sources[0].Due != DueColumn.None;
        var ordered = byDeadline
            ? read.OrderBy(r => r.SortDue).ThenBy(r => r.Row.ReceiptNumber, StringComparer.Ordinal)
            : read.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Row.ReceiptNumber, StringComparer.Ordinal);
        var page = ordered.Take(size + 1).ToList();
        var next = page.Count > size ? Cursor.Of(page[size - 1], byDeadline) : null;
        return ([.. page.Take(size).Select(r => r.Row)], next);
    }

#pragma warning disable CA1309 // EF Core translates only this overload; the database's own collation orders the receipt numbers.
    private async Task<List<DeskRow>> ReadAsync(Source source, Cursor? after, int take, CancellationToken cancellationToken)
    {
        var rows = source.Rows;
        switch (source.Due)
        {
            case DueColumn.Opinion:
                if (after is { Due: { } opinionDue, Number: var opinionNumber })
                {
                    rows = rows.Where(c => c.OpinionDue >= opinionDue && (c.OpinionDue > opinionDue || string.Compare(c.ReceiptNumber, opinionNumber) > 0));
                }

                rows = rows.OrderBy(c => c.OpinionDue).ThenBy(c => c.ReceiptNumber);
                break;
            case DueColumn.Assist:
                if (after is { Due: { } assistDue, Number: var assistNumber })
                {
                    rows = rows.Where(c => c.AssistDue >= assistDue && (c.AssistDue > assistDue || string.Compare(c.ReceiptNumber, assistNumber) > 0));
                }

                rows = rows.OrderBy(c => c.AssistDue).ThenBy(c => c.ReceiptNumber);
                break;
            default:
                if (after is { At: { } at, Number: var number })
                {
                    rows = rows.Where(c => c.ReceivedAt <= at && (c.ReceivedAt < at || string.Compare(c.ReceiptNumber, number) < 0));
                }

                rows = rows.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.ReceiptNumber);
                break;
        }

        if (source.KeysFirst)
        {
            // The page's keys from the source's small partial index alone (SQLite, which keeps no statistics, would
            // otherwise walk the department's list index, as cheap on paper), then those complaints by their key.
            var keys = await rows.Take(take).Select(c => c.Id).ToListAsync(cancellationToken);
            if (keys.Count == 0)
            {
                return [];
            }

            rows = db.Complaints.AsNoTracking().Where(c => keys.Contains(c.Id));
        }
        else
        {
            rows = rows.Take(take);
        }

        var read = await rows
            .Select(c => new
            {
                c.Id, c.ReceiptNumber, c.ReceivedOn, c.ReceivedAt, c.Channel, c.Line, c.PartyName, c.Department, c.State, c.HandlerName, c.UrgeCount,
                c.Outcome, c.OpinionDue, c.AssistDue, c.AssistAnsweredOn,
            })
            .ToListAsync(cancellationToken);
        return [.. read.Select(c => new DeskRow(
            new ComplaintRow(c.Id, c.ReceiptNumber, c.ReceivedOn, c.Channel, c.Line, c.PartyName, c.Department, c.State, c.HandlerName,
                Complaint.OpenDeadlineOf(c.State, c.Outcome, c.OpinionDue, c.AssistDue, c.AssistAnsweredOn), c.UrgeCount),
            c.ReceivedAt,
            source.Due == DueColumn.Assist ? c.AssistDue : c.OpinionDue))];
    }
#pragma warning restore CA1309

    private static ComplaintRow ToRow(Complaint c) =>
        new(c.Id, c.ReceiptNumber, c.ReceivedOn, c.Channel, c.Line, c.PartyName, c.Department, c.State, c.HandlerName, c.OpenDeadline, c.UrgeCount);

    /// <summary>Which deadline orders a source: none (newest first), the opinion's or the assisting unit's (most overdue first).</summary>
    private enum DueColumn
    {
        None,
        Opinion,
        Assist,
    }

    /// <param name="KeysFirst">Read the page's keys first, then the rows (for a source whose index is a small partial one).</param>
    private sealed record Source(IQueryable<Complaint> Rows, DueColumn Due = DueColumn.None, bool KeysFirst = false);

    private sealed record DeskRow(ComplaintRow Row, DateTime ReceivedAt, DateOnly? SortDue);

    /// <summary>Keyset cursor: the last row of the previous page, as "ticks_receipt" (the overdue list: "D{deadline}_receipt").</summary>
    private sealed record Cursor(DateTime? At, DateOnly? Due, string Number)
    {
        public static Cursor? Parse(string? text, bool byDeadline)
        {
            var separator = text?.IndexOf('_', StringComparison.Ordinal) ?? -1;
            if (separator <= 0 || separator == text!.Length - 1)
            {
                return null;
            }

            var number = text[(separator + 1)..];
            if (byDeadline)
            {
                return text.StartsWith(DeadlineCursorPrefix, StringComparison.Ordinal)
                    && DateOnly.TryParseExact(text[DeadlineCursorPrefix.Length..separator], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
                    ? new Cursor(null, due, number)
                    : null;
            }

            return long.TryParse(text[..separator], CultureInfo.InvariantCulture, out var ticks) && ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks
                ? new Cursor(new DateTime(ticks), null, number)
                : null;
        }

        public static string Of(DeskRow row, bool byDeadline) =>
            byDeadline
                ? string.Create(CultureInfo.InvariantCulture, $"{DeadlineCursorPrefix}{row.SortDue:yyyy-MM-dd}_{row.Row.ReceiptNumber}")
                : string.Create(CultureInfo.InvariantCulture, $"{row.ReceivedAt.Ticks}_{row.Row.ReceiptNumber}");
    }
}
