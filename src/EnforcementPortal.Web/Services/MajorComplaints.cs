using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>One row of the major-case list (重大案件).</summary>
public sealed record MajorComplaintRow(Guid Id, string ReceiptNumber, DateOnly ReceivedOn, string PartyName, ComplaintState State, MajorCaseReasons Reasons, DepartmentCode? Lead, IReadOnlyList<DepartmentCode> Participants, DateOnly? FlaggedOn);

/// <summary>
/// 重大案件 (北京市房地产市场动态监管信息平台操作流程 三): the dispatcher or the bureau leader flags a complaint as a major case
/// with its reasons, lead unit and participating departments, in one unit of work, audited; the list shows each user the
/// major cases among the complaints they may see.
/// </summary>
public sealed class MajorComplaints(AppDbContext db, ComplaintAccess access, CurrentUser user, IBureauClock clock, AuditTrail audit)
{
    /// <summary>列为重大案件: the dispatcher (who coordinates) or the bureau leader (whose instruction it may be).</summary>
    public bool MayFlag => access.IsDispatcher || user.IsLeader;

    public async Task<IReadOnlyList<MajorComplaintRow>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await access.Visible(db.Complaints.AsNoTracking())
            .Where(c => c.MajorReasons != MajorCaseReasons.None)
            .OrderByDescending(c => c.ReceivedAt)
            .Select(c => new { c.Id, c.ReceiptNumber, c.ReceivedOn, c.PartyName, c.State, c.MajorReasons, c.MajorLeadDepartment, c.MajorParticipants, c.MajorFlaggedOn })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MajorComplaintRow(r.Id, r.ReceiptNumber, r.ReceivedOn, r.PartyName, r.State, r.MajorReasons, r.MajorLeadDepartment, r.MajorParticipants, r.MajorFlaggedOn))];
    }

    public async Task<StepResult> FlagAsync(Guid id, int version, MajorCaseReasons reasons, DepartmentCode? lead, IReadOnlyCollection<DepartmentCode> participants, CancellationToken cancellationToken)
    {
        var complaint = await access.Visible(db.Complaints).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null || !MayFlag)
        {
            return StepResult.NotFound;
        }

        if (complaint.Version != version)
        {
            return new StepResult(StepOutcome.Conflict, "该投诉已被他人更新，请刷新后重试");
        }

        try
        {
            complaint.FlagMajor(reasons, lead ?? (DepartmentCode)0, participants, user.Actor, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            return StepResult.Refused(refusal.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new StepResult(StepOutcome.Conflict, "该投诉已被他人更新，请刷新后重试");
        }

        await audit.RecordAsync(AuditActions.ComplaintStep, AuditOutcome.Success, complaint.ReceiptNumber, $"重大案件：{MajorCaseNames.Describe(reasons)}");
        return StepResult.Done;
    }
}
