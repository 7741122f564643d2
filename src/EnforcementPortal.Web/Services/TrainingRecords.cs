using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>培训记录 (岗前/在岗, 建法〔2025〕40号 (六)) per officer, and the yearly summary per department computed from them.</summary>
public sealed class TrainingRecords(AppDbContext db, UserManager<AppUser> users, CurrentUser me, IBureauClock clock)
{
    /// <summary>Records a training of the officer under their department; the refusal in Chinese, or null when saved.</summary>
    public async Task<string?> AddAsync(Guid officerId, TrainingForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var officer = await users.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == officerId, cancellationToken);
        if (officer is null)
        {
            return "没有该用户。";
        }

        try
        {
            db.TrainingRecords.Add(TrainingRecord.Record(officerId, officer.Department, form.Kind ?? (TrainingKind)(-1), form.Subject, form.TakenOn ?? clock.Today, form.Hours ?? 0, clock.Today, me.Actor, clock.Now));
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The year's summary per department, over the active staff holding a certificate today.</summary>
    public async Task<TrainingSummaryPage> SummaryAsync(int year, CancellationToken cancellationToken)
    {
        var officers = await users.Users.AsNoTracking().Where(u => u.IsActive && u.Certificate != null)
            .Select(u => new TrainedOfficer(u.Id, u.Department)).ToListAsync(cancellationToken);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var records = await db.TrainingRecords.AsNoTracking().Where(t => t.TakenOn >= from && t.TakenOn <= to).ToListAsync(cancellationToken);
        return new TrainingSummaryPage(year, TrainingSummary.Of(year, officers, records), records.Count);
    }
}
