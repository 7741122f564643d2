using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Numbering;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Queries;

/// <summary>One row of a case list.</summary>
public sealed record CaseListItem(
    Guid Id,
    string Number,
    DepartmentCode Department,
    Trigger Trigger,
    string PartyName,
    string SiteName,
    CaseState State,
    Determination Determination,
    DateOnly OpenedOn,
    DeadlineKind? OpenDeadlineKind,
    DateOnly? OpenDeadline,
    DateTime CreatedAt,
    LegalReviewSubject? PendingLegalReview = null)
{
    public DeadlineUrgency Urgency(DeadlineWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return window.Of(OpenDeadline);
    }
}

/// <summary>Filters of the case lists; all optional.</summary>
public sealed class CaseFilter
{
    /// <summary>Whether any condition narrows the list (the collapsed filter on a phone says so).</summary>
    public bool IsActive => !string.IsNullOrWhiteSpace(Search) || State is not null || Trigger is not null || Department is not null
        || From is not null || To is not null || Mine || OpenOnly || OverdueOnly;

    public bool Mine { get; set; }

    public CaseState? State { get; set; }

    public Trigger? Trigger { get; set; }

    public DepartmentCode? Department { get; set; }

    /// <summary>Case number or party name (or credit code).</summary>
    public string? Search { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public bool OverdueOnly { get; set; }

    public bool OpenOnly { get; set; }

    /// <summary>Keyset cursor: the last row of the previous page, as "ticks_number" (the 逾期 list: "D{deadline}_{number}").</summary>
    public string? After { get; set; }
}

public sealed record CasePage(IReadOnlyList<CaseListItem> Items, string? NextCursor, int PageSize);

/// <summary>One page of a section of the 法制审核 queue (oldest first) and how many cases the section holds.</summary>
public sealed record LegalReviewQueuePage(IReadOnlyList<CaseListItem> Items, int Total, int Page)
{
    public const int Size = 50;

    public int PageCount => Math.Max(1, (Total + Size - 1) / Size);
}

/// <summary>
/// The read side of the case lists. Queries go through <see cref="AppDbContext.CasesInScope"/>, whose department filter
/// applies (as a plain equality the indexes serve), and page by keyset (created-at, number) so the tenth thousandth page costs what the first does.
/// </summary>
public sealed class CaseQueries(AppDbContext db)
{
    public const int PageSize = 20;

    /// <summary>How many rows each section of the chief's queue shows; the rest are a link away.</summary>
    public const int QueueSize = 20;

    private const string DeadlineCursorPrefix = "D";

    public async Task<CasePage> ListAsync(CaseFilter filter, Guid currentUserId, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var cases = Filter(db.CasesInScope.AsNoTracking(), filter, currentUserId, today);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Last, on the filtered list: on SQLite it counts the term's hits first to choose how the list is read.
            cases = await cases.MatchingAsync(db, filter.Search.Trim(), filter.Department, cancellationToken);
        }

        if (filter.OverdueOnly)
        {
            return await OverduePageAsync(cases, filter.After, cancellationToken);
        }

        if (TryParseCursor(filter.After, out var afterTicks, out var afterNumber))
        {
            var afterAt = new DateTime(afterTicks);
#pragma warning disable CA1309 // EF Core translates only this overload; the database's own collation orders the numbers.
            // The first bound repeats what the OR implies: PostgreSQL starts the index scan at the cursor only from a plain
            // range (without it, a page deep in the list filtered every newer row: docs/benchmarks.md, "Keyset pages on PostgreSQL").
            cases = cases.Where(c => c.CreatedAt <= afterAt && (c.CreatedAt < afterAt || (c.CreatedAt == afterAt && string.Compare(c.Number, afterNumber) < 0)));
#pragma warning restore CA1309
        }

