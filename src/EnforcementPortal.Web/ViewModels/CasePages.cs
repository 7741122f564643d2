using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Services;

namespace EnforcementPortal.Web.ViewModels;

public sealed record CaseListViewModel(CaseFilter Filter, CasePage Page, DateOnly Today);

public sealed record ChiefQueueViewModel(IReadOnlyList<CaseListItem> PendingApprovals, IReadOnlyList<CaseListItem> Overdue, IReadOnlyList<CaseListItem> AwaitingFeedback, DateOnly Today, QueueCounts Counts);

public sealed record NewInspectionPage(NewInspectionForm Form, DepartmentPolicy Policy, OfficerChoice Officers)
{
    /// <summary>The department's penalty matters a finding may be linked to (不得以责令改正代替行政处罚).</summary>
    public IReadOnlyList<PenaltyMatter> PenaltyMatters { get; init; } = [];
    /// <summary>The tasks of the department's approved plan of the year, for the plan-task choice.</summary>
    public IReadOnlyList<(Guid Id, string Label)> PlanTasks { get; init; } = [];

    /// <summary>重复检查、多头检查提示 for the party (建法〔2025〕40号 (二)).</summary>
    public IReadOnlyList<string> OverlapWarnings { get; init; } = [];

    /// <summary>The visit whose record this is, if any.</summary>
    public Domain.Inspections.InspectionVisit? Visit { get; init; }

    /// <summary>The checklist the visit uses, if any.</summary>
    public Domain.Inspections.InspectionChecklist? Checklist { get; init; }
}

/// <summary>A deadline as shown on the case page.</summary>
public sealed record DeadlineRow(string Name, DateOnly Due, bool IsOpen, bool IsMet, string Note);

/// <summary>The case page: the record, what may be done now, and a form for each permitted step.</summary>
public sealed class CaseDetailsViewModel
{
    public required EnforcementCase Case { get; init; }

    /// <summary>The complaint the case was opened from, if any (trigger 投诉举报).</summary>
    public EnforcementPortal.Web.Services.SourceComplaint? SourceComplaint { get; init; }

    public required ResponsibleParty Party { get; init; }

    public required Department Department { get; init; }

    public DepartmentPolicy Policy => Case.Policy;

    public required DateOnly Today { get; init; }

    public required IReadOnlyList<ActionAvailability> Actions { get; init; }

    public required bool CanAct { get; init; }

    public required bool IsChief { get; init; }

    /// <summary>Findings that repeat an earlier finding of the same kind of this party within the window, by number.</summary>
    public IReadOnlyDictionary<int, Domain.Parties.PartyFinding> RepeatFindings { get; set; } = new Dictionary<int, Domain.Parties.PartyFinding>();

    /// <summary>建管科 staff may issue a 建设单位依法履行建设程序督办函 to this case's 建设单位.</summary>
    public bool CanIssueConstructionLetter { get; set; }

    /// <summary>What follows the interview for this case (the department's procedure and the interview's reason).</summary>
    public string InterviewNote { get; init; } = string.Empty;

    /// <summary>Whether a cooperative interview sets a new rectification term on the interview form.</summary>
    public bool InterviewSetsNewDeadline { get; init; }

    /// <summary>The documents issued for this case so far, oldest first (the view queries nothing).</summary>
    public IReadOnlyList<EnforcementPortal.Domain.Documents.IssuedDocument> IssuedDocuments { get; init; } = [];

    /// <summary>The steps the user can take now, as buttons on the first screen (label, anchor of the form).</summary>
    public IReadOnlyList<NextStep> NextSteps { get; init; } = [];

    /// <summary>Steps the machine knows in this state but refuses now, grouped so that each reason is said once.</summary>
    public IReadOnlyList<BlockedSteps> Blocked { get; init; } = [];

    /// <summary>A chief of the case's department or the bureau leader: may approve or return a transfer.</summary>
    public bool CanApproveTransfer { get; init; }

    /// <summary>回避: the signed-in approver took part in an inspection of this case.</summary>
    public bool MustRecuse { get; init; }

    public required IReadOnlyList<StaffOption> Officers { get; init; }

    /// <summary>What the signed-in officer is told about their own 执法证 (suspended, expired, expiring within 30 days), or null.</summary>
    public string? CertificateWarning { get; init; }

    public required IReadOnlyList<PenaltyMatter> PenaltyMatterCatalogue { get; init; }

    /// <summary>The catalogue as offered on the transfer form: suggested, the department's own, then the rest.</summary>
    public IReadOnlyList<PenaltyMatterOption> PenaltyMatterOptions { get; init; } = [];

    public required IReadOnlyList<DeadlineRow> Deadlines { get; init; }

    /// <summary>The holiday calendar the deadlines were counted on: says which of them are 暂定.</summary>
    public required Domain.Calendar.WorkingDayCalendar Calendar { get; init; }

    public required TimelineVerification Timeline { get; init; }

    /// <summary>The form to open (the one that was posted with errors).</summary>
    public string? ActiveForm { get; set; }

    /// <summary>
    /// The step forms by type (<see cref="CaseStepForms"/>): filled for a first showing, or as the user typed them after a
    /// refused post. Each is shown by its partial under Views/Cases/Steps when the machine permits one of its steps.
    /// </summary>
    public Dictionary<Type, CaseActionForm> Forms { get; } = [];


    public bool IsPermitted(CaseAction action) => Actions.Any(a => a.Action == action && a.IsPermitted);

    public ActionAvailability? Availability(CaseAction action) => Actions.FirstOrDefault(a => a.Action == action);

    public string PenaltyMatterName(int id) => PenaltyMatterCatalogue.FirstOrDefault(m => m.Id == id)?.Name ?? $"事项 {id}";

    public IReadOnlyList<EvidenceFile> EvidenceOf(EvidenceStep step, Guid? stepId = null) =>
        [.. Case.Evidence.Where(e => e.Step == step && (stepId is null || e.StepId == stepId))];
}

/// <summary>A step offered on the first screen of the case page: its label and the anchor of its form.</summary>
public sealed record NextStep(string Label, string Anchor);

/// <summary>Steps refused for the same reason(s).</summary>
public sealed record BlockedSteps(IReadOnlyList<string> Names, string Reason);

/// <summary>The visits of the department and its emergency inspections awaiting approval.</summary>
public sealed record VisitListPage(IReadOnlyList<Domain.Inspections.InspectionVisit> Visits, IReadOnlyList<UnapprovedEmergency> UnapprovedEmergencies);

/// <summary>The scheme form with the plan's tasks and the department's checklists.</summary>
public sealed record VisitSchemePage(VisitSchemeForm Form, IReadOnlyList<(Guid Id, string Label)> PlanTasks, IReadOnlyList<Domain.Inspections.InspectionChecklist> Checklists);

/// <summary>A visit with the steps the user may take.</summary>
public sealed record VisitDetailsPage(Domain.Inspections.InspectionVisit Visit, bool IsChief, TellResultForm TellResult);
