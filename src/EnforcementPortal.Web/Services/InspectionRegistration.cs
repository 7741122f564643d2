using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;

namespace EnforcementPortal.Web.Services;

/// <summary>The outcome of 新建检查: the new case, or the refusals to show on the form (field, or "" for the whole form).</summary>
public sealed record InspectionOutcome(Guid? CaseId, IReadOnlyList<(string Field, string Message)> Refusals);

/// <summary>
/// 新建检查: the form as it opens (now, the officer present, one blank finding), the officers offered on it, and opening
/// the case — the 责任单位 found or registered (<see cref="PartyRegistration"/>), the officers resolved in the user's
/// department, the case number allocated and <see cref="EnforcementCase.Open"/> run with the evidence, in one unit of work.
/// </summary>
public sealed class InspectionRegistration(
    CaseWorkflow workflow,
    PartyRegistration parties,
    StaffDirectory staff,
    CurrentUser user,
    IBureauClock clock,
    ComplaintQueries complaintQueries,
    ComplaintSteps complaints,
    LegalReviewScopes legalReview)
{
    /// <summary>
    /// The form as it opens; from a complaint of the user's department found to be a violation, with the trigger
    /// 投诉举报 and the party and site taken from the complaint.
    /// </summary>
    public async Task<NewInspectionForm> NewFormAsync(Guid? complaintId, CancellationToken cancellationToken)
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

        return form;
    }

    /// <summary>The page of the form: the department's wording and its officers certified on the inspection day.</summary>
    public async Task<NewInspectionPage> PageAsync(NewInspectionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var department = user.Department!.Value;
        if (form.Findings.Count == 0)
        {
            form.Findings.Add(new FindingInput());
        }

        var day = form.InspectedAt is { } at ? DateOnly.FromDateTime(at) : clock.Today;
        var officers = await staff.OfficersOfAsync(department, day, cancellationToken);
        return new NewInspectionPage(form, DepartmentPolicy.For(department), new OfficerChoice(officers, form.OfficerIds, nameof(form.OfficerIds)))
        {
            PenaltyMatters = await legalReview.LinkableMattersAsync(department, day, cancellationToken),
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

        var (result, caseId) = await workflow.OpenAsync(
            async step =>
            {
                var number = await step.Numbers.NextCaseNumberAsync(department, form.InspectedAt!.Value.Year, cancellationToken);
                var opening = new CaseOpening(
                    department,
                    form.ComplaintId is null ? form.Trigger : Trigger.Complaint,
                    party.Id,
                    form.SiteName!,
                    form.SiteAddress!,
                    form.InspectedAt.Value,
                    form.Narrative!,
                    officers,
                    [.. form.EnteredFindings.Select(f => new FindingDraft(f.Description!, f.Severity, f.Location, f.PenaltyMatterId))],
                    form.Latitude is { } lat && form.Longitude is { } lng ? new GeoPoint(lat, lng) : null,
                    form.DeterminedOn,
                    seriousFindingsReviewed);
                var evidence = step.Uploads.Select(u => EvidenceUploads.ToEvidence(u, EvidenceStep.Inspection, null, null, step.Actor, step.Now)).ToList();
                var opened = EnforcementCase.Open(Guid.NewGuid(), number, opening, step.Actor, step.Now, step.Calendar, evidence);
                if (form.ComplaintId is { } complaintId)
                {
                    await complaints.LinkOpenedCaseAsync(complaintId, opened.Id, opened.Number, step.Actor, step.Now, cancellationToken);
                }

                return opened;
            },
            form.Files,
            cancellationToken);

        return result.Outcome == StepOutcome.Done
            ? new InspectionOutcome(caseId, [])
            : new InspectionOutcome(null, [(string.Empty, result.Message ?? "保存失败，请重试。")]);
    }
}
