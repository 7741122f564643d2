using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Queries;

/// <summary>A typical case (典型案例) as the monthly report lists it.</summary>
public sealed record TypicalCaseRow(
    Guid Id,
    DepartmentCode Department,
    Guid CaseId,
    string CaseNumber,
    string PartyName,
    string SiteName,
    CaseState State,
    string Summary,
    string ChosenByName,
    DateTime ChosenAt);

/// <summary>A case the chief may choose as typical for a month.</summary>
public sealed record TypicalCaseOption(Guid CaseId, string CaseNumber, string PartyName, string SiteName);

/// <summary>
/// The typical cases of the monthly report and the cases a chief may choose from: those of the department with a
/// step on their timeline in the month, or opened in it.
/// </summary>
public sealed class TypicalCaseQueries(AppDbContext db)
{
    private const int MaxOptions = 300;

    public async Task<IReadOnlyList<TypicalCaseRow>> ChosenAsync(IReadOnlyCollection<DepartmentCode> departments, ReportMonth month, CancellationToken cancellationToken) =>
        await (
            from t in db.Set<TypicalCase>().AsNoTracking()
            where departments.Contains(t.Department) && t.Year == month.Year && t.Month == month.Month
            join c in db.Cases on t.CaseId equals c.Id
            join p in db.Parties on c.PartyId equals p.Id
            orderby t.Department, t.ChosenAt
            select new TypicalCaseRow(t.Id, t.Department, t.CaseId, t.CaseNumber, p.Name, c.SiteName, c.State, t.Summary, t.ChosenByName, t.ChosenAt))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<TypicalCaseOption>> OptionsAsync(DepartmentCode department, ReportMonth month, CancellationToken cancellationToken) =>
        await (
            from c in ActiveIn(department, month)
            join p in db.Parties on c.PartyId equals p.Id
            orderby c.Year, c.Sequence
            select new TypicalCaseOption(c.Id, c.Number, p.Name, c.SiteName))
            .Take(MaxOptions)
            .ToListAsync(cancellationToken);

    /// <summary>The case as <see cref="TypicalCase.Choose"/> needs it, or null when it is not the department's.</summary>
    public async Task<TypicalCaseCandidate?> CandidateAsync(DepartmentCode department, ReportMonth month, Guid caseId, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking()
            .Where(c => c.Id == caseId && c.Department == department)
            .Select(c => new { c.Id, c.Number })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var active = await ActiveIn(department, month).AnyAsync(c => c.Id == caseId, cancellationToken);
        return new TypicalCaseCandidate(found.Id, found.Number, department, active);
    }

    public async Task<IReadOnlyList<Guid>> ChosenCaseIdsAsync(DepartmentCode department, ReportMonth month, CancellationToken cancellationToken) =>
        await db.Set<TypicalCase>().AsNoTracking()
            .Where(t => t.Department == department && t.Year == month.Year && t.Month == month.Month)
            .Select(t => t.CaseId)
            .ToListAsync(cancellationToken);

    private IQueryable<EnforcementCase> ActiveIn(DepartmentCode department, ReportMonth month)
    {
        var (start, end) = (month.Start, month.End);
        var (first, endExclusive) = (month.FirstDay, month.EndExclusive);
        return db.Cases.AsNoTracking()
            .Where(c => c.Department == department
                && ((c.OpenedOn >= first && c.OpenedOn < endExclusive) || c.Events.Any(e => e.OccurredAt >= start && e.OccurredAt < end)));
    }
}
