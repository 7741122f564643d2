using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.Web.Security;

/// <summary>
/// Who may see and do what on a complaint. The dispatcher (投诉受理员, <see cref="StaffRoles.ComplaintDispatcher"/>) sees
/// every complaint; the bureau leader and the legal reviewer read every complaint; an officer or chief sees the complaints
/// routed to their department; anyone else none. The complainant's identity is for the dispatcher, the assigned handler and
/// the chief of the handling department only (操作流程 五), and each reveal is audited.
/// </summary>
public sealed class ComplaintAccess(CurrentUser user)
{
    public bool IsDispatcher => user.IsInRole(StaffRoles.ComplaintDispatcher);

    public bool ReadsAll => IsDispatcher || user.IsLeader || user.IsInRole(StaffRoles.LegalReviewer);

    public bool CanSee(Complaint complaint) => ReadsAll || IsDepartmentMember(complaint);

    public IQueryable<Complaint> Visible(IQueryable<Complaint> complaints)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        if (ReadsAll)
        {
            return complaints;
        }

        var department = user.CanActOnCases ? user.Department : null;
        return department is null ? complaints.Where(c => false) : complaints.Where(c => c.Department == department);
    }

    public bool IsDepartmentMember(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return user.CanActOnCases && complaint.Department is not null && complaint.Department == user.Department;
    }

    public bool IsDepartmentChief(Complaint complaint) => user.IsChief && IsDepartmentMember(complaint);

    public bool IsHandler(Complaint complaint) => IsDepartmentMember(complaint) && complaint.HandlerId == user.Id;

    public bool IsHandlerOrChief(Complaint complaint) => IsHandler(complaint) || IsDepartmentChief(complaint);

    public bool MaySeeComplainant(Complaint complaint) => IsDispatcher || IsHandlerOrChief(complaint);

    /// <summary>催办: the dispatcher (城研中心's role), the bureau leader, or the chief of the handling department.</summary>
    public bool MayUrge(Complaint complaint) => IsDispatcher || user.IsLeader || IsDepartmentChief(complaint);
}
