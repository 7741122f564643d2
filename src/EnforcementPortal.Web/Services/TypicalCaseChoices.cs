using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Queries;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>The outcome of choosing a 典型案例: the case number chosen, no such candidate, or the Chinese reason it was refused.</summary>
public sealed record TypicalCaseChoice(bool CandidateFound, string? CaseNumber, string? Refusal)
{
    public bool Succeeded => CandidateFound && Refusal is null;
}

/// <summary>
/// 典型案例 of the monthly report: the chief (or a bureau leader) lists cases active in the month, each once, at most
/// five (<see cref="TypicalCase.Choose"/>), and may take one off the list again.
/// </summary>
public sealed class TypicalCaseChoices(AppDbContext db, TypicalCaseQueries typicalCases)
{
    public async Task<TypicalCaseChoice> ChooseAsync(DepartmentCode department, ReportMonth month, Guid caseId, string? summary, Actor actor, DateTime at, CancellationToken cancellationToken)
    {
        var candidate = await typicalCases.CandidateAsync(department, month, caseId, cancellationToken);
        if (candidate is null)
        {
            return new TypicalCaseChoice(false, null, null);
        }

        try
        {
            var chosen = await typicalCases.ChosenCaseIdsAsync(department, month, cancellationToken);
            db.Add(TypicalCase.Choose(month, candidate, chosen, summary, actor, at));
            await db.SaveChangesAsync(cancellationToken);
            return new TypicalCaseChoice(true, candidate.CaseNumber, null);
        }
        catch (DomainException ex)
        {
            return new TypicalCaseChoice(true, candidate.CaseNumber, ex.Message);
        }
        catch (DbUpdateException)
        {
            return new TypicalCaseChoice(true, candidate.CaseNumber, "该案件刚刚已被他人列为本月典型案例，请刷新页面。");
        }
    }

    /// <summary>Takes a case off the month's list; null when the month has no such entry.</summary>
    public async Task<TypicalCase?> RemoveAsync(DepartmentCode department, ReportMonth month, Guid id, CancellationToken cancellationToken)
    {
        var typical = await db.Set<TypicalCase>()
            .FirstOrDefaultAsync(t => t.Id == id && t.Department == department && t.Year == month.Year && t.Month == month.Month, cancellationToken);
        if (typical is null)
        {
            return null;
        }

        db.Remove(typical);
        await db.SaveChangesAsync(cancellationToken);
        return typical;
    }
}
