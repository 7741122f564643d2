using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Files;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Controllers;

/// <summary>Case lists, the new-inspection form and the case page. Steps on a case are in <see cref="CaseActionsController"/>.</summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class CasesController(
    AppDbContext db,
    CaseQueries queries,
    CaseWorkflow workflow,
    PartyRegistration parties,
    CasePageBuilder pages,
    StaffDirectory staff,
    EvidenceIntegrity integrity,
    AuditTrail audit,
    CurrentUser user,
    IBureauClock clock,
    ComplaintSteps complaints) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] CaseFilter filter, CancellationToken cancellationToken)
    {
        var page = await queries.ListAsync(filter, user.Id, clock.Today, cancellationToken);
        return View(new CaseListViewModel(filter, page, clock.Today));
    }

    /// <summary>The chief's queue: transfers to approve and the department's overdue deadlines.</summary>
    [HttpGet]
    [Authorize(Policy = Policies.Chiefs)]
    public async Task<IActionResult> Queue(CancellationToken cancellationToken)
    {
        var model = new ChiefQueueViewModel(
            await queries.PendingApprovalsAsync(cancellationToken),
            await queries.OverdueAsync(clock.Today, 200, cancellationToken),
            await queries.AwaitingFeedbackAsync(200, cancellationToken),
            clock.Today);
        return View(model);
    }

    [HttpGet]
    [Authorize(Policy = Policies.CaseWorkers)]
    public async Task<IActionResult> New(Guid? complaintId, CancellationToken cancellationToken)
    {
        var form = new NewInspectionForm
        {
            InspectedAt = clock.Now.AddSeconds(-clock.Now.Second).AddMilliseconds(-clock.Now.Millisecond),
            OfficerIds = [user.Id],
            Findings = [new FindingInput()],
        };
        if (complaintId is { } id && await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.Department == user.Department, cancellationToken) is { } complaint)
        {
            (form.ComplaintId, form.Trigger, form.PartyName, form.SiteName, form.SiteAddress) = (complaint.Id, Trigger.Complaint, complaint.PartyName, complaint.PartyName, complaint.SiteAddress);
        }

        return View(await NewInspectionPageAsync(form, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = Policies.CaseWorkers)]
    [RequestSizeLimit(UploadInspector.MaxBytes * EvidenceUploads.MaxFilesPerStep)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadInspector.MaxBytes * EvidenceUploads.MaxFilesPerStep)]
    public async Task<IActionResult> New(NewInspectionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var department = user.Department!.Value;
        if (!ModelState.IsValid)
        {
            return View(await NewInspectionPageAsync(form, cancellationToken));
        }

        var party = await FindOrCreatePartyAsync(form, cancellationToken);
        if (party is null)
        {
            return View(await NewInspectionPageAsync(form, cancellationToken));
        }

        var officers = await staff.ResolveAsync(department, form.OfficerIds, cancellationToken);
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
                    [.. form.EnteredFindings.Select(f => new FindingDraft(f.Description!, f.Severity, f.Location))],
                    form.Latitude is { } lat && form.Longitude is { } lng ? new GeoPoint(lat, lng) : null,
                    form.DeterminedOn);
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

        if (result.Outcome != StepOutcome.Done)
        {
            ModelState.AddModelError(string.Empty, result.Message ?? "保存失败，请重试。");
            return View(await NewInspectionPageAsync(form, cancellationToken));
        }

        TempData[StatusMessages.SuccessKey] = "现场检查已记录，案件已登记。";
        return RedirectToAction(nameof(Details), new { id = caseId });
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var enforcementCase = await workflow.FindAsync(id, cancellationToken);
        if (enforcementCase is null)
        {
            return NotFound();
        }

        return View(await pages.BuildAsync(enforcementCase, cancellationToken));
    }

    /// <summary>Downloads an evidence file of a case the user may see.</summary>
    [HttpGet("Cases/{id:guid}/Evidence/{fileId:guid}")]
    public async Task<IActionResult> Evidence(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        var evidence = await db.Cases.AsNoTracking()
            .Where(c => c.Id == id)
            .SelectMany(c => c.Evidence)
            .FirstOrDefaultAsync(e => e.Id == fileId, cancellationToken);
        if (evidence is null)
        {
            return NotFound();
        }

        // Served only if the bytes still match the SHA-256 recorded at upload, and always as a download
        // (Content-Disposition: attachment): a file is never rendered as a document of the portal's origin.
        var (state, content) = await integrity.ReadVerifiedAsync(evidence, cancellationToken);
        if (state != StoredFileState.Intact)
        {
            await audit.RecordAsync(AuditActions.FileTampered, AuditOutcome.Denied, $"case {id} evidence {fileId}", state == StoredFileState.Missing ? "文件缺失" : "文件内容与登记的 SHA-256 不符");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("EvidenceUnavailable", state);
        }

        return File(content!, evidence.ContentType, DisplayFileName.Clean(evidence.FileName));
    }

    private async Task<ResponsibleParty?> FindOrCreatePartyAsync(NewInspectionForm form, CancellationToken cancellationToken)
    {
        var registration = await parties.FindOrRegisterAsync(form, cancellationToken);
        foreach (var (field, message) in registration.Missing)
        {
            ModelState.AddModelError(field, message);
        }

        return registration.Party;
    }

    private async Task<NewInspectionPage> NewInspectionPageAsync(NewInspectionForm form, CancellationToken cancellationToken)
    {
        var department = user.Department!.Value;
        if (form.Findings.Count == 0)
        {
            form.Findings.Add(new FindingInput());
        }

        var day = form.InspectedAt is { } at ? DateOnly.FromDateTime(at) : clock.Today;
        var officers = await staff.OfficersOfAsync(department, day, cancellationToken);
        return new NewInspectionPage(form, DepartmentPolicy.For(department), new OfficerChoice(officers, form.OfficerIds, nameof(form.OfficerIds)));
    }
}
