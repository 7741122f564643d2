using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Inspections;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;

namespace EnforcementPortal.Web.Services;

/// <summary>The outcome of 新建检查: the new case, or the refusals to show on the form (field, or "" for the whole form).</summary>
public sealed record InspectionOutcome(Guid? CaseId, IReadOnlyList<(string Field, string Message)> Refusals);

/// <summary>
/// 新建检查: the form as it opens (now, the officer present, one blank finding), the officers offered on it, and opening
/// the case — the 责任单位 found or registered (<see cref="PartyRegistration"/>), the officers resolved in the user's
/// department, and the case opened by <see cref="InspectionSteps.OpenCaseAsync"/> in one unit of work. From a planned visit the
/// form is the visit's 现场检查笔录: party, site, trigger and plan task come from the visit, and its checklist is filled in.
/// </summary>
public sealed class InspectionRegistration(
    InspectionSteps steps,
    InspectionPlanning planning,
    InspectionVisitQueries visits,
    PartyRegistration parties,
    StaffDirectory staff,
    CurrentUser user,
    IBureauClock clock,
    ComplaintQueries complaintQueries,
    LegalReviewScopes legalReview)
{
    /// <summary>
    /// The form as it opens; from a complaint of the user's department found to be a violation, with the trigger
    /// 投诉举报 and the party and site taken from the complaint; from a visit, with the visit's party, site and checklist.
    /// </summary>
    public async Task<NewInspectionForm> NewFormAsync(Guid? complaintId, Guid? visitId, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var form = new NewInspectionForm
        {
            InspectedAt = now.AddSeconds(-now.Second).AddMilliseconds(-now.Millisecond),
            OfficerIds = [user.Id],
            Findings = [new FindingInput()],
        };
        if (complaintId is { } id && await complaintQueries.FindAsync(id, cancellationToken) is { } complaint && complaint.Department == user.Department)
        {
            (form.ComplaintId, form.Trigger, form.PartyName, form.SiteName, form.SiteAddress) = (complaint.Id, Trigger.Complaint, complaint.PartyName, complaint.PartyName, complaint.SiteAddress);
        }

        if (visitId is { } vid && await visits.FindAsync(vid, cancellationToken) is { } visit && visit.Department == user.Department)
        {
            (form.VisitId, form.Trigger, form.PlanTaskId, form.SiteName, form.SiteAddress) = (visit.Id, visit.Trigger, visit.PlanTaskId, visit.SiteName, visit.SiteAddress);
            form.PartyCreditCode = await parties.CreditCodeOfAsync(visit.PartyId, cancellationToken);
            if (visit.NoticeIssuedOn is { } day && day != clock.Today)
            {
                form.InspectedAt = day.ToDateTime(new TimeOnly(9, 0));
            }

            if (visit.ChecklistId is { } checklistId && await planning.ChecklistAsync(checklistId, cancellationToken) is { } checklist)
            {
                form.Checklist = [.. checklist.Items.Select(i => new ChecklistResultInput { ItemNumber = i.Number })];
                form.Findings = [];
            }
        }

        return form;
    }

    /// <summary>The page of the form: the department's wording, its officers certified on the inspection day, the plan's tasks and the overlap warnings.</summary>
    public async Task<NewInspectionPage> PageAsync(NewInspectionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var department = user.Department!.Value;
        var visit = form.VisitId is { } visitId ? await visits.FindAsync(visitId, cancellationToken) : null;
        var checklist = visit?.ChecklistId is { } checklistId ? await planning.ChecklistAsync(checklistId, cancellationToken) : null;
        if (form.Findings.Count == 0 && checklist is null)
        {
            form.Findings.Add(new FindingInput());
        }

        var day = form.InspectedAt is { } at ? DateOnly.FromDateTime(at) : clock.Today;
        var officers = await staff.OfficersOfAsync(department, day, cancellationToken);
        var partyId = visit?.PartyId ?? await parties.IdOfAsync(form.PartyCreditCode, cancellationToken);
        return new NewInspectionPage(form, DepartmentPolicy.For(department), new OfficerChoice(officers, form.OfficerIds, nameof(form.OfficerIds)))
        {
            PenaltyMatters = await legalReview.LinkableMattersAsync(department, day, cancellationToken),
            PlanTasks = await planning.ApprovedTasksAsync(department, day.Year, cancellationToken),
            OverlapWarnings = partyId is { } id ? await planning.OverlapWarningsAsync(id, department, day, cancellationToken) : [],
            Visit = visit,
            Checklist = checklist,
        };
    }

    /// <summary>Opens the case from a validated form.</summary>
    public async Task<InspectionOutcome> OpenAsync(NewInspectionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var department = user.Department!.Value;
        var registration = await parties.FindOrRegisterAsync(form, cancellationToken);
        if (registration.Party is not { } party)
        {
            return new InspectionOutcome(null, registration.Missing);
        }

        var officers = await staff.ResolveAsync(department, form.OfficerIds, cancellationToken);
        var seriousFindingsReviewed = await legalReview.SeriousFindingsNeedReviewAsync(department, cancellationToken);
        var linkable = (await legalReview.LinkableMattersAsync(department, DateOnly.FromDateTime(form.InspectedAt!.Value), cancellationToken)).Select(m => m.Id).ToHashSet();
        if (form.EnteredFindings.Any(f => f.PenaltyMatterId is { } id && !linkable.Contains(id)))
        {
            return new InspectionOutcome(null, [(string.Empty, "所选行政处罚事项不属于本部门或已废止，请重新选择。")]);
        }

        var opening = new CaseOpening(
            department,
            form.ComplaintId is null ? form.Trigger : Trigger.Complaint,
            party.Id,
            form.SiteName!,
            form.SiteAddress!,
            form.InspectedAt!.Value,
            form.Narrative!,
            officers,
            [.. form.EnteredFindings.Select(f => new FindingDraft(f.Description!, f.Severity, f.Location, f.PenaltyMatterId))],
            form.Latitude is { } lat && form.Longitude is { } lng ? new GeoPoint(lat, lng) : null,
            form.DeterminedOn,
            SeriousFindingsNeedLegalReview: seriousFindingsReviewed,
            PlanTaskId: form.PlanTaskId);
        var results = form.Checklist.Where(c => c.Verdict is not null).Select(c => new ChecklistItemResult(c.ItemNumber, c.Verdict!.Value, c.Comment?.Trim())).ToList();
        var photos = form.Checklist.Where(c => c.Photo is { Length: > 0 }).GroupBy(c => c.ItemNumber).ToDictionary(g => g.Key, g => g.First().Photo!);
        var (result, caseId) = await steps.OpenCaseAsync(new CaseOpeningRequest(opening, form.ComplaintId, form.VisitId, results, photos), form.Files, cancellationToken);
        return result.Outcome == StepOutcome.Done
            ? new InspectionOutcome(caseId, [])
            : new InspectionOutcome(null, [(string.Empty, result.Message ?? "保存失败，请重试。")]);
    }
}
