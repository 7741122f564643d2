using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Inspections;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>What opens a case: the opening itself, and where it comes from (a complaint, a planned visit with its checklist).</summary>
/// <see cref="ItemPhotos"/> are the photos of failed checklist items, by item number: each becomes the evidence of the item's finding.
public sealed record CaseOpeningRequest(CaseOpening Opening, Guid? ComplaintId, Guid? VisitId, IReadOnlyList<ChecklistItemResult> ChecklistResults, IReadOnlyDictionary<int, IFormFile>? ItemPhotos = null);

/// <summary>
/// The inspection use cases (住建部 建法〔2025〕40号 (八)), one named method each, each one unit of work: opening a case from
/// an inspection (新建检查, or the 现场检查笔录 of a planned visit), drafting a visit's scheme or starting an emergency
/// visit, approving it, issuing the 行政检查通知书, and recording that the result was told to the enterprise. Opening
/// checks plan membership (<see cref="PlanMembership"/>), turns failed checklist items into findings
/// (<see cref="ChecklistOutcome"/>), and completes the visit in the same SaveChanges that writes the case.
/// </summary>
public sealed class InspectionSteps(
    AppDbContext db,
    IWorkingDayCalendarProvider calendars,
    IBureauClock clock,
    EvidenceUploads uploads,
    SequenceAllocator numbers,
    CurrentUser user,
    AuditTrail audit,
    ComplaintSteps complaints,
    ILogger<InspectionSteps> logger)
{
    private const int OpenAttempts = 8;

    /// <summary>Opens a case (新建检查) as one unit of work, with the evidence of the inspection.</summary>
    public async Task<(StepResult Result, Guid? CaseId)> OpenCaseAsync(CaseOpeningRequest request, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var photos = (request.ItemPhotos ?? new Dictionary<int, IFormFile>()).OrderBy(p => p.Key).ToList();
        var uploadErrors = (await EvidenceUploads.CheckAsync(files, cancellationToken)).Concat(await EvidenceUploads.CheckPhotosAsync(photos, cancellationToken)).ToList();
        if (uploadErrors.Count > 0)
        {
            return (StepResult.Refused(string.Join(string.Empty, uploadErrors)), null);
        }

        var now = clock.Now;
        var calendar = await calendars.GetAsync(cancellationToken);
        if (await uploads.StoreOrAuditAsync([.. files, .. photos.Select(p => p.Value)], "new case", cancellationToken) is not { } stored)
        {
            return (StepResult.Refused(CaseSteps.FileStoreFailedMessage), null);
        }

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var enforcementCase = await OpenOnceAsync(request, stored, now, calendar, cancellationToken);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await audit.RecordAsync(AuditActions.CaseOpened, AuditOutcome.Success, $"case {enforcementCase.Id} {enforcementCase.Number}", $"{enforcementCase.Events.Count} 条执法记录");
                    return (StepResult.Done, enforcementCase.Id);
                }
                catch (DbUpdateException) when (attempt < OpenAttempts)
                {
                    // Another case took the same number at the same moment. Nothing was written: forget the case, the
                    // counter and the visit, read them again and retry, so the numbers stay gap-free.
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

    /// <summary>拟定检查方案 (or, when <see cref="VisitSchemeForm.Emergency"/>, 紧急检查): the visit's first step.</summary>
    public async Task<(StepResult Result, Guid? VisitId)> PlanVisitAsync(VisitSchemeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (user.Department is not { } department)
        {
            return (StepResult.NotFound, null);
        }

        var code = Domain.Parties.UnifiedSocialCreditCode.TryParse(form.PartyCreditCode, out var parsed) ? parsed.Value : string.Empty;
        var party = await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == code, cancellationToken);
        if (party is null)
        {
            return (StepResult.Refused("该信用代码的单位尚未登记，请先核对统一社会信用代码。"), null);
        }

        var scheme = new VisitScheme(form.Trigger, form.PlanTaskId, party.Id, party.Name, form.SiteName ?? string.Empty, form.SiteAddress ?? string.Empty, form.PlannedOn ?? clock.Today, form.Scope ?? string.Empty, form.Method ?? string.Empty, form.ChecklistId);
        var emergencyReason = form.Emergency ? form.EmergencyReason ?? string.Empty : null;
        try
        {
            var plans = await db.InspectionPlans.Where(p => p.Department == department).ToListAsync(cancellationToken);
            var day = emergencyReason is null ? scheme.PlannedOn : clock.Today;
            PlanMembership.Require(scheme.Trigger, department, day, scheme.PlanTaskId, plans);
            if (scheme.ChecklistId is { } checklistId && !await db.InspectionChecklists.AnyAsync(c => c.Id == checklistId && c.Department == department, cancellationToken))
            {
                return (StepResult.Refused("所选检查清单不属于本部门。"), null);
            }

            var visit = emergencyReason is null
                ? InspectionVisit.Plan(Guid.NewGuid(), department, scheme, user.Actor, clock.Now)
                : InspectionVisit.StartEmergency(Guid.NewGuid(), department, scheme, emergencyReason, user.Actor, clock.Now);
            db.InspectionVisits.Add(visit);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditActions.CaseStep, AuditOutcome.Success, $"visit {visit.Id}", visit.Events[^1].Summary);
            return (StepResult.Done, visit.Id);
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            return (StepResult.Refused(refusal.Message), null);
        }
    }

    /// <summary>批准检查方案 (科长/站长), before the visit.</summary>
    public Task<StepResult> ApproveSchemeAsync(Guid visitId, int version, CancellationToken cancellationToken) =>
        RunAsync(visitId, version, v => v.ApproveScheme(user.Actor, clock.Now), cancellationToken);

    /// <summary>补批 an emergency visit.</summary>
    public Task<StepResult> ApproveAfterwardsAsync(Guid visitId, int version, CancellationToken cancellationToken) =>
        RunAsync(visitId, version, v => v.ApproveAfterwards(user.Actor, clock.Now), cancellationToken);

    /// <summary>送达行政检查通知书: the visit starts today.</summary>
    public Task<StepResult> IssueNoticeAsync(Guid visitId, int version, CancellationToken cancellationToken) =>
        RunAsync(visitId, version, v => v.IssueNotice(user.Actor, clock.Now), cancellationToken);

    /// <summary>登记检查结果告知.</summary>
    public Task<StepResult> TellResultAsync(Guid visitId, int version, DateOnly? toldOn, ResultNotificationMethod method, CancellationToken cancellationToken) =>
        RunAsync(visitId, version, v => v.TellResult(toldOn ?? throw new DomainException("请填写告知日期。"), method, user.Actor, clock.Now), cancellationToken);

    private async Task<EnforcementCase> OpenOnceAsync(CaseOpeningRequest request, IReadOnlyList<StoredUpload> stored, DateTime now, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var opening = request.Opening;
        var actor = user.Actor;
        InspectionVisit? visit = null;
        if (request.VisitId is { } visitId)
        {
            visit = await db.InspectionVisits.FirstOrDefaultAsync(v => v.Id == visitId && v.Department == opening.Department, cancellationToken)
                ?? throw new DomainException("未找到该检查，或该检查不属于本部门。");
            visit.CheckRecord(opening.InspectedAt, now);
            opening = opening with { Trigger = visit.Trigger, PlanTaskId = visit.PlanTaskId, PartyId = visit.PartyId };
            if (visit.ChecklistId is { } checklistId)
            {
                var checklist = await db.InspectionChecklists.AsNoTracking().FirstAsync(c => c.Id == checklistId, cancellationToken);
                opening = opening with { Findings = [.. ChecklistOutcome.Findings(checklist, request.ChecklistResults), .. opening.Findings] };
            }
        }

        // The checklist's findings come first, in item order: a failed item's photo is the evidence of that finding.
        var photoItems = (request.ItemPhotos ?? new Dictionary<int, IFormFile>()).Keys.Order().ToList();
        var failedItems = request.ChecklistResults.Where(r => r.Verdict == ChecklistVerdict.Fail).Select(r => r.ItemNumber).Order().ToList();
        var notFailed = photoItems.Where(n => !failedItems.Contains(n)).ToList();
        if (notFailed.Count > 0)
        {
            throw new DomainException($"第{string.Join("、", notFailed)}项未判定为不合格，不能附不合格项照片；请删除照片或改判为不合格。");
        }

        var plainCount = stored.Count - photoItems.Count;
        var number = await numbers.NextCaseNumberAsync(opening.Department, opening.InspectedAt.Year, cancellationToken);
        var evidence = stored.Select((u, i) => EvidenceUploads.ToEvidence(u, EvidenceStep.Inspection, null, i < plainCount ? null : failedItems.IndexOf(photoItems[i - plainCount]) + 1, actor, now)).ToList();
        var opened = EnforcementCase.Open(Guid.NewGuid(), number, opening, actor, now, calendar, evidence);

        // Checked after the case's own rules, so that the officer first learns what is wrong with the record itself.
        var plans = await db.InspectionPlans.AsNoTracking().Where(p => p.Department == opening.Department && p.Year == opening.InspectedAt.Year).ToListAsync(cancellationToken);
        PlanMembership.Require(opening.Trigger, opening.Department, DateOnly.FromDateTime(opening.InspectedAt), opening.PlanTaskId, plans);
        db.Cases.Add(opened);
        if (request.ComplaintId is { } complaintId)
        {
            await complaints.LinkOpenedCaseAsync(complaintId, opened.Id, opened.Number, actor, now, cancellationToken);
        }

        visit?.RecordOnSite(opening.InspectedAt, opened.Id, opened.Number, request.ChecklistResults, actor, now);
        return opened;
    }

    /// <summary>The one unit of work of a visit step: loaded through the department scope, version checked, saved once.</summary>
    private async Task<StepResult> RunAsync(Guid visitId, int version, Action<InspectionVisit> step, CancellationToken cancellationToken)
    {
        var visit = await db.InspectionVisits.FirstOrDefaultAsync(v => v.Id == visitId, cancellationToken);
        if (visit is null || user.Department != visit.Department)
        {
            return StepResult.NotFound;
        }

        if (visit.Version != version)
        {
            return StepResult.Conflict;
        }

        try
        {
            step(visit);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditActions.CaseStep, AuditOutcome.Success, $"visit {visit.Id}", visit.Events[^1].Summary);
            return StepResult.Done;
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            return StepResult.Refused(refusal.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return StepResult.Conflict;
        }
    }

    private Task DiscardAsync(IReadOnlyList<StoredUpload> stored)
    {
        db.ChangeTracker.Clear();
        return uploads.DiscardAsync(stored, CancellationToken.None);
    }
}
