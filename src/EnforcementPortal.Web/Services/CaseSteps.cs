using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

public enum StepOutcome
{
    Done,
    NotFound,
    Conflict,
    Refused,
}

/// <summary>What a step needs besides the case: who, when, the calendar, the stored uploads and the number allocator.</summary>
public sealed record StepContext(Actor Actor, DateTime Now, WorkingDayCalendar Calendar, IReadOnlyList<StoredUpload> Uploads, SequenceAllocator Numbers)
{
    public DateOnly Today => DateOnly.FromDateTime(Now);
}

public sealed record StepResult(StepOutcome Outcome, string? Message = null)
{
    public static readonly StepResult Done = new(StepOutcome.Done);
    public static readonly StepResult NotFound = new(StepOutcome.NotFound);
    public static readonly StepResult Conflict = new(StepOutcome.Conflict, "该案件已被他人更新，请刷新后重试");

    public static StepResult Refused(string message) => new(StepOutcome.Refused, message);
}

/// <summary>
/// The steps of a case after it is opened (《伊宁市住建局 执法流程与办事指南》: 整改 → 复查 → 约谈 → 移交 → 闭环 → 归档), one named
/// method each: the one place a step is taken. Every step is one unit of work: the case is loaded through the
/// department scope (another department's case is "not found"), the version the user saw is checked, the uploads are
/// checked by content and stored, the domain method runs, and one SaveChanges writes the case, its new parts, its
/// timeline and any number taken — all or nothing. The new timeline entries go to the audit log. If the domain refuses
/// or the database fails, the stored files are removed again and nothing of the step remains.
/// </summary>
/// <remarks>
/// A new step is one more method here calling one method of <see cref="EnforcementCase"/>; the controller action that
/// calls it does post/redirect/get and nothing else. Opening a case (新建检查) is <see cref="InspectionSteps.OpenCaseAsync"/>;
/// issuing a document is <see cref="CaseDocuments.IssueAsync"/>.
/// </remarks>
public sealed class CaseSteps(
    AppDbContext db,
    IWorkingDayCalendarProvider calendars,
    IBureauClock clock,
    EvidenceUploads uploads,
    SequenceAllocator numbers,
    StaffDirectory staff,
    CurrentUser user,
    AuditTrail audit,
    ILogger<CaseSteps> logger)
{
    public const string SaveFailedMessage = "保存失败：数据库暂时无法写入，本次提交未保存，请稍后重试。";

    /// <summary>Shown when the file store refuses a file (disk full, storage unreachable).</summary>
    public const string FileStoreFailedMessage = "保存失败：证据文件无法写入文件存储（空间不足或存储不可用），本次提交未保存，请联系系统管理员后重试。";

    /// <summary>Only staff of a department, the bureau leader and the legal reviewers take steps; anyone else finds no case to act on.</summary>
    public bool MayTakeSteps => user.Department is not null || user.IsLeader || user.IsInRole(Domain.Staff.StaffRoles.LegalReviewer);

    /// <summary>Loads a case with all its parts, if the user's department may see it.</summary>
    public Task<EnforcementCase?> FindAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Cases.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);

    /// <summary>下发整改通知书: takes the next 文号 of the department's notices in the same unit of work.</summary>
    public Task<StepResult> IssueNoticeAsync(Guid caseId, int version, NoticeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(caseId, version, [], async (c, step) =>
        {
            var servedBy = await staff.ResolveAsync(c.Department, form.OfficerIds, cancellationToken);
            var number = await numbers.NextNoticeNumberAsync(c.Department, form.IssuedOn!.Value.Year, cancellationToken);
            c.IssueNotice(new NoticeDraft(number, form.IssuedOn.Value, form.Requirements!, form.FindingNumbers, form.DeadlineDays!.Value, form.ServiceMethod, form.ServedOn!.Value, form.Recipient!, servedBy), step.Actor, step.Now, step.Calendar);
        }, cancellationToken);
    }

    /// <summary>登记整改回复, with the party's materials as evidence of the reply.</summary>
    public Task<StepResult> RecordReplyAsync(Guid caseId, int version, ReplyForm form, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(caseId, version, files, (c, step) =>
        {
            c.RecordReply(new ReplyDraft(form.ReceivedOn!.Value, form.Kind, form.Content!), step.Actor, step.Now, step.Calendar, Evidence(step, EvidenceStep.Reply));
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>登记逾期未回复.</summary>
    public Task<StepResult> RecordNoReplyAsync(Guid caseId, int version, CancellationToken cancellationToken) =>
        RunAsync(caseId, version, [], (c, step) =>
        {
            c.RecordNoReply(step.Actor, step.Now, step.Calendar);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>复查, with the photos of the review as its evidence.</summary>
    public Task<StepResult> RecordReviewAsync(Guid caseId, int version, ReviewForm form, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(caseId, version, files, async (c, step) =>
        {
            var officers = await staff.ResolveAsync(c.Department, form.OfficerIds, cancellationToken);
            var items = form.Items.Select(i => new ReviewItemResult(i.FindingNumber, i.Rectified == true, i.Remarks?.Trim())).ToList();
            c.RecordReview(new ReviewDraft(form.ReviewedAt!.Value, form.Outcome, form.Remarks!, items, officers), step.Actor, step.Now, step.Calendar, Evidence(step, EvidenceStep.Review));
        }, cancellationToken);
    }

    /// <summary>约谈.</summary>
    public Task<StepResult> RecordInterviewAsync(Guid caseId, int version, InterviewForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(caseId, version, [], async (c, step) =>
        {
            var officers = await staff.ResolveAsync(c.Department, form.OfficerIds, cancellationToken);
            c.RecordInterview(new InterviewDraft(form.HeldAt!.Value, form.Place!, form.PartyAttendees!, officers, form.Content!, form.Outcome, form.NewDeadlineDays, form.NoticeIssuedOn!.Value), step.Actor, step.Now, step.Calendar);
        }, cancellationToken);
    }

    /// <summary>提请移交.</summary>
    public Task<StepResult> RequestTransferAsync(Guid caseId, int version, TransferForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(caseId, version, [], async (c, step) =>
        {
            var cited = await db.PenaltyMatters.Where(m => form.PenaltyMatterIds.Contains(m.Id)).ToListAsync(cancellationToken);
            Domain.PenaltyMatters.PenaltyMatter.RequireCitable(form.PenaltyMatterIds, cited, c.Department, step.Today);
            c.RequestTransfer(new TransferDraft(form.Facts!, form.EvidenceList!, form.PenaltyMatterIds, form.ReceivingBureau), step.Actor, step.Now);
        }, cancellationToken);
    }

    /// <summary>批准移交 (科长/站长, or 局领导 when the chiefs must recuse themselves).</summary>
    public Task<StepResult> ApproveTransferAsync(Guid caseId, int version, CancellationToken cancellationToken) =>
        RunAsync(caseId, version, [], (c, step) =>
        {
            c.ApproveTransfer(step.Actor, step.Now, step.Calendar);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>退回移交申请.</summary>
    public Task<StepResult> ReturnTransferAsync(Guid caseId, int version, ReturnTransferForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(caseId, version, [], (c, step) =>
        {
            c.ReturnTransfer(step.Actor, form.Reason!, step.Now, step.Calendar);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>法制审核意见 (同意 / 退回补充 / 不同意, with the reasons), by a legal reviewer of the bureau on any department's case.</summary>
    public Task<StepResult> RecordLegalReviewAsync(Guid caseId, int version, LegalReviewForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(caseId, version, [], (c, step) =>
        {
            c.RecordLegalReview(new LegalReviewDraft(form.Opinion, form.Reasons!), step.Actor, step.Now, step.Calendar);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>登记移交单送出日期.</summary>
    public Task<StepResult> RecordTransferSentAsync(Guid caseId, int version, TransferSentForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(caseId, version, [], (c, step) =>
        {
            c.RecordTransferSent(form.SentOn!.Value, step.Actor, step.Now, step.Calendar);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>登记立案反馈.</summary>
    public Task<StepResult> RecordFilingAsync(Guid caseId, int version, FilingForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(caseId, version, [], (c, step) =>
        {
            c.RecordFiling(form.Decision, form.DecidedOn!.Value, form.Reference, step.Actor, step.Now, step.Calendar, form.ReportedOn);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>登记处置结果 (闭环).</summary>
    public Task<StepResult> RecordDisposalAsync(Guid caseId, int version, DisposalForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(caseId, version, [], (c, step) =>
        {
            c.RecordDisposal(form.DecidedOn!.Value, form.ReportedOn!.Value, form.Summary!, step.Actor, step.Now, step.Calendar);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>归档结案.</summary>
    public Task<StepResult> ArchiveAsync(Guid caseId, int version, CancellationToken cancellationToken) =>
        RunAsync(caseId, version, [], (c, step) =>
        {
            c.Archive(step.Actor, step.Now, step.Calendar);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>补充证据 to an open case, optionally for one finding.</summary>
    public Task<StepResult> AttachEvidenceAsync(Guid caseId, int version, int? findingNumber, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken) =>
        RunAsync(caseId, version, files, (c, step) =>
        {
            c.AttachEvidence(Evidence(step, EvidenceStep.Inspection, findingNumber), step.Actor, step.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>The stored uploads as evidence of the step; the domain binds them to the reply or review it records.</summary>
    private static List<EvidenceFile> Evidence(StepContext step, EvidenceStep kind, int? findingNumber = null) =>
        [.. step.Uploads.Select(u => EvidenceUploads.ToEvidence(u, kind, null, findingNumber, step.Actor, step.Now))];

    /// <summary>The one unit of work every step runs in; <paramref name="step"/> is the step's call of the domain.</summary>
    private async Task<StepResult> RunAsync(Guid caseId, int expectedVersion, IReadOnlyList<IFormFile> files, Func<EnforcementCase, StepContext, Task> step, CancellationToken cancellationToken)
    {
        if (!MayTakeSteps)
        {
            return StepResult.NotFound;
        }

        var enforcementCase = await FindAsync(caseId, cancellationToken);
        if (enforcementCase is null)
        {
            return StepResult.NotFound;
        }

        if (enforcementCase.Version != expectedVersion)
        {
            return StepResult.Conflict;
        }

        var uploadErrors = await EvidenceUploads.CheckAsync(files, cancellationToken);
        if (uploadErrors.Count > 0)
        {
            return StepResult.Refused(string.Join(string.Empty, uploadErrors));
        }

        var context = new StepContext(user.Actor, clock.Now, await calendars.GetAsync(cancellationToken), [], numbers);
        if (await uploads.StoreOrAuditAsync(files, $"case {caseId}", cancellationToken) is not { } stored)
        {
            return StepResult.Refused(FileStoreFailedMessage);
        }

        try
        {
            var eventsBefore = enforcementCase.Events.Count;
            await step(enforcementCase, context with { Uploads = stored });
            await db.SaveChangesAsync(cancellationToken);
            await AuditStepAsync(enforcementCase, eventsBefore);
            return StepResult.Done;
        }
        catch (DomainException refusal)
        {
            await DiscardAsync(stored);
            return StepResult.Refused(refusal.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            await DiscardAsync(stored);
            logger.LogInformation("Concurrent update of case {CaseId} refused", caseId);
            return StepResult.Conflict;
        }
        catch (DbUpdateException)
        {
            await DiscardAsync(stored);

            // Two steps at once can collide on the timeline's unique (case, sequence) index before the version check.
            if (await WasChangedMeanwhileAsync(caseId, expectedVersion))
            {
                logger.LogInformation("Concurrent update of case {CaseId} refused by the timeline index", caseId);
                return StepResult.Conflict;
            }

            // The database refused or failed: the transaction was rolled back and the files removed, so nothing of
            // the step remains. The officer keeps the form and is told; the failure is audited.
            await audit.RecordAsync(AuditActions.StepFailed, AuditOutcome.Failure, $"case {caseId}", "数据库保存失败，已回滚");
            return StepResult.Refused(SaveFailedMessage);
        }
        catch (Exception failure)
        {
            await DiscardAsync(stored);
            await audit.RecordAsync(AuditActions.StepFailed, AuditOutcome.Failure, $"case {caseId}", failure.GetType().Name);
            throw;
        }
    }

    /// <summary>Puts the step's new timeline entries (state transitions, evidence, documents) into the audit log.</summary>
    private async Task AuditStepAsync(EnforcementCase enforcementCase, int eventsBefore)
    {
        foreach (var entry in enforcementCase.Events.Skip(eventsBefore))
        {
            var what = entry.Action is { } action ? $"{CaseNames.Of(action)}：{entry.FromState?.ToString()}→{entry.ToState}" : entry.Summary;
            await audit.RecordAsync(AuditActions.CaseStep, AuditOutcome.Success, $"case {enforcementCase.Id} {enforcementCase.Number} #{entry.Sequence}", what);
        }
    }

    private async Task<bool> WasChangedMeanwhileAsync(Guid caseId, int expectedVersion)
    {
        db.ChangeTracker.Clear();
        try
        {
            var current = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (int?)c.Version).FirstOrDefaultAsync();
            return current != expectedVersion;
        }
        catch (System.Data.Common.DbException)
        {
            // The database is not answering: not a concurrent change, a failure.
            return false;
        }
    }

    private Task DiscardAsync(IReadOnlyList<StoredUpload> stored)
    {
        // The tracked changes of a failed step must not be saved by anything later in the request.
        db.ChangeTracker.Clear();
        return uploads.DiscardAsync(stored, CancellationToken.None);
    }
}
