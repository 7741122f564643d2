namespace EnforcementPortal.Domain.Complaints;

/// <summary>案件录入: how a complaint reached the bureau (北京市房地产市场动态监管信息平台操作流程 二（一）). Stored values never change.</summary>
public enum ComplaintChannel
{
    /// <summary>公众网上投诉 (the public intake page).</summary>
    OnlinePublic = 1,

    /// <summary>便民热线.</summary>
    Hotline = 2,

    /// <summary>舆情监测.</summary>
    PublicOpinion = 3,

    /// <summary>部门自查发现 (the department's own findings in its daily work).</summary>
    DepartmentFinding = 4,

    /// <summary>上级转办/督办.</summary>
    Superior = 5,

    /// <summary>区县 (collected by a district).</summary>
    District = 6,
}

/// <summary>The business line a complaint is about; routing sends each line to a department (案件分拣).</summary>
public enum BusinessLine
{
    /// <summary>房屋交易.</summary>
    Transaction = 1,

    /// <summary>房地产经纪.</summary>
    Brokerage = 2,

    /// <summary>房地产评估.</summary>
    Appraisal = 3,

    /// <summary>房地产开发.</summary>
    Development = 4,

    /// <summary>建筑市场.</summary>
    ConstructionMarket = 5,

    /// <summary>施工许可.</summary>
    ConstructionPermit = 6,

    /// <summary>人防工程.</summary>
    CivilAirDefence = 7,

    /// <summary>施工安全.</summary>
    ConstructionSafety = 8,

    /// <summary>工程质量.</summary>
    EngineeringQuality = 9,
}

/// <summary>Where a complaint stands. Stored values never change; a new state takes the next free number.</summary>
public enum ComplaintState
{
    /// <summary>已登记, waiting for the dispatcher (分拣).</summary>
    Received = 1,

    /// <summary>已分派 to a department, waiting for it to accept.</summary>
    Routed = 2,

    /// <summary>已受理: a handler is assigned; the handling opinion is due in 10 working days.</summary>
    Accepted = 3,

    /// <summary>The department asks to return it to the dispatcher (outside its remit); the chief decides.</summary>
    ReturnPending = 4,

    /// <summary>Returned to the dispatcher with the chief's approval; the dispatcher routes it again.</summary>
    Returned = 5,

    /// <summary>The department asks to refuse it (无效投诉); the chief decides.</summary>
    RefusalPending = 6,

    /// <summary>不予受理 with the chief's approval; the reason is shown to the complainant.</summary>
    Refused = 7,

    /// <summary>调查处理中: the enterprise has been asked to reply (3 working days).</summary>
    Handling = 8,

    /// <summary>已提出处理意见 (outcome recorded).</summary>
    Answered = 9,

    /// <summary>已办结: the answer is released to the complainant.</summary>
    Closed = 10,
}

/// <summary>The steps of the complaint's state machine.</summary>
public enum ComplaintAction
{
    Route = 1,
    Accept = 2,
    RequestReturn = 3,
    ApproveReturn = 4,
    RequestRefusal = 5,
    ApproveRefusal = 6,
    RejectRequest = 7,
    NotifyEnterprise = 8,
    RecordOpinion = 9,
    Close = 10,
}

/// <summary>调查处理的结果 (操作流程 二（六）1–4).</summary>
public enum ComplaintOutcome
{
    /// <summary>不存在违法违规行为 (or the enterprise's reply answered everything lawfully).</summary>
    NoViolation = 1,

    /// <summary>民事纠纷，无法判定责任: advise the court route.</summary>
    CivilDispute = 2,

    /// <summary>存在违法违规行为: rectification in 15 days and an enforcement case.</summary>
    Violation = 3,

    /// <summary>需其他部门配合协查.</summary>
    AssistRequest = 4,
}

/// <summary>回访 result.</summary>
public enum VisitSatisfaction
{
    Satisfied = 1,
    Unsatisfied = 2,
    Unreachable = 3,
}
