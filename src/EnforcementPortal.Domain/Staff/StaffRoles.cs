namespace EnforcementPortal.Domain.Staff;

/// <summary>The roles of the portal's staff. The string values are the role names stored by the identity system.</summary>
public static class StaffRoles
{
    /// <summary>执法人员.</summary>
    public const string Officer = "Officer";

    /// <summary>科长/站长: approves transfers and inspection plans of the department.</summary>
    public const string SectionChief = "SectionChief";

    /// <summary>法制审核员: legality review of major decisions, across departments.</summary>
    public const string LegalReviewer = "LegalReviewer";

    /// <summary>局领导: reads everything.</summary>
    public const string BureauLeader = "BureauLeader";

    /// <summary>系统管理员.</summary>
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Officer, SectionChief, LegalReviewer, BureauLeader, Administrator];

    /// <summary>Roles whose members belong to exactly one department.</summary>
    public static readonly IReadOnlyList<string> DepartmentBound = [Officer, SectionChief];

    public static string DisplayName(string role) => role switch
    {
        Officer => "执法人员",
        SectionChief => "科长/站长",
        LegalReviewer => "法制审核员",
        BureauLeader => "局领导",
        Administrator => "系统管理员",
        _ => role,
    };

    public static bool IsDepartmentBound(string role) => role is Officer or SectionChief;
}
