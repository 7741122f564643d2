using EnforcementPortal.Web.Queries;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>The names of the complaint desk's lists: the heading, the address segment of the full list, and how the first rows are chosen.</summary>
public static class ComplaintListNames
{
    public static string Title(ComplaintList list) => list switch
    {
        ComplaintList.ToRoute => "待分派",
        ComplaintList.ToAccept => "待受理",
        ComplaintList.Mine => "我经办的",
        ComplaintList.PendingDecisions => "待科长审批（退回、不予受理、延期）",
        ComplaintList.Overdue => "逾期未办（可催办）",
        ComplaintList.ToVisit => "办结待回访",
        _ => "最近的投诉",
    };

    /// <summary>The address segment of the full list (/Complaints/List/{slug}); also the desk section's test id.</summary>
    public static string Slug(ComplaintList list) => list switch
    {
        ComplaintList.ToRoute => "to-route",
        ComplaintList.ToAccept => "to-accept",
        ComplaintList.Mine => "mine",
        ComplaintList.PendingDecisions => "pending-decisions",
        ComplaintList.Overdue => "overdue",
        ComplaintList.ToVisit => "to-visit",
        _ => "recent",
    };

    public static bool TryParse(string? slug, out ComplaintList list)
    {
        foreach (var candidate in Enum.GetValues<ComplaintList>())
        {
            if (Slug(candidate) == slug)
            {
                list = candidate;
                return true;
            }
        }

        list = default;
        return false;
    }

    /// <summary>How the rows shown first are chosen: newest first, or for the overdue list the longest overdue first.</summary>
    public static string Order(ComplaintList list) => list == ComplaintList.Overdue ? "按期限排序，逾期最久的在前" : "按登记时间排序，最新的在前";
}
