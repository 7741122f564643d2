using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Services;

namespace EnforcementPortal.Web.ViewModels;

public sealed record CaseListViewModel(CaseFilter Filter, CasePage Page, DateOnly Today);

public sealed record ChiefQueueViewModel(IReadOnlyList<CaseListItem> PendingApprovals, IReadOnlyList<CaseListItem> Overdue, IReadOnlyList<CaseListItem> AwaitingFeedback, DateOnly Today);

public sealed record NewInspectionPage(NewInspectionForm Form, DepartmentPolicy Policy, OfficerChoice Officers);

/// <summary>A deadline as shown on the case page.</summary>
public sealed record DeadlineRow(string Name, DateOnly Due, bool IsOpen, bool IsMet, string Note);

/// <summary>The case page: the record, what may be done now, and a form for each permitted step.</summary>
public sealed class CaseDetailsViewModel
{
    public required EnforcementCase Case { get; init; }

    public required ResponsibleParty Party { get; init; }

    public required Department Department { get; init; }

    public DepartmentPolicy Policy => Case.Policy;

    public required DateOnly Today { get; init; }

    public required IReadOnlyList<ActionAvailability> Actions { get; init; }

    public required bool CanAct { get; init; }

    public required bool IsChief { get; init; }

    public required IReadOnlyList<StaffOption> Officers { get; init; }

    public required IReadOnlyList<PenaltyMatter> PenaltyMatterCatalogue { get; init; }

    /// <summary>The catalogue as offered on the transfer form: suggested, the department's own, then the rest.</summary>
    public IReadOnlyList<PenaltyMatterOption> PenaltyMatterOptions { get; init; } = [];

    public required IReadOnlyList<DeadlineRow> Deadlines { get; init; }

    /// <summary>The holiday calendar the deadlines were counted on: says which of them are 暂定.</summary>
    public required Domain.Calendar.WorkingDayCalendar Calendar { get; init; }

    public required TimelineVerification Timeline { get; init; }

    /// <summary>The form to open (the one that was posted with errors).</summary>
    public string? ActiveForm { get; set; }

    public NoticeForm Notice { get; set; } = new();

    public ReplyForm Reply { get; set; } = new();

    public ReviewForm Review { get; set; } = new();

    public InterviewForm Interview { get; set; } = new();

    public TransferForm Transfer { get; set; } = new();

    public ReturnTransferForm ReturnTransfer { get; set; } = new();

    public FilingForm Filing { get; set; } = new();

    public DisposalForm Disposal { get; set; } = new();

    public TransferSentForm TransferSent { get; set; } = new();

    public bool IsPermitted(CaseAction action) => Actions.Any(a => a.Action == action && a.IsPermitted);

    public ActionAvailability? Availability(CaseAction action) => Actions.FirstOrDefault(a => a.Action == action);

    public string PenaltyMatterName(int id) => PenaltyMatterCatalogue.FirstOrDefault(m => m.Id == id)?.Name ?? $"事项 {id}";

    public IReadOnlyList<EvidenceFile> EvidenceOf(EvidenceStep step, Guid? stepId = null) =>
        [.. Case.Evidence.Where(e => e.Step == step && (stepId is null || e.StepId == stepId))];
}
