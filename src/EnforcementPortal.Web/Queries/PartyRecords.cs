using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Queries;

/// <summary>One violation (finding) on the party page. <see cref="CaseId"/> is set only when the reader may open the case.</summary>
public sealed record PartyViolationRow(int Year, DepartmentCode Department, DateOnly FoundOn, string? CaseNumber, Guid? CaseId, int Number, string Description, FindingSeverity Severity, PartyFinding? RepeatOf);

/// <summary>The party page: the party, its grade with the facts behind it, and its violations across departments and years.</summary>
public sealed record PartyPage(ResponsibleParty Party, CreditAssessment Assessment, IReadOnlyList<PartyViolationRow> Violations, int RepeatWindowDays, DateOnly Today);

/// <summary>
/// A party's history across departments, for its credit grade (建法〔2025〕40号 (二)) and repeat detection. The grade reads
/// every department's cases (the department filter is ignored on purpose, as the grade is bureau-wide); what the page
/// shows of another department's case is the department, date, severity and the finding, never its number or a link,
/// and nothing of complaints or complainants.
/// </summary>
public sealed class PartyRecords(AppDbContext db, CurrentUser user, IConfiguration configuration)
{
    public int RepeatWindowDays => Math.Max(1, configuration.GetValue("CreditGrading:RepeatWindowDays", RepeatViolations.DefaultWindowDays));

    /// <summary>The party page, or null when the party does not exist or has no case the reader may see.</summary>
    public async Task<PartyPage?> PageAsync(Guid partyId, DateOnly today, CancellationToken cancellationToken)
    {
        var party = await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partyId, cancellationToken);
        if (party is null || !await db.Cases.AnyAsync(c => c.PartyId == partyId, cancellationToken))
        {
            return null;
        }

        var history = await HistoryAsync(partyId, cancellationToken);
        var repeats = RepeatViolations.Find([.. history.SelectMany(h => h.Findings)], RepeatWindowDays);
        var assessment = CreditGrading.Assess(Records(history, repeats), today);
        var visible = user.IsLeader || user.IsInRole(Domain.Staff.StaffRoles.LegalReviewer);
        var rows = history.SelectMany(h => h.Findings.Select(f =>
            {
                var mine = visible || h.Department == user.Department;
                var repeat = repeats.FirstOrDefault(r => r.Finding == f)?.Earlier;
                return new PartyViolationRow(f.FoundOn.Year, h.Department, f.FoundOn, mine ? h.Number : null, mine ? h.Id : null, f.Number, f.Description, f.Severity, repeat is not null && (visible || repeat.Department == user.Department) ? repeat : null);
            }))
            .OrderByDescending(r => r.FoundOn).ThenBy(r => r.Department).ThenBy(r => r.Number)
            .ToList();
        return new PartyPage(party, assessment, rows, RepeatWindowDays, today);
    }

    /// <summary>
    /// The findings of this case that repeat an earlier finding of the same kind of the same party within the window, by
    /// finding number. Same kind is the same checklist item code in any department, or a similar description in the same
    /// department; the page names another department's earlier case by its department and date only.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, PartyFinding>> RepeatsInCaseAsync(EnforcementCase enforcementCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enforcementCase);
        if (enforcementCase.Findings.Count == 0)
        {
            return new Dictionary<int, PartyFinding>();
        }

        var history = await HistoryAsync(enforcementCase.PartyId, cancellationToken);
        var repeats = RepeatViolations.Find([.. history.SelectMany(h => h.Findings)], RepeatWindowDays);
        return repeats.Where(r => r.Finding.CaseId == enforcementCase.Id).ToDictionary(r => r.Finding.Number, r => r.Earlier);
    }

    private static IEnumerable<PartyCaseRecord> Records(IReadOnlyList<CaseHistory> history, IReadOnlyList<RepeatMatch> repeats) =>
        history.Select(h => new PartyCaseRecord(
            h.Id,
            h.Department,
            h.Number,
            h.OpenedOn,
            h.Findings.Count(f => f.Severity == FindingSeverity.General),
            h.Findings.Count(f => f.Severity == FindingSeverity.Serious),
            h.Uncooperative,
            h.Transferred,
            repeats.Count(r => r.Finding.CaseId == h.Id)));

    /// <summary>
    /// 信用风险等级 of many parties at once (for the plan view and the 双随机 draw): one read of their cases in every
    /// department, the same rule as the party page. A party without cases is A.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, CreditAssessment>> AssessManyAsync(IReadOnlyCollection<Guid> partyIds, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partyIds);
        var ids = partyIds.Distinct().ToList();
        var history = await HistoryAsync(db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.PartyId)), cancellationToken);
        var byParty = history.ToLookup(h => h.PartyId);
        return ids.ToDictionary(id => id, id =>
        {
            var own = byParty[id].ToList();
            var repeats = RepeatViolations.Find([.. own.SelectMany(h => h.Findings)], RepeatWindowDays);
            return CreditGrading.Assess(Records(own, repeats), today);
        });
    }

    /// <summary>The party's cases with their findings, read through the PartyId index, in every department.</summary>
    private Task<IReadOnlyList<CaseHistory>> HistoryAsync(Guid partyId, CancellationToken cancellationToken) =>
        HistoryAsync(db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => c.PartyId == partyId), cancellationToken);

    private static async Task<IReadOnlyList<CaseHistory>> HistoryAsync(IQueryable<EnforcementCase> cases, CancellationToken cancellationToken)
    {
        var rows = await cases.Select(c => new
        {
            c.Id,
            c.PartyId,
            c.Number,
            c.Department,
            c.OpenedOn,
            Findings = c.Findings.Select(f => new { f.Number, f.Description, f.Severity, f.ChecklistItemCode }).ToList(),
            Uncooperative = c.Replies.Any(r => r.IsFailureToReply)
                || c.Reviews.Any(r => r.Outcome == ReviewOutcome.NotCooperating)
                || c.Interviews.Any(i => i.Outcome == InterviewOutcome.Refused),
            Transferred = c.Transfers.Any(t => t.Status == TransferStatus.Approved),
        }).AsSplitQuery().ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CaseHistory(r.Id, r.PartyId, r.Number, r.Department, r.OpenedOn, r.Uncooperative, r.Transferred,
            [.. r.Findings.OrderBy(f => f.Number).Select(f => new PartyFinding(r.Id, r.Number, r.Department, r.OpenedOn, f.Number, f.Description, f.Severity, f.ChecklistItemCode))]))];
    }

    private sealed record CaseHistory(Guid Id, Guid PartyId, string Number, DepartmentCode Department, DateOnly OpenedOn, bool Uncooperative, bool Transferred, IReadOnlyList<PartyFinding> Findings);
}
