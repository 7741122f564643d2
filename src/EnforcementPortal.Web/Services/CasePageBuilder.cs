using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>Assembles the case page: the record, the machine's permitted steps, and each step's form prefilled from the case.</summary>
public sealed class CasePageBuilder(AppDbContext db, StaffDirectory staff, CurrentUser user, IBureauClock clock, Domain.Calendar.IWorkingDayCalendarProvider calendars)
{
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
        var actions = enforcementCase.AvailableActions(today);
        var model = new CaseDetailsViewModel
        {
            Case = enforcementCase,
            Party = party,
            Department = department,
            Today = today,
            Actions = actions,
            CanAct = user.CanActOnCases && user.Department == enforcementCase.Department,
            IsChief = user.IsChief && user.Department == enforcementCase.Department,
            Officers = await staff.OfficersOfAsync(enforcementCase.Department, today, cancellationToken),
            PenaltyMatterCatalogue = catalogue,
            PenaltyMatterOptions = needsCatalogue
                ? PenaltyMatterChoice.For(catalogue, enforcementCase.Department, enforcementCase.Findings.Where(f => !f.IsRectified).Select(f => f.Description), today)
                : [],
            Deadlines = Deadlines(enforcementCase, today),
            Calendar = await calendars.GetAsync(cancellationToken),
            Timeline = enforcementCase.VerifyTimeline(),
        };
        Prefill(model, enforcementCase, party.LegalRepresentative, today);
        return model;
    }

    private void Prefill(CaseDetailsViewModel model, EnforcementCase enforcementCase, string legalRepresentative, DateOnly today)
    {
        var version = enforcementCase.Version;
        var openItems = enforcementCase.Findings.Where(f => !f.IsRectified).ToList();
        model.Notice = new NoticeForm
        {
            Version = version,
            IssuedOn = today,
            ServedOn = today,
            FindingNumbers = [.. openItems.Select(f => f.Number)],
            Requirements = string.Join("\n", openItems.Select(f => $"{f.Number}. 针对“{f.Description}”，立即整改，整改完成后提交{enforcementCase.Policy.ReplyTitle}。")),
            Recipient = legalRepresentative,
            OfficerIds = [user.Id],
        };
        model.Reply = new ReplyForm
        {
            Version = version,
            ReceivedOn = today,
            Kind = enforcementCase.Department is Domain.Departments.DepartmentCode.Safety or Domain.Departments.DepartmentCode.Quality ? ReplyKind.Receipt : ReplyKind.Statement,
        };
        var notice = enforcementCase.CurrentNotice;
        model.Review = new ReviewForm
        {
            Version = version,
            ReviewedAt = clock.Now.AddSeconds(-clock.Now.Second),
            OfficerIds = [user.Id],
            Items = notice is null ? [] : [.. enforcementCase.OpenFindingNumbers(notice).Select(n => new ReviewItemInput { FindingNumber = n, Rectified = true })],
        };
        model.Interview = new InterviewForm
        {
            Version = version,
            HeldAt = clock.Now.AddSeconds(-clock.Now.Second),
            NoticeIssuedOn = today,
            PartyAttendees = $"{legalRepresentative}（法定代表人）",
            OfficerIds = [user.Id],
        };
        model.Transfer = new TransferForm
        {
            Version = version,
            Facts = $"经现场检查，{string.Join("；", enforcementCase.Findings.Where(f => !f.IsRectified).Select(f => f.Description))}。",
            EvidenceList = "1. 现场检查笔录；2. 现场照片；3. 整改通知书及送达回证；4. 约谈笔录。",
        };
        model.ReturnTransfer = new ReturnTransferForm { Version = version };
        model.Filing = new FilingForm { Version = version, DecidedOn = today };
        model.Disposal = new DisposalForm { Version = version, DecidedOn = today, ReportedOn = today };
        model.TransferSent = new TransferSentForm { Version = version, SentOn = enforcementCase.CurrentTransfer?.TransferredOn ?? today };
    }

    private static List<DeadlineRow> Deadlines(EnforcementCase enforcementCase, DateOnly today)
    {
        var rows = new List<DeadlineRow>();
        foreach (var notice in enforcementCase.Notices)
        {
            var reply = enforcementCase.Replies.FirstOrDefault(r => r.NoticeId == notice.Id);
            var isOpen = enforcementCase.State == CaseState.Rectifying && enforcementCase.CurrentNotice == notice && enforcementCase.RectificationDeadline == notice.Deadline;
            var note = reply is null
                ? (isOpen ? Infrastructure.Display.DeadlineHint(notice.Deadline, today) : string.Empty)
                : reply.IsFailureToReply ? "逾期未回复" : (reply.ReceivedOn <= notice.Deadline ? $"已于{reply.ReceivedOn:yyyy-MM-dd}回复" : $"逾期回复（{reply.ReceivedOn:yyyy-MM-dd}）");
            rows.Add(new DeadlineRow($"整改期限（{notice.DocumentNumber}）", notice.Deadline, isOpen, reply is { IsFailureToReply: false } && reply.ReceivedOn <= notice.Deadline, note));
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