        var rows = await Project(cases.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Number))
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        var next = rows.Count > PageSize ? $"{rows[PageSize - 1].CreatedAt.Ticks}_{rows[PageSize - 1].Number}" : null;
        return new CasePage([.. rows.Take(PageSize)], next, PageSize);
    }

    /// <summary>Transfers waiting for the chief's approval (移交待审批), oldest first: the first <paramref name="take"/>.</summary>
    public Task<List<CaseListItem>> PendingApprovalsAsync(int take, CancellationToken cancellationToken) =>
        Project(db.CasesInScope.AsNoTracking().Where(c => c.State == CaseState.TransferPendingApproval).OrderBy(c => c.CreatedAt)).Take(take).ToListAsync(cancellationToken);

    /// <summary>How many cases of the scope are overdue, counted from the OpenDeadline index alone.</summary>
    public Task<int> OverdueCountAsync(DateOnly today, CancellationToken cancellationToken) =>
        db.CasesInScope.AsNoTracking().CountAsync(c => c.OpenDeadline != null && c.OpenDeadline < today, cancellationToken);

    /// <summary>
    /// The sizes of the chief's queue's sections, each counted from an index alone (the State and the OpenDeadline
    /// indexes cover their conditions), so the queue shows "共 N 项" without reading the cases.
    /// </summary>
    public async Task<QueueCounts> QueueCountsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var cases = db.CasesInScope.AsNoTracking();
        return new QueueCounts(
            await cases.CountAsync(c => c.State == CaseState.TransferPendingApproval, cancellationToken),
            await OverdueCountAsync(today, cancellationToken),
            await cases.CountAsync(c => c.State == CaseState.Transferred, cancellationToken) + await cases.CountAsync(c => c.State == CaseState.AwaitingDisposal, cancellationToken));
    }

    /// <summary>
    /// 法制审核 queue: one page of every department's cases waiting for a legal reviewer's opinion of one kind (移交,
    /// 整改后结案), oldest first, and how many wait — both from the (PendingLegalReview, CreatedAt) index, so the page reads
    /// its own cases only and the count reads no case row, however long the queue grows.
    /// </summary>
    public async Task<LegalReviewQueuePage> AwaitingLegalReviewAsync(LegalReviewSubject subject, int page, CancellationToken cancellationToken)
    {
        var cases = db.CasesInScope.AsNoTracking().Where(c => c.PendingLegalReview == subject);
        var total = await cases.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + LegalReviewQueuePage.Size - 1) / LegalReviewQueuePage.Size));
        var items = await Project(cases.OrderBy(c => c.CreatedAt).Skip((page - 1) * LegalReviewQueuePage.Size).Take(LegalReviewQueuePage.Size)).ToListAsync(cancellationToken);
        return new LegalReviewQueuePage([.. items.OrderBy(c => c.CreatedAt)], total, page);
    }

    /// <summary>Cases whose running deadline has passed, most overdue first (the order of the 逾期 list).</summary>
    public Task<List<CaseListItem>> OverdueAsync(DateOnly today, int take, CancellationToken cancellationToken) =>
        Project(db.CasesInScope.AsNoTracking().Where(c => c.OpenDeadline != null && c.OpenDeadline < today).OrderBy(c => c.OpenDeadline).ThenBy(c => c.Number)).Take(take).ToListAsync(cancellationToken);

    /// <summary>
    /// Transferred cases waiting for the receiving bureau's feedback (立案 or 处置结果), oldest first: one query per state,
    /// each read in order from the (Department,) State, CreatedAt index, merged here — never a sort of all of them.
    /// </summary>
    public async Task<List<CaseListItem>> AwaitingFeedbackAsync(int take, CancellationToken cancellationToken)
    {
        var transferred = await Project(db.CasesInScope.AsNoTracking().Where(c => c.State == CaseState.Transferred).OrderBy(c => c.CreatedAt)).Take(take).ToListAsync(cancellationToken);
        var awaitingDisposal = await Project(db.CasesInScope.AsNoTracking().Where(c => c.State == CaseState.AwaitingDisposal).OrderBy(c => c.CreatedAt)).Take(take).ToListAsync(cancellationToken);
        return [.. transferred.Concat(awaitingDisposal).OrderBy(c => c.CreatedAt).Take(take)];
    }

    /// <summary>
    /// The leader's dashboard: per department, the open, overdue, pending and awaiting cases (all open cases, counted
    /// from the partial index of open cases) and the cases opened this year (the (Year, Department) index) — never a
    /// pass over every case.
    /// </summary>
    public async Task<IReadOnlyList<DepartmentSummary>> SummaryByDepartmentAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var open = await db.CasesInScope.AsNoTracking()
            .Where(c => c.State != CaseState.Ended && c.State != CaseState.Archived)
            .GroupBy(c => c.Department)
            .Select(g => new
            {
                Department = g.Key,
                Open = g.Count(),
                Overdue = g.Count(c => c.OpenDeadline != null && c.OpenDeadline < today),
                PendingApproval = g.Count(c => c.State == CaseState.TransferPendingApproval),
                AwaitingFeedback = g.Count(c => c.State == CaseState.Transferred || c.State == CaseState.AwaitingDisposal),
            })
            .ToDictionaryAsync(r => r.Department, cancellationToken);
        var opened = await OpenedInYearAsync(today.Year, cancellationToken);
        return [.. open.Keys.Union(opened.Keys).Order().Select(d => open.TryGetValue(d, out var o)
            ? new DepartmentSummary(d, o.Open, o.Overdue, o.PendingApproval, o.AwaitingFeedback, opened.GetValueOrDefault(d))
            : new DepartmentSummary(d, 0, 0, 0, 0, opened.GetValueOrDefault(d)))];
    }

    /// <summary>
    /// 本年立案 of each department in scope: the year's case-number counter (<see cref="SequenceAllocator.CaseScope"/>),
    /// which moves in the transaction that saves each case, read by key. Counting the year's cases instead read a whole
    /// year's index entries on every dashboard request (234 000 at a million cases).
    /// </summary>
    public async Task<IReadOnlyDictionary<DepartmentCode, int>> OpenedInYearAsync(int year, CancellationToken cancellationToken)
    {
        var departments = db.VisibleDepartments;
        var scopes = departments.Select(d => SequenceAllocator.CaseScope(d, year)).ToList();
        var counters = await db.NumberSequences.AsNoTracking().Where(s => scopes.Contains(s.Scope))
            .ToDictionaryAsync(s => s.Scope, s => s.LastValue, cancellationToken);
        return departments
            .Where(d => counters.GetValueOrDefault(SequenceAllocator.CaseScope(d, year)) > 0)
            .ToDictionary(d => d, d => counters[SequenceAllocator.CaseScope(d, year)]);
    }

    private static IQueryable<EnforcementCase> Filter(IQueryable<EnforcementCase> cases, CaseFilter filter, Guid currentUserId, DateOnly today)
    {
        if (filter.Mine)
        {
            cases = cases.Where(c => c.CreatedById == currentUserId);
        }

        if (filter.Department is { } department)
        {
            cases = cases.Where(c => c.Department == department);
        }

        if (filter.State is { } state)
        {
            cases = cases.Where(c => c.State == state);
        }

        if (filter.Trigger is { } trigger)
        {
            cases = cases.Where(c => c.Trigger == trigger);
        }

        if (filter.From is { } from)
        {
            cases = cases.Where(c => c.OpenedOn >= from);
        }

        if (filter.To is { } to)
        {
            cases = cases.Where(c => c.OpenedOn <= to);
        }

        if (filter.OverdueOnly)
        {
            cases = cases.Where(c => c.OpenDeadline != null && c.OpenDeadline < today);
        }

        if (filter.OpenOnly)
        {
            cases = cases.Where(c => c.State != CaseState.Ended && c.State != CaseState.Archived);
        }

        return cases;
    }

    private IQueryable<CaseListItem> Project(IQueryable<EnforcementCase> cases) =>
        from c in cases
        join p in db.Parties on c.PartyId equals p.Id
        select new CaseListItem(c.Id, c.Number, c.Department, c.Trigger, p.Name, c.SiteName, c.State, c.Determination, c.OpenedOn, c.OpenDeadlineKind, c.OpenDeadline, c.CreatedAt, c.PendingLegalReview);

    /// <summary>
    /// The 逾期 list: the overdue cases in deadline order — most overdue first, then by case number — read a page at a
    /// time from the (Department,) OpenDeadline, Number index (keyset "D{deadline}_{number}"), so no page sorts the
    /// overdue cases.
    /// </summary>
    private async Task<CasePage> OverduePageAsync(IQueryable<EnforcementCase> cases, string? after, CancellationToken cancellationToken)
    {
        if (TryParseDeadlineCursor(after, out var afterDeadline, out var afterNumber))
        {
#pragma warning disable CA1309 // EF Core translates only this overload; the database's own collation orders the numbers.
            cases = cases.Where(c => c.OpenDeadline >= afterDeadline && (c.OpenDeadline > afterDeadline || string.Compare(c.Number, afterNumber) > 0));
#pragma warning restore CA1309
        }

        var rows = await Project(cases.OrderBy(c => c.OpenDeadline).ThenBy(c => c.Number))
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        var last = rows.Count > PageSize ? rows[PageSize - 1] : null;
        var next = last is { OpenDeadline: { } deadline } ? $"{DeadlineCursorPrefix}{deadline:yyyy-MM-dd}_{last.Number}" : null;
        return new CasePage([.. rows.Take(PageSize)], next, PageSize);
    }

    private static bool TryParseDeadlineCursor(string? cursor, out DateOnly deadline, out string number)
    {
        deadline = default;
        number = string.Empty;
        var separator = cursor?.IndexOf('_', StringComparison.Ordinal) ?? -1;
        if (separator <= DeadlineCursorPrefix.Length || !cursor!.StartsWith(DeadlineCursorPrefix, StringComparison.Ordinal)
            || !DateOnly.TryParseExact(cursor[DeadlineCursorPrefix.Length..separator], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out deadline))
        {
            return false;
        }

        number = cursor[(separator + 1)..];
        return true;
    }

    private static bool TryParseCursor(string? cursor, out long ticks, out string number)
    {
        ticks = 0;
        number = string.Empty;
        var separator = cursor?.IndexOf('_', StringComparison.Ordinal) ?? -1;
        if (separator <= 0 || !long.TryParse(cursor![..separator], System.Globalization.CultureInfo.InvariantCulture, out ticks))
        {
            return false;
        }

        number = cursor[(separator + 1)..];
        return true;
    }
}

/// <summary>How many cases each section of the chief's queue holds (its rows show the first <see cref="CaseQueries.QueueSize"/>).</summary>
public sealed record QueueCounts(int PendingApproval, int Overdue, int AwaitingFeedback);

public sealed record DepartmentSummary(DepartmentCode Department, int Open, int Overdue, int PendingApproval, int AwaitingFeedback, int OpenedThisYear);
