using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Persistence;
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

    /// <summary>Keyset cursor: the last row of the previous page, as "ticks_number".</summary>
    public string? After { get; set; }
}

public sealed record CasePage(IReadOnlyList<CaseListItem> Items, string? NextCursor, int PageSize);

/// <summary>
/// The read side of the case lists. Queries go through <see cref="AppDbContext.CasesInScope"/>, whose department filter
/// applies (as a plain equality the indexes serve), and page by keyset (created-at, number) so the tenth thousandth page costs what the first does.
/// </summary>
public sealed class CaseQueries(AppDbContext db)
{
    public const int PageSize = 20;

    public async Task<CasePage> ListAsync(CaseFilter filter, Guid currentUserId, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var cases = Filter(db.CasesInScope.AsNoTracking(), filter, currentUserId, today);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Last, on the filtered list: on SQLite it counts the term's hits first to choose how the list is read.
            cases = await cases.MatchingAsync(db, filter.Search.Trim(), filter.Department, cancellationToken);
        }

        if (TryParseCursor(filter.After, out var afterTicks, out var afterNumber))
        {
            var afterAt = new DateTime(afterTicks);
#pragma warning disable CA1309 // EF Core translates only this overload; the database's own collation orders the numbers.
            cases = cases.Where(c => c.CreatedAt < afterAt || (c.CreatedAt == afterAt && string.Compare(c.Number, afterNumber) < 0));
#pragma warning restore CA1309
        }

        var rows = await Project(cases.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Number))
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        var next = rows.Count > PageSize ? $"{rows[PageSize - 1].CreatedAt.Ticks}_{rows[PageSize - 1].Number}" : null;
        return new CasePage([.. rows.Take(PageSize)], next, PageSize);
    }

    /// <summary>Transfers waiting for the chief's approval (移交待审批), oldest first.</summary>
    public Task<List<CaseListItem>> PendingApprovalsAsync(CancellationToken cancellationToken) =>
        Project(db.CasesInScope.AsNoTracking().Where(c => c.State == CaseState.TransferPendingApproval).OrderBy(c => c.CreatedAt)).ToListAsync(cancellationToken);

    /// <summary>法制审核 queue: every department's cases waiting for a legal reviewer's opinion (移交, 整改后结案), oldest first.</summary>
    public Task<List<CaseListItem>> AwaitingLegalReviewAsync(LegalReviewSubject subject, CancellationToken cancellationToken) =>
        Project(db.CasesInScope.AsNoTracking().Where(c => c.PendingLegalReview == subject).OrderBy(c => c.CreatedAt)).ToListAsync(cancellationToken);

    /// <summary>Cases whose running deadline has passed, most overdue first.</summary>
    public Task<List<CaseListItem>> OverdueAsync(DateOnly today, int take, CancellationToken cancellationToken) =>
        Project(db.CasesInScope.AsNoTracking().Where(c => c.OpenDeadline != null && c.OpenDeadline < today).OrderBy(c => c.OpenDeadline)).Take(take).ToListAsync(cancellationToken);

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
        var opened = await db.CasesInScope.AsNoTracking()
            .Where(c => c.Year == today.Year)
            .GroupBy(c => c.Department)
            .Select(g => new { Department = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.Department, r => r.Count, cancellationToken);
        return [.. open.Keys.Union(opened.Keys).Order().Select(d => open.TryGetValue(d, out var o)
            ? new DepartmentSummary(d, o.Open, o.Overdue, o.PendingApproval, o.AwaitingFeedback, opened.GetValueOrDefault(d))
            : new DepartmentSummary(d, 0, 0, 0, 0, opened.GetValueOrDefault(d)))];
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

public sealed record DepartmentSummary(DepartmentCode Department, int Open, int Overdue, int PendingApproval, int AwaitingFeedback, int OpenedThisYear);
