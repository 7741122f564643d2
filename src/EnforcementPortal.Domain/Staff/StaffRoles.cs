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

    /// <summary>
    /// 投诉受理员: takes complaints in from every channel, routes them to the departments, urges and makes the return
    /// visit (the role of the 城研中心 in 北京市房地产市场动态监管信息平台操作流程). Belongs to no department; sees every
    /// complaint and its complainant, and no case.
    /// </summary>
    public const string ComplaintDispatcher = "ComplaintDispatcher";

    /// <summary>
    /// 城市管理局联络员: the receiving bureau's liaison. Belongs to no department of the bureau; sees only the cases
    /// transferred to 伊宁市城市管理局 (never a complainant) and records receipt, the filing decision and the disposal.
    /// </summary>
    public const string ReceivingBureau = "ReceivingBureau";

    public static readonly IReadOnlyList<string> All = [Officer, SectionChief, LegalReviewer, BureauLeader, Administrator, ComplaintDispatcher, ReceivingBureau];

    /// <summary>Roles whose members belong to exactly one department.</summary>
    public static readonly IReadOnlyList<string> DepartmentBound = [Officer, SectionChief];

    public static string DisplayName(string role) => role switch
    {
        Officer => "执法人员",
        SectionChief => "科长/站长",
        LegalReviewer => "法制审核员",
        BureauLeader => "局领导",
        Administrator => "系统管理员",
        ComplaintDispatcher => "投诉受理员",
        ReceivingBureau => "城市管理局联络员",
        _ => role,
    };

    public static bool IsDepartmentBound(string role) => role is Officer or SectionChief;
}
