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

/// <summary>
/// Opens a case (新建检查) as one unit of work: the case number is taken, the case with its inspection, findings,
/// determination and evidence is written by one SaveChanges, and the stored files are removed again if it fails. The
/// steps that follow are <see cref="CaseSteps"/>.
/// </summary>
public sealed class CaseWorkflow(AppDbContext db, IWorkingDayCalendarProvider calendars, IBureauClock clock, EvidenceUploads uploads, SequenceAllocator numbers, CurrentUser user, AuditTrail audit, ILogger<CaseWorkflow> logger)
{
    /// <summary>Loads a case with all its parts, if the user's department may see it.</summary>
    public Task<EnforcementCase?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Cases.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken) => calendars.GetAsync(cancellationToken);

    private const int OpenAttempts = 8;

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
        if (await uploads.StoreOrAuditAsync(files, "new case", cancellationToken) is not { } stored)
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

    private Task DiscardAsync(IReadOnlyList<StoredUpload> stored)
    {
        // The tracked changes of a failed step must not be saved by anything later in the request.
        db.ChangeTracker.Clear();
        return uploads.DiscardAsync(stored, CancellationToken.None);
    }
}
