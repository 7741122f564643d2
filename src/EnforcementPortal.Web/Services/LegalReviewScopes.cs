using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>
/// 法制审核范围: which decisions of each department need a legal review (every transfer; optionally a serious finding's
/// closing), kept by the administrator; read when a case is opened. Also the penalty matters a finding may be linked
/// to on 新建检查 (不得以责令改正代替行政处罚).
/// </summary>
public sealed class LegalReviewScopes(AppDbContext db, CurrentUser user, IBureauClock clock)
{
    public async Task<IReadOnlyList<LegalReviewScope>> ListAsync(CancellationToken cancellationToken)
    {
        var stored = await db.LegalReviewScopes.AsNoTracking().ToListAsync(cancellationToken);
        return [.. Enum.GetValues<DepartmentCode>().Select(d => stored.FirstOrDefault(s => s.Department == d) ?? new LegalReviewScope(d))];
    }

    /// <summary>Whether a serious finding of <paramref name="department"/> is reviewed before its case is closed.</summary>
    public Task<bool> SeriousFindingsNeedReviewAsync(DepartmentCode department, CancellationToken cancellationToken) =>
        db.LegalReviewScopes.AsNoTracking().AnyAsync(s => s.Department == department && s.SeriousFindings, cancellationToken);

    /// <summary>Saves the administrator's change; null when saved, else the Chinese reason it was refused.</summary>
    public async Task<string?> ChangeAsync(DepartmentCode department, bool transfers, bool seriousFindings, CancellationToken cancellationToken)
    {
        var scope = await db.LegalReviewScopes.FirstOrDefaultAsync(s => s.Department == department, cancellationToken);
        if (scope is null)
        {
            scope = new LegalReviewScope(department);
            db.LegalReviewScopes.Add(scope);
        }

        try
        {
            scope.Change(transfers, seriousFindings, user.Actor, clock.Now);
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            return refusal.Message;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The department's penalty matters in force on <paramref name="day"/>, which a finding may be linked to.</summary>
    public async Task<IReadOnlyList<PenaltyMatter>> LinkableMattersAsync(DepartmentCode department, DateOnly day, CancellationToken cancellationToken)
    {
        var all = await db.PenaltyMatters.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync(cancellationToken);
        return [.. all.Where(m => m.AppliesTo(department) && m.IsInForce(day))];
    }
}
