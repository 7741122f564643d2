using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
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
public sealed class CaseWorkflow(AppDbContext db, IWorkingDayCalendarProvider calendars, IBureauClock clock, EvidenceUploads uploads, SequenceAllocator numbers, CurrentUser user, ILogger<CaseWorkflow> logger)
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
        var stored = await uploads.StoreAsync(files, cancellationToken);
        try
        {
            await step(enforcementCase, context with { Uploads = stored });
            await db.SaveChangesAsync(cancellationToken);
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

            throw;
        }
        catch
        {
            await DiscardAsync(stored);
            throw;
        }
    }

    private async Task<bool> WasChangedMeanwhileAsync(Guid caseId, int expectedVersion)
    {
        db.ChangeTracker.Clear();
        var current = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (int?)c.Version).FirstOrDefaultAsync();
        return current != expectedVersion;
    }

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
        var stored = await uploads.StoreAsync(files, cancellationToken);
        try
        {
            var enforcementCase = await open(context with { Uploads = stored });
            db.Cases.Add(enforcementCase);
            await db.SaveChangesAsync(cancellationToken);
            return (StepResult.Done, enforcementCase.Id);
        }
        catch (DomainException refusal)
        {
            await DiscardAsync(stored);
            return (StepResult.Refused(refusal.Message), null);
        }
        catch (DbUpdateException)
        {
            // Another case took the same number (or the first number of a new department-year) at the same moment.
            await DiscardAsync(stored);
            return (StepResult.Refused("案件编号分配冲突，请重新提交。"), null);
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
