namespace EnforcementPortal.Domain.Statistics;

/// <summary>The three groups of the annual figures of 《伊宁市住建局 执法流程与办事指南》, plus the department's other business figures.</summary>
public enum IndicatorGroup
{
    /// <summary>监督检查类.</summary>
    Supervision = 1,

    /// <summary>整改督办类.</summary>
    Rectification = 2,

    /// <summary>案件移交类.</summary>
    Transfer = 3,

    /// <summary>其他业务数据 (entered by the department, e.g. 人防费).</summary>
    Other = 4,
}

/// <summary>The indicators computed from the case records. The names are stored in published snapshots: do not rename.</summary>
public enum IndicatorCode
{
    /// <summary>监督对象 (家 or 个项目).</summary>
    SupervisedObjects = 1,

    /// <summary>开展监督检查 (现场检查 + 复查).</summary>
    Inspections = 2,

    /// <summary>其中：现场检查.</summary>
    FirstInspections = 3,

    /// <summary>其中：复查.</summary>
    ReviewInspections = 4,

    /// <summary>开展专项检查.</summary>
    SpecialCampaigns = 5,

    /// <summary>发现问题/隐患.</summary>
    Findings = 6,

    /// <summary>下发整改通知书.</summary>
    Notices = 7,

    /// <summary>约谈责任单位负责人.</summary>
    Interviews = 8,

    /// <summary>整改闭环率.</summary>
    ClosedLoopRate = 9,

    /// <summary>移交城市管理局.</summary>
    Transferred = 10,

    /// <summary>跟踪处置完成（件）.</summary>
    TrackingCompleted = 11,

    /// <summary>跟踪处置完成率.</summary>
    TrackingCompletionRate = 12,

    /// <summary>整改后经法制审核不予处罚结案（件）, 建法〔2025〕40号 (九).</summary>
    ClosedWithoutPenaltyAfterLegalReview = 20,
    /// <summary>下发建设单位依法履行建设程序督办函 (建管科), counted from the issued letters.</summary>
    ConstructionProcedureLetters = 30,
}

public static class IndicatorGroups
{
    public static readonly IReadOnlyList<IndicatorGroup> All = [IndicatorGroup.Supervision, IndicatorGroup.Rectification, IndicatorGroup.Transfer, IndicatorGroup.Other];

    public static string NameOf(IndicatorGroup group) => group switch
    {
        IndicatorGroup.Supervision => "监督检查类",
        IndicatorGroup.Rectification => "整改督办类",
        IndicatorGroup.Transfer => "案件移交类",
        IndicatorGroup.Other => "其他业务数据",
        _ => group.ToString(),
    };
}
