using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>
/// The complaints an enterprise sees and answers on line (北京市房地产市场动态监管信息平台操作流程 二（四）: 各类房地产企业应……3个工作日内
/// 进行网上回复): only those notified to its own party, only as <see cref="ComplaintRedaction.ForEnterprise"/> shows them
/// (never the complainant). Its 情况说明 with files (images or PDF, checked by content and size) is one unit of work:
/// the files are stored, the complaint's step runs, one SaveChanges, and the stored files are removed again if it fails.
/// </summary>
public sealed class EnterpriseComplaints(AppDbContext db, EnterpriseUser enterprise, IBureauClock clock, EvidenceUploads uploads, AuditTrail audit)
{
    /// <summary>The complaints notified to the signed-in enterprise's party; nothing for anyone else.</summary>
    private IQueryable<Complaint> Own => db.Complaints.Where(c => c.EnterprisePartyId == enterprise.PartyId && enterprise.PartyId != Guid.Empty);

    /// <summary>The enterprise's complaints, newest notice first.</summary>
    public async Task<IReadOnlyList<EnterpriseComplaintView>> ListAsync(CancellationToken cancellationToken)
    {
        var complaints = await Own.AsNoTracking().OrderByDescending(c => c.EnterpriseNotifiedOn).ThenBy(c => c.ReceiptNumber).ToListAsync(cancellationToken);
        return [.. complaints.Select(c => ComplaintRedaction.ForEnterprise(c, enterprise.PartyId, clock.Today)).OfType<EnterpriseComplaintView>()];
    }

    /// <summary>One of the enterprise's complaints, or null (another party's complaint is simply not found).</summary>
    public async Task<EnterpriseComplaintPage?> PageAsync(Guid id, CancellationToken cancellationToken)
    {
        var complaint = await Own.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return complaint is not null && ComplaintRedaction.ForEnterprise(complaint, enterprise.PartyId, clock.Today) is { } view
            ? new EnterpriseComplaintPage(view, complaint.Version, clock.Today)
            : null;
    }

    /// <summary>情况说明 on line, with its files, before the deadline.</summary>
    public async Task<ComplaintStepResult> ReplyAsync(Guid id, EnterpriseComplaintReplyForm form, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(files);
        var complaint = await Own.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null)
        {
            return ComplaintStepResult.NotFound;
        }

        if (complaint.Version != form.Version)
        {
            return ComplaintStepResult.Conflict;
        }

        var problems = await ComplaintSteps.CheckAttachmentsAsync(files, cancellationToken);
        if (problems.Count > 0)
        {
            return ComplaintStepResult.Refused(string.Join(" ", problems));
        }

        var actor = await ActorAsync(cancellationToken);
        if (await uploads.StoreOrAuditAsync(files, $"complaint {complaint.ReceiptNumber}", cancellationToken) is not { } stored)
        {
            return ComplaintStepResult.Refused(CaseSteps.FileStoreFailedMessage);
        }

        var before = complaint.Events.Count;
        try
        {
            var attachments = stored.Select(s => new ComplaintAttachment(Guid.NewGuid(), s.FileName, s.ContentType, s.Length, s.Sha256, s.StorageKey, fromEnterprise: true)).ToList();
            complaint.ReplyAsEnterprise(enterprise.PartyId, form.Content ?? string.Empty, attachments, actor, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refusal)
        {
            await DiscardAsync(stored);
            return ComplaintStepResult.Refused(refusal.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            await DiscardAsync(stored);
            return ComplaintStepResult.Conflict;
        }
        catch (DbUpdateException)
        {
            await DiscardAsync(stored);
            await audit.RecordAsync(AuditActions.StepFailed, AuditOutcome.Failure, complaint.ReceiptNumber, "数据库保存失败，已回滚");
            return ComplaintStepResult.Refused(CaseSteps.SaveFailedMessage);
        }

        await audit.RecordAsync(AuditActions.ComplaintStep, AuditOutcome.Success, complaint.ReceiptNumber, string.Join("；", complaint.Events.Skip(before).Select(e => e.Summary)));
        return ComplaintStepResult.Done;
    }

    private async Task<Actor> ActorAsync(CancellationToken cancellationToken)
    {
        var name = await db.Parties.AsNoTracking().Where(p => p.Id == enterprise.PartyId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) ?? enterprise.UserName;
        const string suffix = "（企业网上提交）";
        var room = Complaint.ActorNameMaxLength - suffix.Length;
        return new Actor(enterprise.UserId, (name.Length > room ? name[..room] : name) + suffix);
    }

    private Task DiscardAsync(IReadOnlyList<StoredUpload> stored)
    {
        db.ChangeTracker.Clear();
        return uploads.DiscardAsync(stored, CancellationToken.None);
    }
}
