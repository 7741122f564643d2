using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Documents;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Queries.Supervision;
using EnforcementPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>A 督办函 already issued, as the 督办 list and the case page show it.</summary>
public sealed record IssuedLetter(Guid CaseId, SupervisionLetterKind Kind, SupervisionItemKind? ItemKind, DateOnly? ItemDue, Guid DocumentId, string? DocumentNumber, string VerificationCode, DateOnly IssuedOn);

/// <summary>What the user typed for a letter.</summary>
public sealed record LetterInput(string? Matter, string? Requirement, int ReplyWorkingDays);

/// <summary>
/// 出具督办函: the letter is recorded, composed into a PDF with its 文号 and verification code, noted on the case's
/// timeline and saved in one unit of work (the stored PDF is removed again if the save fails). A 督办函 from the 督办 list
/// only for an item on the user's own list now (a chief's department, the leader's bureau), once per item and deadline;
/// a 建设程序督办函 only by 建管科's staff, to the case's 建设单位.
/// </summary>
public sealed class SupervisionLetters(AppDbContext db, CaseDocumentService documents, SupervisionQueries supervision, IWorkingDayCalendarProvider calendars, CurrentUser user, IBureauClock clock, AuditTrail audit)
{
    public async Task<DocumentStepResult> IssueForItemAsync(Guid caseId, SupervisionItemKind kind, LetterInput input, string baseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var item = await supervision.FindCaseItemAsync(caseId, kind, cancellationToken);
        if (item is null)
        {
            return new(StepResult.Refused("该事项不在您的督办清单中（已办结、未到期或不属于本部门），不能出具督办函。"));
        }

        var already = await db.SupervisionLetters.AsNoTracking()
            .AnyAsync(l => l.CaseId == caseId && l.Kind == SupervisionLetterKind.Overdue && l.ItemKind == kind && l.ItemDue == item.Due, cancellationToken);
        if (already)
        {
            return new(StepResult.Refused("已就该事项的本期限出具过督办函，请在督办清单中查看。"));
        }

        return await IssueAsync(caseId, baseUrl, async (calendar, at) =>
            SupervisionLetter.ForOverdueItem(Guid.NewGuid(), item, input.Requirement ?? string.Empty, await ReplyByAsync(calendar, input, at), user.Actor, at), cancellationToken);
    }

    public async Task<DocumentStepResult> IssueConstructionProcedureAsync(Guid caseId, LetterInput input, string baseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var department = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (Domain.Departments.DepartmentCode?)c.Department).FirstOrDefaultAsync(cancellationToken);
        if (department is null || !user.CanActOnCases || user.Department != department)
        {
            return new(StepResult.NotFound);
        }

        return await IssueAsync(caseId, baseUrl, async (calendar, at) =>
        {
            var c = await db.Cases.AsNoTracking().Where(x => x.Id == caseId).Select(x => new { x.PartyId, x.Department }).FirstAsync(cancellationToken);
            var party = await db.Parties.AsNoTracking().FirstAsync(p => p.Id == c.PartyId, cancellationToken);
            return SupervisionLetter.ForConstructionProcedure(Guid.NewGuid(), caseId, c.Department, party, input.Matter ?? string.Empty, input.Requirement ?? string.Empty, await ReplyByAsync(calendar, input, at), user.Actor, at);
        }, cancellationToken);
    }

    /// <summary>The letters issued for these cases, with their documents.</summary>
    public async Task<IReadOnlyList<IssuedLetter>> IssuedForAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        if (caseIds.Count == 0)
        {
            return [];
        }

        var ids = caseIds.ToList();
        return await (
            from l in db.SupervisionLetters.AsNoTracking()
            join d in db.Set<IssuedDocument>().AsNoTracking() on l.Id equals d.SubjectId
            where ids.Contains(l.CaseId) && d.CaseId == l.CaseId
            select new IssuedLetter(l.CaseId, l.Kind, l.ItemKind, l.ItemDue, d.Id, d.DocumentNumber, d.VerificationCode, l.IssuedOn))
            .ToListAsync(cancellationToken);
    }

    private static Task<DateOnly> ReplyByAsync(WorkingDayCalendar calendar, LetterInput input, DateTime at)
    {
        if (input.ReplyWorkingDays is < 1 or > SupervisionLetter.MaxReplyWorkingDays)
        {
            throw new DomainException($"书面回复期限应在1至{SupervisionLetter.MaxReplyWorkingDays}个工作日之间。");
        }

        return Task.FromResult(calendar.AddWorkingDays(DateOnly.FromDateTime(at), input.ReplyWorkingDays).Date);
    }

    private async Task<DocumentStepResult> IssueAsync(Guid caseId, string baseUrl, Func<WorkingDayCalendar, DateTime, Task<SupervisionLetter>> letterOf, CancellationToken cancellationToken)
    {
        var enforcementCase = await db.Cases.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (enforcementCase is null)
        {
            return new(StepResult.NotFound);
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var now = clock.Now;
        IssuedDocument? issued = null;
        try
        {
            var letter = await letterOf(calendar, now);
            db.SupervisionLetters.Add(letter);
            issued = await documents.IssueAsync(enforcementCase, new DocumentRequest(CaseDocumentComposer.KindOf(letter.Kind), letter.Id), user.Actor, now, baseUrl, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refused)
        {
            await DiscardAsync(issued);
            return new(StepResult.Refused(refused.Message));
        }
        catch (DbUpdateException)
        {
            await DiscardAsync(issued);
            return new(StepResult.Conflict with { Message = StepResult.Conflict.Message + "。" });
        }
        catch
        {
            await DiscardAsync(issued);
            throw;
        }

        await audit.RecordAsync(AuditActions.DocumentIssued, AuditOutcome.Success, $"case {caseId} document {issued.Id}", $"《{issued.Title}》{issued.DocumentNumber} 核验码 {issued.VerificationCode}");
        return new(StepResult.Done, issued.Id, $"已出具《{issued.Title}》{issued.DocumentNumber}，核验码 {issued.VerificationCode}，已记入案件执法记录。");
    }

    private async Task DiscardAsync(IssuedDocument? issued)
    {
        var isNew = issued is not null && documents.IsNew(issued);
        db.ChangeTracker.Clear();
        if (isNew)
        {
            await documents.DiscardAsync(issued!);
        }
    }
}
