using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Enterprises;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>
/// What an enterprise sees and does on line: its own cases in all five departments (by party, never by department: the
/// department filter is lifted only here, and replaced by the party of the signed-in enterprise), its 整改回复 with
/// evidence per finding (through <see cref="EnforcementCase.RecordEnterpriseReply"/>, the same reply step an officer
/// records), and its 复核 applications. Also the chief's 复核决定 on the staff side, through the department scope.
/// Each step is one unit of work, as in <see cref="CaseSteps"/>: uploads checked by content and size, one SaveChanges,
/// the stored files removed again if anything fails.
/// </summary>
public sealed class EnterpriseCases(
    AppDbContext db,
    EnterpriseUser enterprise,
    CurrentUser staff,
    IWorkingDayCalendarProvider calendars,
    IBureauClock clock,
    EvidenceUploads uploads,
    AuditTrail audit)
{
    /// <summary>The signed-in enterprise's own cases; nothing for anyone else (no party has the empty id).</summary>
    private IQueryable<EnforcementCase> Own => db.Cases.IgnoreQueryFilters().Where(c => c.PartyId == enterprise.PartyId && enterprise.PartyId != Guid.Empty);

    public async Task<EnterpriseHomePage> HomeAsync(CancellationToken cancellationToken)
    {
        var party = await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == enterprise.PartyId, cancellationToken);
        var rows = await Own.AsNoTracking()
            .OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Number)
            .Select(c => new EnterpriseCaseRow(c.Id, c.Number, c.Department, c.SiteName, c.State, c.OpenedOn, c.State == CaseState.Rectifying ? c.RectificationDeadline : null))
            .ToListAsync(cancellationToken);
        return new EnterpriseHomePage(party?.Name ?? string.Empty, party?.CreditCode ?? string.Empty, rows, clock.Today);
    }

    /// <summary>One of the enterprise's own cases, or null (another party's case is simply not found).</summary>
    public async Task<EnterpriseCasePage?> CaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var enforcementCase = await Own.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (enforcementCase is null)
        {
            return null;
        }

        var applications = await db.Reconsiderations.AsNoTracking().Where(r => r.CaseId == caseId && r.PartyId == enterprise.PartyId).OrderBy(r => r.AppliedAt).ToListAsync(cancellationToken);
        var open = enforcementCase.CurrentNotice is { } notice && enforcementCase.State == CaseState.Rectifying ? enforcementCase.OpenFindingNumbers(notice) : [];
        return new EnterpriseCasePage(enforcementCase, applications, open, clock.Today);
    }

    /// <summary>整改回复 on line: the reply and its evidence, each file for one finding of the current notice.</summary>
    public async Task<StepResult> ReplyAsync(Guid caseId, int version, EnterpriseReplyForm form, IReadOnlyList<(int FindingNumber, IFormFile File)> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(files);
        var enforcementCase = await Own.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (enforcementCase is null)
        {
            return StepResult.NotFound;
        }

        if (enforcementCase.Version != version)
        {
            return StepResult.Conflict;
        }

        var fileList = files.Select(f => f.File).ToList();
        var errors = await EvidenceUploads.CheckAsync(fileList, cancellationToken);
        if (errors.Count > 0)
        {
            return StepResult.Refused(string.Join(string.Empty, errors));
        }

        var actor = await ActorAsync(cancellationToken);
        var now = clock.Now;
        var calendar = await calendars.GetAsync(cancellationToken);
        if (await uploads.StoreOrAuditAsync(fileList, $"case {caseId}", cancellationToken) is not { } stored)
        {
            return StepResult.Refused(CaseSteps.FileStoreFailedMessage);
        }

        var evidence = stored.Select((upload, i) => EvidenceUploads.ToEvidence(upload, EvidenceStep.Reply, null, files[i].FindingNumber, actor, now)).ToList();
        return await SaveAsync(enforcementCase, stored, () => enforcementCase.RecordEnterpriseReply(form.Kind, form.Content ?? string.Empty, actor, now, calendar, evidence), cancellationToken);
    }

    /// <summary>申请复核 of one of the enterprise's own cases.</summary>
    public async Task<StepResult> ApplyAsync(Guid caseId, ReconsiderationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var enforcementCase = await Own.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (enforcementCase is null)
        {
            return StepResult.NotFound;
        }

        if (enforcementCase.Version != form.Version)
        {
            return StepResult.Conflict;
        }

        var actor = await ActorAsync(cancellationToken);
        var hasOpen = await db.Reconsiderations.AnyAsync(r => r.CaseId == caseId && r.Outcome == null, cancellationToken);
        return await SaveAsync(enforcementCase, [], () => db.Reconsiderations.Add(ReconsiderationApplication.Apply(enforcementCase, hasOpen, form.Grounds ?? string.Empty, actor, clock.Now)), cancellationToken);
    }

    /// <summary>The 复核 applications of a case the member of staff may see (department scope), oldest first; null if the case is not visible.</summary>
    public async Task<IReadOnlyList<ReconsiderationApplication>?> ApplicationsForStaffAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            return null;
        }

        return await db.Reconsiderations.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.AppliedAt).ToListAsync(cancellationToken);
    }

    /// <summary>复核决定: the chief of the case's own department decides, with reasons and the date of the decision.</summary>
    public async Task<StepResult> DecideAsync(Guid caseId, Guid applicationId, ReconsiderationDecisionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var enforcementCase = staff.IsChief ? await db.Cases.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken) : null;
        var application = enforcementCase is null || staff.Department != enforcementCase.Department
            ? null
            : await db.Reconsiderations.FirstOrDefaultAsync(r => r.Id == applicationId && r.CaseId == caseId, cancellationToken);
        if (enforcementCase is null || application is null)
        {
            return StepResult.NotFound;
        }

        var now = clock.Now;
        return await SaveAsync(enforcementCase, [], () => application.Decide(enforcementCase, form.Outcome, form.Reasons ?? string.Empty, form.DecidedOn ?? DateOnly.FromDateTime(now), staff.Actor, now), cancellationToken);
    }

    private async Task<Actor> ActorAsync(CancellationToken cancellationToken)
    {
        var name = await db.Parties.AsNoTracking().Where(p => p.Id == enterprise.PartyId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) ?? enterprise.UserName;
        const string suffix = "（企业网上提交）";
        var room = 64 - suffix.Length;
        return new Actor(enterprise.UserId, (name.Length > room ? name[..room] : name) + suffix);
    }

    private async Task<StepResult> SaveAsync(EnforcementCase enforcementCase, IReadOnlyList<StoredUpload> stored, Action step, CancellationToken cancellationToken)
    {
        var eventsBefore = enforcementCase.Events.Count;
        try
        {
            step();
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refusal)
        {
            await DiscardAsync(stored);
            return StepResult.Refused(refusal.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            await DiscardAsync(stored);
            return StepResult.Conflict;
        }
        catch (DbUpdateException)
        {
            await DiscardAsync(stored);
            await audit.RecordAsync(AuditActions.StepFailed, AuditOutcome.Failure, $"case {enforcementCase.Id}", "数据库保存失败，已回滚");
            return StepResult.Refused(CaseSteps.SaveFailedMessage);
        }

        foreach (var entry in enforcementCase.Events.Skip(eventsBefore))
        {
            await audit.RecordAsync(AuditActions.CaseStep, AuditOutcome.Success, $"case {enforcementCase.Id} {enforcementCase.Number} #{entry.Sequence}", entry.Action is { } action ? CaseNames.Of(action) : entry.Summary);
        }

        return StepResult.Done;
    }

    private Task DiscardAsync(IReadOnlyList<StoredUpload> stored)
    {
        db.ChangeTracker.Clear();
        return uploads.DiscardAsync(stored, CancellationToken.None);
    }
}
