using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>
/// 执法证登记: the certificates of the bureau's staff, their status changes (暂扣 / 收回 / 注销 / 发还, each with its reason
/// and date, kept as history) and the warnings of certificates needing attention. The status lives on the certificate
/// itself, so <see cref="StaffDirectory"/> and the two-officer rule see a change at once.
/// </summary>
public sealed class CertificateRegistry(AppDbContext db, UserManager<AppUser> users, CurrentUser me, IBureauClock clock)
{
    /// <summary>Every active account holding a certificate, optionally of one department, with its standing today.</summary>
    public async Task<CertificateRegistryPage> ListAsync(DepartmentCode? department, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var query = users.Users.AsNoTracking().Where(u => u.Certificate != null);
        if (department is { } d)
        {
            query = query.Where(u => u.Department == d);
        }

        var holders = await query.OrderBy(u => u.Department).ThenBy(u => u.UserName).ToListAsync(cancellationToken);
        var rows = holders.Select(u => new CertificateRow(u.Id, u.FullName, u.Department, u.Certificate!, u.IsActive, CertificateStandings.Of(u.Certificate, today))).ToList();
        return new CertificateRegistryPage(department, rows, today);
    }

    /// <summary>
    /// Certificates needing attention (not 有效, expired, not yet valid, or expiring within 30 days) of active staff:
    /// one department's for its chief, all for the administrator.
    /// </summary>
    public async Task<IReadOnlyList<ExpiringCertificate>> NeedingAttentionAsync(DepartmentCode? department, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var query = users.Users.AsNoTracking().Where(u => u.IsActive && u.Certificate != null);
        if (department is { } d)
        {
            query = query.Where(u => u.Department == d);
        }

        var warnBefore = today.AddDays(Certificate.ExpiryWarningDays);
        var candidates = await query
            .Where(u => u.Certificate!.Status != CertificateStatus.Valid || u.Certificate.ValidTo <= warnBefore || u.Certificate.ValidFrom > today)
            .OrderBy(u => u.Certificate!.ValidTo)
            .ToListAsync(cancellationToken);
        return [.. candidates
            .Where(u => CertificateStatuses.NeedsAttention(u.Certificate!, today))
            .Select(u => new ExpiringCertificate(u.Id, u.FullName, u.Department, u.Certificate!.Number, u.Certificate.ValidTo, u.Certificate.Status))];
    }

    /// <summary>The holder's page: certificate, status history and training records; null when there is no such account.</summary>
    public async Task<CertificateHolderPage?> HolderAsync(Guid id, StatusChangeForm? form, TrainingForm? training, CancellationToken cancellationToken)
    {
        var user = await users.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var history = await db.CertificateStatusChanges.AsNoTracking().Where(c => c.HolderId == id)
            .OrderByDescending(c => c.EffectiveOn).ThenByDescending(c => c.RecordedAt).ToListAsync(cancellationToken);
        var trainings = await db.TrainingRecords.AsNoTracking().Where(t => t.OfficerId == id)
            .OrderByDescending(t => t.TakenOn).ToListAsync(cancellationToken);
        var today = clock.Today;
        return new CertificateHolderPage(
            user.Id,
            user.FullName,
            user.Department,
            user.Certificate,
            CertificateStandings.Of(user.Certificate, today),
            history,
            trainings,
            form ?? new StatusChangeForm { EffectiveOn = today },
            training ?? new TrainingForm { TakenOn = today },
            today);
    }

    /// <summary>Records a status change; the refusal in Chinese, or null when it is saved (one SaveChanges).</summary>
    public async Task<string?> ChangeStatusAsync(Guid id, StatusChangeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user?.Certificate is not { } certificate)
        {
            return "该用户没有登记执法证。";
        }

        var previous = await db.CertificateStatusChanges.Where(c => c.HolderId == id && c.CertificateNumber == certificate.Number)
            .MaxAsync(c => (DateOnly?)c.EffectiveOn, cancellationToken);
        try
        {
            var changed = certificate.ChangeStatus(id, form.To ?? (CertificateStatus)(-1), form.Reason, form.EffectiveOn ?? clock.Today, clock.Today, previous, me.Actor, clock.Now);
            user.Certificate = changed.Certificate;
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            db.CertificateStatusChanges.Add(changed.Change);
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
