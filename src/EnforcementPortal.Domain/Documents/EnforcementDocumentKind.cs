namespace EnforcementPortal.Domain.Documents;

/// <summary>The enforcement documents (执法文书) a case produces.</summary>
public enum EnforcementDocumentKind
{
    /// <summary>行政检查通知书.</summary>
    InspectionNotice = 1,

    /// <summary>现场检查笔录.</summary>
    InspectionRecord = 2,

    /// <summary>整改通知书, titled per department (DepartmentPolicy.NoticeTitle).</summary>
    RectificationNotice = 3,

    /// <summary>约谈通知书.</summary>
    InterviewNotice = 4,

    /// <summary>约谈笔录.</summary>
    InterviewRecord = 5,

    /// <summary>送达回证 of a rectification notice.</summary>
    ServiceReceipt = 6,

    /// <summary>行政执法案件移交单.</summary>
    TransferForm = 7,

    /// <summary>案卷: cover, table of contents, every issued document and the evidence photos.</summary>
    ArchiveVolume = 8,

    /// <summary>法制审核意见书 (建法〔2025〕40号 (十三)).</summary>
    LegalReviewOpinion = 20,
    /// <summary>督办函 from the 督办 list (建法〔2025〕40号 (十一)); composed from its <c>SupervisionLetter</c>.</summary>
    SupervisionLetter = 30,

    /// <summary>建设单位依法履行建设程序督办函 (建管科 to a 建设单位).</summary>
    ConstructionProcedureLetter = 31,
    /// <summary>房地产市场违法违规案件协查通知单 (委内), issued from a complaint.</summary>
    AssistNotice = 40,

    /// <summary>房地产市场违法违规案件协查意见书 (委外), issued from a complaint.</summary>
    AssistOpinion = 41,
}

/// <summary>Names of the document kinds.</summary>
public static class EnforcementDocumentNames
{
    public static string Of(EnforcementDocumentKind kind) => kind switch
    {
        EnforcementDocumentKind.InspectionNotice => "行政检查通知书",
        EnforcementDocumentKind.InspectionRecord => "现场检查笔录",
        EnforcementDocumentKind.RectificationNotice => "整改通知书",
        EnforcementDocumentKind.InterviewNotice => "约谈通知书",
        EnforcementDocumentKind.InterviewRecord => "约谈笔录",
        EnforcementDocumentKind.ServiceReceipt => "送达回证",
        EnforcementDocumentKind.TransferForm => "行政执法案件移交单",
        EnforcementDocumentKind.ArchiveVolume => "案卷",
        EnforcementDocumentKind.LegalReviewOpinion => "法制审核意见书",
        EnforcementDocumentKind.SupervisionLetter => "督办函",
        EnforcementDocumentKind.ConstructionProcedureLetter => "建设单位依法履行建设程序督办函",
        EnforcementDocumentKind.AssistNotice => "协查通知单",
        EnforcementDocumentKind.AssistOpinion => "协查意见书",
        _ => kind.ToString(),
    };
}
