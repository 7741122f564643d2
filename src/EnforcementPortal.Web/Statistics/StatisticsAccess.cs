using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Web.Security;

namespace EnforcementPortal.Web.Statistics;

/// <summary>Who may see and do what with a department's statistics.</summary>
public static class StatisticsAccess
{
    /// <summary>Officers and chiefs see their own department; bureau leaders and legal reviewers see all.</summary>
    public static bool CanView(CurrentUser user, DepartmentCode department)
    {
        ArgumentNullException.ThrowIfNull(user);
        return SeesAll(user) || (user.CanActOnCases && user.Department == department);
    }

    public static bool SeesAll(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(StaffRoles.BureauLeader) || user.IsInRole(StaffRoles.LegalReviewer);
    }

    /// <summary>Publishing a department's year: its chief (科长/站长) or a bureau leader.</summary>
    public static bool CanPublish(CurrentUser user, DepartmentCode department)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(StaffRoles.BureauLeader) || (user.IsChief && user.Department == department);
    }

    /// <summary>Entering supplementary figures: the department's own staff, or a bureau leader.</summary>
    public static bool CanEnterSupplementary(CurrentUser user, DepartmentCode department)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(StaffRoles.BureauLeader) || (user.CanActOnCases && user.Department == department);
    }

    public static IReadOnlyList<DepartmentCode> VisibleDepartments(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return SeesAll(user) ? [.. Enum.GetValues<DepartmentCode>()] : user.CanActOnCases && user.Department is { } d ? [d] : [];
    }
}
