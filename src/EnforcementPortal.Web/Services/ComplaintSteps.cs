using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Complaints;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>The receipt a complainant takes away: the number and the private query code (shown once, never stored).</summary>
public sealed record ComplaintReceipt(string ReceiptNumber, string QueryCode);

/// <summary>The outcome of a complaint step: done, refused with a Chinese reason, not found (or not visible) or stale.</summary>
public sealed record ComplaintStepResult(StepOutcome Outcome, string? Message = null)
{
    public static readonly ComplaintStepResult Done = new(StepOutcome.Done);
    public static readonly ComplaintStepResult NotFound = new(StepOutcome.NotFound);
    public static readonly ComplaintStepResult Conflict = new(StepOutcome.Conflict, "该投诉已被他人更新，请刷新后重试。");

    public static ComplaintStepResult Refused(string message) => new(StepOutcome.Refused, message);
}

/// <summary>The revealed identity of a complainant (for those who may see it; every call is audited).</summary>
public sealed record ComplainantIdentity(string? Name, string? Phone);

/// <summary>
/// The complaint's use cases (投诉举报), one named method per step. Each runs as one unit of work: the complaint is loaded,
/// the user's right to this step on this complaint and the version they saw are checked, the domain step runs, one
/// SaveChanges writes it and its timeline, and the step is audited. Refusals come back as Chinese messages.
/// </summary>
public sealed class ComplaintSteps(
    AppDbContext db,
    SequenceAllocator numbers,
    ComplainantProtection protection,
    EvidenceUploads uploads,
    IWorkingDayCalendarProvider calendars,
    IBureauClock clock,
    AuditTrail audit,
    ComplaintAccess access,
    CurrentUser user,
    UserManager<AppUser> users)
{
    /// <summary>Attachments on the public form: images and PDF only (no video), at most this many.</summary>
    public const int MaxAttachments = Complaint.MaxAttachments;

    private static readonly string[] AcceptedTypes = ["image/jpeg", "image/png", "application/pdf"];

    /// <summary>The public intake (公众网上投诉): stores the checked attachments, numbers the complaint, protects the identity.</summary>
    public async Task<(ComplaintReceipt? Receipt, string? Refusal)> FileAsync(PublicComplaintForm form, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var intake = await IntakeAsync(ComplaintChannel.OnlinePublic, form.Line!.Value, form.PartyName!, form.SiteAddress!, form.Description!, form.Name, form.Phone, null, cancellationToken);
        return await ReceiveAsync(intake, files, Complaint.PublicComplainant, cancellationToken);
    }

    /// <summary>Staff entry from another channel (便民热线, 舆情监测, 部门自查, 上级转办/督办, 区县).</summary>
    public async Task<(ComplaintReceipt? Receipt, string? Refusal)> EnterAsync(StaffComplaintForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!access.IsDispatcher && !user.CanActOnCases)
        {
            return (null, "无权登记投诉。");
        }

        var intake = await IntakeAsync(form.Channel!.Value, form.Line!.Value, form.PartyName!, form.SiteAddress!, form.Description!, form.Name, form.Phone, form.ChannelReference, cancellationToken);
        return await ReceiveAsync(intake, [], user.Actor, cancellationToken);
    }

    public Task<ComplaintStepResult> RouteAsync(Guid id, int version, DepartmentCode department, string? reason, CancellationToken cancellationToken) =>
        RunAsync(id, version, c => access.IsDispatcher, async (c, now, _) =>
        {
            var rules = await db.ComplaintRoutingRules.AsNoTracking().ToListAsync(cancellationToken);
            c.Route(department, ComplaintRouting.DepartmentFor(c.Line, rules), reason, user.Actor, now);
        }, cancellationToken);

    public Task<ComplaintStepResult> LinkDuplicateAsync(Guid id, int version, Guid earlierId, CancellationToken cancellationToken) =>
        RunAsync(id, version, c => access.IsDispatcher, async (c, now, _) =>
        {
            var earlier = await db.Complaints.FirstOrDefaultAsync(e => e.Id == earlierId, cancellationToken)
                ?? throw new DomainException("未找到要关联的投诉。");
            c.LinkDuplicate(earlier, user.Actor, now);
        }, cancellationToken);

    public Task<ComplaintStepResult> AcceptAsync(Guid id, int version, Guid handlerId, CancellationToken cancellationToken) =>
        RunAsync(id, version, access.IsDepartmentMember, async (c, now, calendar) =>
        {
            var department = c.Department!.Value;
            var handler = await users.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == handlerId && u.Department == department && u.IsActive, cancellationToken)
                ?? throw new DomainException("请从本部门在岗人员中指定经办人。");
            c.Accept(new Actor(handler.Id, handler.FullName), user.Actor, now, calendar);
        }, cancellationToken);

    public Task<ComplaintStepResult> RequestReturnAsync(Guid id, int version, string? reason, CancellationToken cancellationToken) =>
        RunAsync(id, version, access.IsDepartmentMember, (c, now, _) => Sync(() => c.RequestReturn(reason ?? string.Empty, user.Actor, now)), cancellationToken);

    public Task<ComplaintStepResult> RequestRefusalAsync(Guid id, int version, string? reason, CancellationToken cancellationToken) =>
        RunAsync(id, version, access.IsDepartmentMember, (c, now, _) => Sync(() => c.RequestRefusal(reason ?? string.Empty, user.Actor, now)), cancellationToken);

    /// <summary>The chief decides a pending return or refusal.</summary>
    public Task<ComplaintStepResult> DecideRequestAsync(Guid id, int version, bool approve, string? note, CancellationToken cancellationToken) =>
        RunAsync(id, version, access.IsDepartmentChief, (c, now, _) => Sync(() =>
        {
            if (approve)
            {
                c.ApprovePendingRequest(user.Actor, now);
            }
            else
            {
                c.RejectPendingRequest(note ?? string.Empty, user.Actor, now);
            }
        }), cancellationToken);

    /// <summary>
    /// 通知企业回复. With a 统一社会信用代码 the complaint is linked to that party, so its enterprise account sees the complaint
    /// (redacted, <see cref="ComplaintRedaction.ForEnterprise"/>) and replies on line.
    /// </summary>
    public Task<ComplaintStepResult> NotifyEnterpriseAsync(Guid id, int version, DateOnly notifiedOn, CancellationToken cancellationToken, string? creditCode = null, string? request = null) =>
        RunAsync(id, version, access.IsHandlerOrChief, async (c, now, calendar) =>
        {
            Guid? partyId = null;
            if (!string.IsNullOrWhiteSpace(creditCode))
            {
                if (!Domain.Parties.UnifiedSocialCreditCode.TryParse(creditCode, out var code))
                {
                    throw new DomainException("统一社会信用代码格式不正确（18位）。");
                }

                partyId = await db.Parties.AsNoTracking().Where(p => p.CreditCode == code.Value).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken)
                    ?? throw new DomainException($"未找到统一社会信用代码为 {code.Value} 的责任单位，请核对，或不填代码、线下通知企业。");
            }

            c.NotifyEnterprise(notifiedOn, user.Actor, now, calendar, partyId, request);
        }, cancellationToken);

    public Task<ComplaintStepResult> RecordEnterpriseReplyAsync(Guid id, int version, DateOnly receivedOn, string? content, CancellationToken cancellationToken) =>
        RunAsync(id, version, access.IsHandlerOrChief, (c, now, _) => Sync(() => c.RecordEnterpriseReply(receivedOn, content ?? string.Empty, user.Actor, now)), cancellationToken);

    public Task<ComplaintStepResult> RequestExtensionAsync(Guid id, int version, int workingDays, string? reason, CancellationToken cancellationToken) =>
        RunAsync(id, version, access.IsHandlerOrChief, (c, now, _) => Sync(() => c.RequestExtension(workingDays, reason ?? string.Empty, user.Actor, now)), cancellationToken);

    public Task<ComplaintStepResult> ApproveExtensionAsync(Guid id, int version, CancellationToken cancellationToken) =>
        RunAsync(id, version, access.IsDepartmentChief, (c, now, calendar) => Sync(() => c.ApproveExtension(user.Actor, now, calendar)), cancellationToken);

    public Task<ComplaintStepResult> RecordOpinionAsync(Guid id, int version, ComplaintOutcome outcome, string? answer, string? assistUnit, CancellationToken cancellationToken) =>
        RunAsync(id, version, access.IsHandlerOrChief, (c, now, calendar) => Sync(() => c.RecordOpinion(outcome, answer ?? string.Empty, assistUnit, user.Actor, now, calendar)), cancellationToken);

    public Task<ComplaintStepResult> RecordAssistAnswerAsync(Guid id, int version, DateOnly receivedOn, string? content, CancellationToken cancellationToken) =>
        RunAsync(id, version, access.IsHandlerOrChief, (c, now, _) => Sync(() => c.RecordAssistAnswer(receivedOn, content ?? string.Empty, user.Actor, now)), cancellationToken);

    public Task<ComplaintStepResult> CloseAsync(Guid id, int version, CancellationToken cancellationToken) =>
        RunAsync(id, version, access.IsHandlerOrChief, (c, now, _) => Sync(() => c.Close(user.Actor, now)), cancellationToken);

    public Task<ComplaintStepResult> UrgeAsync(Guid id, int version, string? note, CancellationToken cancellationToken) =>
        RunAsync(id, version, access.MayUrge, (c, now, _) => Sync(() => c.Urge(note ?? string.Empty, user.Actor, now)), cancellationToken);

    public Task<ComplaintStepResult> RecordDelayReasonAsync(Guid id, int version, string? reason, CancellationToken cancellationToken) =>
        RunAsync(id, version, access.IsHandlerOrChief, (c, now, _) => Sync(() => c.RecordDelayReason(reason ?? string.Empty, user.Actor, now)), cancellationToken);

    public Task<ComplaintStepResult> RecordVisitAsync(Guid id, int version, VisitSatisfaction satisfaction, string? note, CancellationToken cancellationToken) =>
        RunAsync(id, version, c => access.IsDispatcher, (c, now, _) => Sync(() => c.RecordVisit(satisfaction, note, user.Actor, now)), cancellationToken);

    /// <summary>
    /// Inside the unit of work of a case being opened from a complaint (违法违规 → 依法查处): links both ways. Saved by the
    /// case's own SaveChanges, so the case and the link are written together or not at all.
    /// </summary>
    public async Task LinkOpenedCaseAsync(Guid complaintId, Guid caseId, string caseNumber, Actor actor, DateTime at, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == complaintId, cancellationToken);
        if (complaint is null || !access.IsHandlerOrChief(complaint))
        {
            throw new DomainException("未找到可立案的投诉，或您不是该投诉的经办人。");
        }

        complaint.LinkCase(caseId, caseNumber, actor, at);
    }

    /// <summary>Shows the complainant's name and phone to someone entitled, and records the reveal on the audit trail.</summary>
    /// <returns>Not found (or not visible to the user), refused (visible, but the user may not see the complainant), or the identity.</returns>
    public async Task<(ComplaintStepResult Result, ComplainantIdentity? Identity)> RevealAsync(Guid id, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null || !access.CanSee(complaint))
        {
            return (ComplaintStepResult.NotFound, null);
        }

        if (!access.MaySeeComplainant(complaint))
        {
            await audit.RecordAsync(AuditActions.ComplainantRevealed, AuditOutcome.Denied, complaint.ReceiptNumber, "无权查看投诉人信息");
            return (ComplaintStepResult.Refused("投诉人信息仅受理人员、经办人及其科长可查看。"), null);
        }

        await audit.RecordAsync(AuditActions.ComplainantRevealed, AuditOutcome.Success, complaint.ReceiptNumber, "查看投诉人信息");
        return (ComplaintStepResult.Done, new ComplainantIdentity(protection.RevealName(complaint), protection.RevealPhone(complaint)));
    }

    /// <summary>The complainant as anyone may see them on a staff page: 张*, 139****1234 (not a reveal, not audited).</summary>
    public ComplainantIdentity Masked(Complaint complaint) =>
        new(ComplainantPrivacy.MaskName(protection.RevealName(complaint)), ComplainantPrivacy.MaskPhone(protection.RevealPhone(complaint)));

    /// <summary>An administrator changes the department a business line is routed to.</summary>
    public async Task SetRoutingRuleAsync(BusinessLine line, DepartmentCode department, CancellationToken cancellationToken)
    {
        var rule = await db.ComplaintRoutingRules.FirstOrDefaultAsync(r => r.Line == line, cancellationToken);
        if (rule is null)
        {
            rule = new ComplaintRoutingRule(line, ComplaintRouting.DepartmentFor(line, []));
            db.ComplaintRoutingRules.Add(rule);
        }

        rule.ChangeTo(department, user.Actor, clock.Now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.ComplaintStep, AuditOutcome.Success, $"routing:{line}", $"分派规则：{ComplaintNames.Of(line)} → {ComplaintNames.DepartmentName(department)}");
    }

    /// <summary>Checks attachments for the public form: content and size by the upload inspector, and images or PDF only.</summary>
    public static async Task<IReadOnlyList<string>> CheckAttachmentsAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count > MaxAttachments)
        {
            return [$"附件最多{MaxAttachments}个。"];
        }

        var errors = (await EvidenceUploads.CheckAsync(files, cancellationToken)).ToList();
        foreach (var file in files)
        {
            var head = new byte[16];
            await using var stream = file.OpenReadStream();
            var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
            var check = UploadInspector.Inspect(head.AsSpan(0, read), file.Length, file.FileName);
            if (check.IsAccepted && !AcceptedTypes.Contains(check.ContentType))
            {
                errors.Add($"文件“{DisplayFileName.Clean(file.FileName, ComplaintAttachment.FileNameMaxLength)}”不是图片或 PDF，投诉附件只接受 JPG、PNG 图片和 PDF 文件。");
            }
        }

        return errors;
    }

    private async Task<ComplaintIntake> IntakeAsync(ComplaintChannel channel, BusinessLine line, string party, string address, string description, string? name, string? phone, string? reference, CancellationToken cancellationToken) =>
        new(channel, line, party, address, description, await protection.ProtectAsync(name, phone, cancellationToken), reference);

    private async Task<(ComplaintReceipt? Receipt, string? Refusal)> ReceiveAsync(ComplaintIntake intake, IReadOnlyList<IFormFile> files, Actor actor, CancellationToken cancellationToken)
    {
        var problems = await CheckAttachmentsAsync(files, cancellationToken);
        if (problems.Count > 0)
        {
            return (null, string.Join(" ", problems));
        }

        var stored = await uploads.StoreAsync(files, cancellationToken);
        try
        {
            var now = clock.Now;
            var sequence = await numbers.NextComplaintSequenceAsync(now.Year, cancellationToken);
            var code = ComplainantProtection.NewQueryCode();
            var receiptNumber = $"TS{now.Year}-{sequence:00000}";
            var attachments = stored.Select(s => new ComplaintAttachment(Guid.NewGuid(), s.FileName, s.ContentType, s.Length, s.Sha256, s.StorageKey)).ToList();
            var complaint = Complaint.Receive(Guid.NewGuid(), now.Year, sequence, intake, await protection.HashQueryCodeAsync(receiptNumber, code, cancellationToken), actor, now, attachments);
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditActions.ComplaintStep, AuditOutcome.Success, complaint.ReceiptNumber, $"登记投诉（{ComplaintNames.Of(intake.Channel)}）");
            return (new ComplaintReceipt(complaint.ReceiptNumber, code), null);
        }
        catch (DomainException ex)
        {
            await uploads.DiscardAsync(stored, CancellationToken.None);
            db.ChangeTracker.Clear();
            return (null, ex.Message);
        }
        catch
        {
            await uploads.DiscardAsync(stored, CancellationToken.None);
            throw;
        }
    }

    private async Task<ComplaintStepResult> RunAsync(Guid id, int version, Func<Complaint, bool> allowed, Func<Complaint, DateTime, WorkingDayCalendar, Task> step, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null || !access.CanSee(complaint))
        {
            return ComplaintStepResult.NotFound;
        }

        if (!allowed(complaint))
        {
            await audit.RecordAsync(AuditActions.ComplaintStep, AuditOutcome.Denied, complaint.ReceiptNumber, "无权办理该步骤");
            return ComplaintStepResult.Refused("您无权办理该投诉的这一步骤。");
        }

        if (complaint.Version != version)
        {
            return ComplaintStepResult.Conflict;
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var before = complaint.Events.Count;
        try
        {
            await step(complaint, clock.Now, calendar);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return ComplaintStepResult.Refused(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ComplaintStepResult.Conflict;
        }

        var summary = string.Join("；", complaint.Events.Skip(before).Select(e => e.Summary));
        await audit.RecordAsync(AuditActions.ComplaintStep, AuditOutcome.Success, complaint.ReceiptNumber, summary);
        return ComplaintStepResult.Done;
    }

    private static Task Sync(Action action)
    {
        action();
        return Task.CompletedTask;
    }
}
