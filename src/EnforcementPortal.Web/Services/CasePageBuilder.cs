using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>Assembles the case page: the record, the machine's permitted steps, and each step's form prefilled from the case.</summary>
public sealed class CasePageBuilder(
    AppDbContext db,
    StaffDirectory staff,
    CurrentUser user,
    IBureauClock clock,
    Domain.Calendar.IWorkingDayCalendarProvider calendars,
    EvidenceIntegrity integrity,
    AuditTrail audit,
    Queries.PartyRecords partyRecords,
    CaseSourceComplaints sourceComplaints)
{
    /// <summary>The page of the case with that id within the user's department scope; null when there is none.</summary>
    public async Task<CaseDetailsViewModel?> BuildAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken) is { } found
            ? await BuildAsync(found, cancellationToken)
            : null;

    public async Task<CaseDetailsViewModel> BuildAsync(EnforcementCase enforcementCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enforcementCase);
        var today = clock.Today;
        var party = await db.Parties.AsNoTracking().SingleAsync(p => p.Id == enforcementCase.PartyId, cancellationToken);
        var department = await db.Departments.AsNoTracking().SingleAsync(d => d.Code == enforcementCase.Department, cancellationToken);
        var citedIds = enforcementCase.Transfers.SelectMany(t => t.PenaltyMatterIds).ToList();
        var needsCatalogue = enforcementCase.State == CaseState.AwaitingTransfer;
        var catalogue = await db.PenaltyMatters.AsNoTracking()
            .Where(m => needsCatalogue || citedIds.Contains(m.Id))
            .OrderBy(m => m.Sequence)
            .ToListAsync(cancellationToken);
        var issuedDocuments = await db.Set<Domain.Documents.IssuedDocument>().AsNoTracking()
            .Where(d => d.CaseId == enforcementCase.Id).OrderBy(d => d.IssuedAt).ToListAsync(cancellationToken);
        var actions = enforcementCase.AvailableActions(today);
        var canAct = user.CanActOnCases && user.Department == enforcementCase.Department;
        var canApprove = (user.IsChief && user.Department == enforcementCase.Department) || user.IsLeader;
        var officers = await staff.OfficersOfAsync(enforcementCase.Department, today, cancellationToken);
        var model = new CaseDetailsViewModel
        {
            Case = enforcementCase,
            Party = party,
            Department = department,
            Today = today,
            Actions = actions,
            CanAct = canAct,
            IsChief = user.IsChief && user.Department == enforcementCase.Department,
            CanApproveTransfer = canApprove,
            MustRecuse = enforcementCase.WasInspectedBy(user.Id),
            IssuedDocuments = issuedDocuments,
            InterviewNote = enforcementCase.InterviewLeadsStraightToTransfer
                ? "本案属严重问题，依本部门执法流程，约谈后无论责任单位是否配合，均进入案件移交程序；整改通知书随约谈一并下发。"
                : enforcementCase.InterviewNeedsNotice
                    ? "配合整改的，按随约谈下发的整改通知书期限整改，期满后复查；拒不配合的，进入案件移交程序。"
                    : "配合整改的，填写新的整改期限，重复“整改—复查”流程；拒不配合的，进入案件移交程序。",
            InterviewSetsNewDeadline = !enforcementCase.InterviewLeadsStraightToTransfer && !enforcementCase.InterviewNeedsNotice,
            NextSteps = NextSteps(enforcementCase, actions, canAct, canApprove && !enforcementCase.WasInspectedBy(user.Id)),
            Blocked = [.. actions.Where(a => !a.IsPermitted && enforcementCase.ExplainsRefusalOf(a.Action))
                .GroupBy(a => string.Join("；", a.Reasons))
                .Select(g => new BlockedSteps([.. g.Select(a => a.Name).Distinct()], g.Key))],
            Officers = officers,
            CertificateWarning = canAct ? Domain.Staff.CertificateStatuses.WarningFor(officers.FirstOrDefault(o => o.Id == user.Id)?.Certificate, today) : null,
            PenaltyMatterCatalogue = catalogue,
            PenaltyMatterOptions = needsCatalogue
                ? PenaltyMatterChoice.For(catalogue, enforcementCase.Department, enforcementCase.Findings.Where(f => !f.IsRectified).Select(f => f.Description), today)
                : [],
            Deadlines = Deadlines(enforcementCase, today),
            Calendar = await calendars.GetAsync(cancellationToken),
            Timeline = await VerifyAsync(enforcementCase, cancellationToken),
            SourceComplaint = enforcementCase.Trigger == Trigger.Complaint ? await sourceComplaints.ForCaseAsync(enforcementCase.Id, cancellationToken) : null,
        };
        model.RepeatFindings = await partyRecords.RepeatsInCaseAsync(enforcementCase, cancellationToken);
        model.CanIssueConstructionLetter = canAct && enforcementCase.Department == Domain.Departments.DepartmentCode.ConstructionManagement
            && party.Kind == Domain.Parties.PartyKind.ConstructionOwner;
        CaseStepForms.Prefill(model, new CaseFormDefaults(enforcementCase, today, clock.Now, user.Id, party.LegalRepresentative));
        return model;
    }

    /// <summary>The timeline's chain, its anchor and the case state, then every evidence file against its recorded hash.</summary>
    private async Task<TimelineVerification> VerifyAsync(EnforcementCase enforcementCase, CancellationToken cancellationToken)
    {
        var result = enforcementCase.VerifyTimeline();
        if (result.IsIntact)
        {
            var problems = await integrity.FindProblemsAsync(enforcementCase, cancellationToken);
            if (problems.Count > 0)
            {
                var names = string.Join("、", problems.Select(p => $"“{EnforcementPortal.Infrastructure.Files.DisplayFileName.Clean(p.File.FileName)}”{(p.State == StoredFileState.Missing ? "缺失" : "内容与登记的 SHA-256 不符")}"));
                result = new TimelineVerification(false, null, $"证据文件{names}");
            }
        }

        if (!result.IsIntact)
        {
            await audit.RecordAsync(EnforcementPortal.Infrastructure.Audit.AuditActions.TimelineBroken, EnforcementPortal.Infrastructure.Audit.AuditOutcome.Failure, $"case {enforcementCase.Id} {enforcementCase.Number}", result.Problem ?? string.Empty);
        }

        return result;
    }

    private static List<NextStep> NextSteps(EnforcementCase enforcementCase, IReadOnlyList<ActionAvailability> actions, bool canAct, bool canApprove)
    {
        var policy = enforcementCase.Policy;
        var steps = new List<NextStep>();
        foreach (var action in actions.Where(a => a.IsPermitted).Select(a => a.Action))
        {
            NextStep? step = action switch
            {
                CaseAction.IssueNotice when canAct => new($"下发《{policy.NoticeTitle}》", "form-notice"),
                CaseAction.RecordReply when canAct => new("登记整改回复", "form-reply"),
                CaseAction.RecordNoReply when canAct => new("登记逾期未回复", "form-noreply"),
                CaseAction.ReviewPassed or CaseAction.ReviewFailed when canAct => new("登记复查结果", "form-review"),
                CaseAction.InterviewCooperative or CaseAction.InterviewRefused when canAct => new("登记约谈", "form-interview"),
                CaseAction.RequestTransfer when canAct => new("提请移交", "form-transfer"),
                CaseAction.ApproveTransfer or CaseAction.ReturnTransfer when canApprove => new("审批移交申请", "form-approval"),
                CaseAction.FilingAccepted or CaseAction.FilingDeclined when canAct => new("登记立案反馈", "form-filing"),
                CaseAction.RecordDisposal when canAct => new("登记处置结果", "form-disposal"),
                CaseAction.Archive when canAct => new("归档结案", "form-archive"),
                _ => null,
            };
            if (step is not null && steps.TrueForAll(s => s.Anchor != step.Anchor))
            {
                steps.Add(step);
            }
        }

        return steps;
    }

    private static List<DeadlineRow> Deadlines(EnforcementCase enforcementCase, DateOnly today)
    {
        var rows = new List<DeadlineRow>();
        foreach (var notice in enforcementCase.Notices)
        {
            var reply = enforcementCase.Replies.FirstOrDefault(r => r.NoticeId == notice.Id);
            // A notice served with the interview runs from the day it is served, while the case still waits for the interview.
            var isOpen = reply is null && enforcementCase.State is CaseState.Rectifying or CaseState.AwaitingInterview
                && enforcementCase.CurrentNotice == notice && enforcementCase.RectificationDeadline == notice.Deadline;
            var note = reply is null
                ? (isOpen ? Infrastructure.Display.DeadlineHint(notice.Deadline, today) : $"未登记回复，案件已转入“{CaseNames.Of(enforcementCase.State)}”")
                : reply.IsFailureToReply ? "逾期未回复" : (notice.IsAnsweredInTime(reply) ? $"已于{reply.ReceivedOn:yyyy-MM-dd}回复" : $"逾期回复（{reply.ReceivedOn:yyyy-MM-dd}）");
            rows.Add(new DeadlineRow($"整改期限（{notice.DocumentNumber}）", notice.Deadline, isOpen, notice.IsAnsweredInTime(reply), note));
        }

        foreach (var interview in enforcementCase.Interviews.Where(i => i.NewDeadline is not null))
        {
            var isOpen = enforcementCase.State == CaseState.Rectifying && enforcementCase.RectificationDeadline == interview.NewDeadline;
            rows.Add(new DeadlineRow("约谈后整改期限", interview.NewDeadline!.Value, isOpen, false, isOpen ? Infrastructure.Display.DeadlineHint(interview.NewDeadline.Value, today) : string.Empty));
        }

        if (enforcementCase.OpenDeadlineKind is { } kind and not DeadlineKind.Rectification && enforcementCase.OpenDeadline is { } due)
        {
            rows.Add(new DeadlineRow(CaseNames.Of(kind), due, true, false, Infrastructure.Display.DeadlineHint(due, today)));
        }

        return rows;
    }
}
