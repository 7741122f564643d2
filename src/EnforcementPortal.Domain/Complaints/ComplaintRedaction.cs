namespace EnforcementPortal.Domain.Complaints;

/// <summary>A file of the enterprise's own reply, as the enterprise sees it.</summary>
public sealed record EnterpriseReplyFile(Guid Id, string FileName, long Length);

/// <summary>
/// A complaint as the complained-about enterprise may see it (北京市房地产市场动态监管信息平台操作流程 二（四）: the enterprise
/// replies on line within 3 working days; 五: 不得泄露……投诉举报人信息). Only what was
/// complained about in the bureau's words and what the bureau asks: no complainant, no complainant's own text or
/// attachments, no channel, no handler, no internal timeline, no answer to the complainant.
/// </summary>
public sealed record EnterpriseComplaintView(
    Guid Id,
    string ReceiptNumber,
    string Line,
    string PartyName,
    string SiteAddress,
    string Department,
    string Request,
    DateOnly NotifiedOn,
    DateOnly ReplyDue,
    DateOnly? RepliedOn,
    string? Reply,
    IReadOnlyList<EnterpriseReplyFile> ReplyFiles,
    string Status,
    bool CanReply)
{
    /// <summary>What the enterprise reads where a complaint page would name the complainant.</summary>
    public const string ComplainantNotice = "投诉人信息依法保密";
}

/// <summary>What each outside party may see of a complaint; the one place the rule is written.</summary>
public static class ComplaintRedaction
{
    /// <summary>
    /// The complaint as the enterprise of <paramref name="partyId"/> sees it, or null when the complaint was not notified to
    /// that party (then the enterprise does not see it at all). <paramref name="today"/> decides whether it may still reply.
    /// </summary>
    public static EnterpriseComplaintView? ForEnterprise(Complaint complaint, Guid partyId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (partyId == Guid.Empty || complaint.EnterprisePartyId != partyId || complaint.EnterpriseNotifiedOn is not { } notified || complaint.EnterpriseReplyDue is not { } due)
        {
            return null;
        }

        var replied = complaint.EnterpriseReply is not null;
        var status = complaint.State switch
        {
            ComplaintState.Handling when !replied && today > due => "已逾期未回复",
            ComplaintState.Handling when !replied => "待本单位回复",
            ComplaintState.Handling => "已回复，承办部门核查中",
            ComplaintState.Closed => "已办结",
            _ => "承办部门处理中",
        };
        var request = complaint.EnterpriseRequest ?? $"请就群众反映的{ComplaintNames.Of(complaint.Line)}问题作出情况说明。";
        return new EnterpriseComplaintView(
            complaint.Id,
            complaint.ReceiptNumber,
            ComplaintNames.Of(complaint.Line),
            complaint.PartyName,
            complaint.SiteAddress,
            complaint.Department is { } d ? ComplaintNames.DepartmentName(d) : string.Empty,
            request,
            notified,
            due,
            complaint.EnterpriseRepliedOn,
            complaint.EnterpriseRepliedOnline ? complaint.EnterpriseReply : replied ? "（承办部门已登记本单位的回复）" : null,
            [.. complaint.Attachments.Where(a => a.FromEnterprise).Select(a => new EnterpriseReplyFile(a.Id, a.FileName, a.Length))],
            status,
            complaint.State == ComplaintState.Handling && !replied && today <= due);
    }
}
