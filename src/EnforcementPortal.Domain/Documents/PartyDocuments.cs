namespace EnforcementPortal.Domain.Documents;

/// <summary>
/// Which issued documents are served on the party (送达当事人) and may therefore be downloaded by its enterprise account:
/// the documents addressed to it — 行政检查通知书, 整改通知书 (titled per department), 约谈通知书 — and the 送达回证 it signed.
/// Everything else is the bureau's own paper: the 现场检查笔录 and 约谈笔录 (kept in the case file), the 移交单 (to
/// 城市管理局), the 法制审核意见书, the 督办函 (to departments), the 协查 documents (from a complaint, between units), the
/// 案卷 and the 建设程序督办函 (sent to a 建设单位, not necessarily the case's party). A new kind is internal until it is named
/// here.
/// </summary>
public static class PartyDocuments
{
    public static bool IsServedOnParty(EnforcementDocumentKind kind) => kind switch
    {
        EnforcementDocumentKind.InspectionNotice => true,
        EnforcementDocumentKind.RectificationNotice => true,
        EnforcementDocumentKind.InterviewNotice => true,
        EnforcementDocumentKind.ServiceReceipt => true,
        _ => false,
    };
}
