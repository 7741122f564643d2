using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Infrastructure.Complaints;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>The complaint a case was opened from (trigger 投诉举报), as the case page shows it.</summary>
/// <param name="Id">The complaint.</param>
/// <param name="ReceiptNumber">受理编号.</param>
/// <param name="Channel">案件来源渠道.</param>
/// <param name="ReceivedOn">登记日期.</param>
/// <param name="CanOpen">Whether the user may open the complaint (<see cref="ComplaintAccess.CanSee"/>): the link is shown only then.</param>
/// <param name="MaskedName">The complainant masked (张*, 匿名).</param>
/// <param name="MaskedPhone">The phone masked (139****1234, 未留).</param>
public sealed record SourceComplaint(Guid Id, string ReceiptNumber, ComplaintChannel Channel, DateOnly ReceivedOn, bool CanOpen, string MaskedName, string MaskedPhone);

/// <summary>
/// Finds the source complaint of a case. The complainant is always masked here (操作流程 五): the full identity is
/// revealed, and audited, only on the complaint's own page to those allowed to see it.
/// </summary>
public sealed class CaseSourceComplaints(AppDbContext db, ComplaintAccess access, ComplainantProtection protection)
{
    public async Task<SourceComplaint?> ForCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        return complaint is null
            ? null
            : new SourceComplaint(
                complaint.Id,
                complaint.ReceiptNumber,
                complaint.Channel,
                complaint.ReceivedOn,
                access.CanSee(complaint),
                ComplainantPrivacy.MaskName(protection.RevealName(complaint)),
                ComplainantPrivacy.MaskPhone(protection.RevealPhone(complaint)));
    }
}
