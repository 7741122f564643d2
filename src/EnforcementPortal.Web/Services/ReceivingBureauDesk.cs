using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>
/// 城市管理局联络员's desk (建法〔2025〕40号 (三)): the cases transferred to 伊宁市城市管理局 and nothing else — no other case,
/// no complaint, no complainant. The liaison signs for the 移交单, reports the filing decision and the disposal through
/// the case's own steps, one unit of work each (version checked, one SaveChanges, the new timeline entries audited), so
/// the sending department reads them on the case at once.
/// </summary>
public sealed class ReceivingBureauDesk(AppDbContext db, IWorkingDayCalendarProvider calendars, IBureauClock clock, CurrentUser user, AuditTrail audit)
{
    /// <summary>The bureau whose liaison uses the desk; a transfer to another unit is not shown.</summary>
    public const string Bureau = Transfer.DefaultReceivingBureau;

    /// <summary>The list shows at most this many transfers (the open ones are few; 含已闭环 may be many).</summary>
    public const int MaxRows = 300;

    /// <summary>
    /// The cases whose approved transfer went to the bureau. The department scope is lifted (the liaison belongs to no
    /// department) and replaced by this filter; anyone but the liaison gets nothing.
    /// </summary>
    private IQueryable<EnforcementCase> Sent => user.IsInRole(StaffRoles.ReceivingBureau)
        ? db.Cases.IgnoreQueryFilters().Where(c => c.Transfers.Any(t => t.Status == TransferStatus.Approved && t.ReceivingBureau == Bureau))
        : db.Cases.IgnoreQueryFilters().Where(c => false);

    public async Task<IReadOnlyList<BureauTransferRow>> ListAsync(bool includeClosed, CancellationToken cancellationToken)
    {
        var open = new[] { CaseState.Transferred, CaseState.AwaitingDisposal };
        var rows = await Sent.AsNoTracking()
            .Where(c => includeClosed || open.Contains(c.State))
            .Select(c => new
            {
                c.Id,
                c.Number,
                c.Department,
                c.State,
                c.SiteName,
                c.PartyId,
                c.OpenedOn,
                Transfer = c.Transfers.Where(t => t.Status == TransferStatus.Approved).OrderByDescending(t => t.RequestedAt)
                    .Select(t => new { t.TransferredOn, t.ReceivedOn, t.FilingDecision, t.FilingDecidedOn, t.DisposalDecidedOn }).First(),
            })
            .OrderByDescending(r => r.OpenedOn)
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        var partyIds = rows.Select(r => r.PartyId).Distinct().ToList();
        var parties = await db.Parties.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return [.. rows.OrderByDescending(r => r.Transfer.TransferredOn).ThenBy(r => r.Number, StringComparer.Ordinal).Select(r => new BureauTransferRow(
            r.Id, r.Number, r.Department, r.State, r.SiteName, parties.GetValueOrDefault(r.PartyId, string.Empty),
            r.Transfer.TransferredOn, r.Transfer.ReceivedOn, r.Transfer.FilingDecision, r.Transfer.FilingDecidedOn, r.Transfer.DisposalDecidedOn))];
    }

    /// <summary>One transferred case with its parts, or null when it was not sent to the bureau (the page answers 404).</summary>
    public Task<EnforcementCase?> FindAsync(Guid caseId, CancellationToken cancellationToken) =>
        Sent.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);

    public async Task<BureauCasePage?> PageAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var enforcementCase = await FindAsync(caseId, cancellationToken);
        if (enforcementCase is null)
        {
            return null;
        }

        var transfer = enforcementCase.Transfers.Last(t => t.Status == TransferStatus.Approved);
        var party = await db.Parties.AsNoTracking().SingleAsync(p => p.Id == enforcementCase.PartyId, cancellationToken);
        var matters = await db.PenaltyMatters.AsNoTracking().Where(m => transfer.PenaltyMatterIds.Contains(m.Id)).OrderBy(m => m.Sequence).ToListAsync(cancellationToken);
        var today = clock.Today;
        return new BureauCasePage
        {
            Case = enforcementCase,
            Transfer = transfer,
            PartyName = party.Name,
            PartyCreditCode = party.CreditCode,
            PartyAddress = party.Address,
            PenaltyMatters = [.. matters.Select(m => $"{m.Sequence}. {m.Name}")],
            Today = today,
            Receipt = new BureauReceiptForm { Version = enforcementCase.Version, ReceivedOn = today },
            Filing = new BureauFilingForm { Version = enforcementCase.Version, DecidedOn = today },
            Disposal = new BureauDisposalForm { Version = enforcementCase.Version, DecidedOn = today },
        };
    }

    /// <summary>签收移交单.</summary>
    public Task<StepResult> AcknowledgeAsync(Guid caseId, BureauReceiptForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(caseId, form.Version, (c, actor, now, _) => c.AcknowledgeTransferReceipt(form.ReceivedOn!.Value, actor, now), cancellationToken);
    }

    /// <summary>登记立案决定 (立案 or 不予立案).</summary>
    public Task<StepResult> RecordFilingAsync(Guid caseId, BureauFilingForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(caseId, form.Version, (c, actor, now, calendar) => c.RecordFilingByReceivingBureau(form.Decision, form.DecidedOn!.Value, form.Reference, actor, now, calendar), cancellationToken);
    }

    /// <summary>登记处置结果 (闭环).</summary>
    public Task<StepResult> RecordDisposalAsync(Guid caseId, BureauDisposalForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(caseId, form.Version, (c, actor, now, calendar) => c.RecordDisposalByReceivingBureau(form.DecisionNumber!, form.Penalty!, form.DecidedOn!.Value, actor, now, calendar), cancellationToken);
    }

    private async Task<StepResult> RunAsync(Guid caseId, int expectedVersion, Action<EnforcementCase, Actor, DateTime, WorkingDayCalendar> step, CancellationToken cancellationToken)
    {
        var enforcementCase = await FindAsync(caseId, cancellationToken);
        if (enforcementCase is null)
        {
            return StepResult.NotFound;
        }

        if (enforcementCase.Version != expectedVersion)
        {
            return StepResult.Conflict;
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var eventsBefore = enforcementCase.Events.Count;
        try
        {
            step(enforcementCase, user.Actor, clock.Now, calendar);
            await db.SaveChangesAsync(cancellationToken);
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
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await audit.RecordAsync(AuditActions.StepFailed, AuditOutcome.Failure, $"case {caseId}", "数据库保存失败，已回滚");
            return StepResult.Refused(CaseSteps.SaveFailedMessage);
        }

        foreach (var entry in enforcementCase.Events.Skip(eventsBefore))
        {
            await audit.RecordAsync(AuditActions.CaseStep, AuditOutcome.Success, $"case {enforcementCase.Id} {enforcementCase.Number} #{entry.Sequence}", entry.Summary);
        }

        return StepResult.Done;
    }
}
