using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>What a step needs besides the case: who, when, the calendar, the stored uploads and the number allocator.</summary>
public sealed record StepContext(Actor Actor, DateTime Now, WorkingDayCalendar Calendar, IReadOnlyList<StoredUpload> Uploads, SequenceAllocator Numbers)
{
    public DateOnly Today => DateOnly.FromDateTime(Now);
}

public enum StepOutcome
{
    Done,
    NotFound,
    Conflict,
    Refused,
}

public sealed record StepResult(StepOutcome Outcome, string? Message = null)
{
    public static readonly StepResult Done = new(StepOutcome.Done);
    public static readonly StepResult NotFound = new(StepOutcome.NotFound);
    public static readonly StepResult Conflict = new(StepOutcome.Conflict, "该案件已被他人更新，请刷新后重试");

    public static StepResult Refused(string message) => new(StepOutcome.Refused, message);
}

/// <summary>
/// Runs one step of a case's lifecycle as one unit of work: the version the user saw is checked, uploads are stored,
/// the domain step runs, and one SaveChanges writes the case, its new parts, its timeline and any number taken —
/// all or nothing. If the database refuses, the stored files are removed again.
/// </summary>
public sealed class CaseWorkflow(AppDbContext db, IWorkingDayCalendarProvider calendars, IBureauClock clock, EvidenceUploads uploads, SequenceAllocator numbers, CurrentUser user, AuditTrail audit, ILogger<CaseWorkflow> logger)
{
    /// <summary>Loads a case with all its parts, if the user's department may see it.</summary>
    public Task<EnforcementCase?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Cases.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken) => calendars.GetAsync(cancellationToken);

    public async Task<StepResult> RunAsync(Guid caseId, int expectedVersion, IReadOnlyList<IFormFile> files, Func<EnforcementCase, StepContext, Task> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
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
        if (await StoreOrAuditAsync(files, $"case {caseId}", cancellationToken) is not { } stored)
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

    private const int OpenAttempts = 8;

    public const string SaveFailedMessage = "保存失败：数据库暂时无法写入，本次提交未保存，请稍后重试。";

    /// <summary>Shown when the file store refuses a file (disk full, storage unreachable).</summary>
    public const string FileStoreFailedMessage = "保存失败：证据文件无法写入文件存储（空间不足或存储不可用），本次提交未保存，请联系系统管理员后重试。";

    /// <summary>Opens a new case (新建检查) as one unit of work, with the evidence of the inspection.</summary>
    public async Task<(StepResult Result, Guid? CaseId)> OpenAsync(Func<StepContext, Task<EnforcementCase>> open, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(open);
        var uploadErrors = await EvidenceUploads.CheckAsync(files, cancellationToken);
        if (uploadErrors.Count > 0)
        {
            return (StepResult.Refused(string.Join(string.Empty, uploadErrors)), null);
        }

        var context = new StepContext(user.Actor, clock.Now, await calendars.GetAsync(cancellationToken), [], numbers);
        if (await StoreOrAuditAsync(files, "new case", cancellationToken) is not { } stored)
        {
            return (StepResult.Refused(FileStoreFailedMessage), null);
        }

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var enforcementCase = await open(context with { Uploads = stored });
                db.Cases.Add(enforcementCase);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await audit.RecordAsync(AuditActions.CaseOpened, AuditOutcome.Success, $"case {enforcementCase.Id} {enforcementCase.Number}", $"{enforcementCase.Events.Count} 条执法记录");
                    return (StepResult.Done, enforcementCase.Id);
                }
                catch (DbUpdateException) when (attempt < OpenAttempts)
                {
                    // Another case took the same number (or the first number of a new department-year) at the same
                    // moment. Nothing was written: forget the case and the counter, read the counter again and retry,
                    // so the numbers stay gap-free and the officer never sees the collision.
                    logger.LogInformation("Case number collision, attempt {Attempt}; retrying", attempt);
                    foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is not Domain.Parties.ResponsibleParty).ToList())
                    {
                        entry.State = EntityState.Detached;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt), cancellationToken);
                }
            }
        }
        catch (DomainException refusal)
        {
            await DiscardAsync(stored);
            return (StepResult.Refused(refusal.Message), null);
        }
        catch (DbUpdateException)
        {
            await DiscardAsync(stored);
            return (StepResult.Conflict with { Message = "同时登记的案件较多，案件编号分配未成功，请重新提交。" }, null);
        }
        catch
        {
            await DiscardAsync(stored);
            throw;
        }
    }

    /// <summary>
    /// Stores the files of a step, or, when the file store fails (disk full, storage unreachable), audits the failure
    /// and answers null: the files written so far were removed and nothing of the step is saved.
    /// </summary>
    private async Task<IReadOnlyList<StoredUpload>?> StoreOrAuditAsync(IReadOnlyList<IFormFile> files, string target, CancellationToken cancellationToken)
    {
        try
        {
            return await uploads.StoreAsync(files, cancellationToken);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            logger.LogError(failure, "File store failed for {Target}", target);
            await audit.RecordAsync(AuditActions.StepFailed, AuditOutcome.Failure, target, "证据文件存储失败，已回滚");
            return null;
        }
    }

    private Task DiscardAsync(IReadOnlyList<StoredUpload> stored)
    {
        // The tracked changes of a failed step must not be saved by anything later in the request.
        db.ChangeTracker.Clear();
        return uploads.DiscardAsync(stored, CancellationToken.None);
    }
}
