namespace EnforcementPortal.Domain.Cases;

/// <summary>执法启动: why the case was started.</summary>
public enum Trigger
{
    /// <summary>日常巡查.</summary>
    RoutinePatrol = 1,

    /// <summary>投诉举报.</summary>
    Complaint = 2,

    /// <summary>上级交办.</summary>
    AssignedBySuperior = 3,

    /// <summary>专项检查.</summary>
    SpecialCampaign = 4,

    /// <summary>数据监测.</summary>
    DataMonitoring = 5,

    /// <summary>企业申请.</summary>
    EnterpriseRequest = 6,
}

/// <summary>问题判定: the finding after inspection; follows the most severe finding.</summary>
public enum Determination
{
    NoViolation = 0,
    General = 1,
    Serious = 2,
}

/// <summary>The severity of one finding (问题/隐患 item).</summary>
public enum FindingSeverity
{
    General = 1,
    Serious = 2,
}

/// <summary>
/// The lifecycle states of a case. Written only by the department's state machine. The values are explicit and stable
/// (stored, and hashed into the timeline chain): a new state takes the next free value wherever it comes in the procedure,
/// whose order is <see cref="CaseLifecycle.ProcedureOrder"/>.
/// </summary>
public enum CaseState
{
    /// <summary>现场检查已记录，待判定.</summary>
    Inspected = 0,

    /// <summary>待下发整改通知书.</summary>
    AwaitingNotice = 1,

    /// <summary>整改中（待责任单位回复）.</summary>
    Rectifying = 2,

    /// <summary>待复查.</summary>
    AwaitingReview = 3,

    /// <summary>待约谈.</summary>
    AwaitingInterview = 4,

    /// <summary>待移交.</summary>
    AwaitingTransfer = 5,

    /// <summary>移交待审批.</summary>
    TransferPendingApproval = 6,

    /// <summary>已移交，待立案反馈.</summary>
    Transferred = 7,

    /// <summary>已立案，待处置结果.</summary>
    AwaitingDisposal = 8,

    /// <summary>已办结，待归档.</summary>
    Concluded = 9,

    /// <summary>已结束（未发现问题）.</summary>
    Ended = 10,

    /// <summary>已归档.</summary>
    Archived = 11,

    // The stages of the procedure (CaseLifecycle.Stages): Stateless superstates that group the states above, so that the
    // diagrams read by stage. A case is never in a stage itself; the values stay clear of the states'.

    /// <summary>整改阶段: 下发整改通知书 → 整改 → 复查 → 约谈.</summary>
    RectificationStage = 100,

    /// <summary>移交阶段: 提请移交 → 审批 → 立案反馈 → 处置结果.</summary>
    TransferStage = 101,

    /// <summary>已结束: 办结、结束、归档.</summary>
    FinishedStage = 102,
}

/// <summary>
/// The steps an officer or chief takes; the triggers of the lifecycle machine. The values are explicit and stable: they
/// are stored (timeline entries) and hashed into the timeline chain, so a member may be renamed but a value is never
/// reused or renumbered; a new step takes the next free value. Where a step comes in the procedure is
/// <see cref="CaseLifecycle.ProcedureOrder"/>, not this number. Each member carries its Chinese name
/// (<see cref="StepNameAttribute"/>), which <see cref="CaseNames.Of(CaseAction)"/> reads; the guard test
/// <c>StepConventions</c> fails for a step without one.
/// </summary>
public enum CaseAction
{
    [StepName("判定：未发现问题")]
    DetermineNoViolation = 0,
    [StepName("判定：一般问题")]
    DetermineGeneral = 1,
    [StepName("判定：严重问题")]
    DetermineSerious = 2,
    [StepName("下发整改通知书")]
    IssueNotice = 3,
    [StepName("登记整改回复")]
    RecordReply = 4,
    [StepName("登记逾期未回复")]
    RecordNoReply = 5,
    [StepName("复查：整改到位")]
    ReviewPassed = 6,
    [StepName("复查：未到位/不配合")]
    ReviewFailed = 7,
    [StepName("约谈：配合整改")]
    InterviewCooperative = 8,
    [StepName("约谈：拒不配合")]
    InterviewRefused = 9,
    [StepName("提请移交")]
    RequestTransfer = 10,
    [StepName("批准移交")]
    ApproveTransfer = 11,
    [StepName("退回移交申请")]
    ReturnTransfer = 12,
    [StepName("登记立案反馈：已立案")]
    FilingAccepted = 13,
    [StepName("登记立案反馈：不予立案")]
    FilingDeclined = 14,
    [StepName("登记处置结果")]
    RecordDisposal = 15,
    [StepName("归档结案")]
    Archive = 16,

    /// <summary>法制审核：同意 (建法〔2025〕40号 (十三)).</summary>
    [StepName("法制审核：同意")]
    LegalReviewAgreed = 20,

    /// <summary>法制审核：退回补充.</summary>
    [StepName("法制审核：退回补充")]
    LegalReviewReturned = 21,

    /// <summary>法制审核：不同意.</summary>
    [StepName("法制审核：不同意")]
    LegalReviewDisagreed = 22,
}

/// <summary>Why an interview is held.</summary>
public enum InterviewReason
{
    /// <summary>严重违规/重大隐患：立即约谈.</summary>
    SeriousFinding = 1,

    /// <summary>复查整改未到位/不配合.</summary>
    FailedReview = 2,
}

public enum InterviewOutcome
{
    /// <summary>约谈后配合整改.</summary>
    Cooperative = 1,

    /// <summary>约谈后仍不配合.</summary>
    Refused = 2,
}

public enum ReviewOutcome
{
    /// <summary>整改到位.</summary>
    Rectified = 1,

    /// <summary>整改未到位.</summary>
    NotRectified = 2,

    /// <summary>不配合.</summary>
    NotCooperating = 3,
}

public enum ReplyKind
{
    /// <summary>情况说明.</summary>
    Statement = 1,

    /// <summary>整改回执.</summary>
    Receipt = 2,

    /// <summary>整改方案 (submitted by the enterprise on line; value from the enterprise feature's reserved range).</summary>
    Plan = 30,
}

public enum ServiceMethod
{
    /// <summary>直接送达.</summary>
    InPerson = 1,

    /// <summary>留置送达.</summary>
    LeftAtPremises = 2,

    /// <summary>邮寄送达.</summary>
    Post = 3,

    /// <summary>电子送达.</summary>
    Electronic = 4,
}

public enum FilingDecision
{
    /// <summary>立案.</summary>
    Filed = 1,

    /// <summary>不予立案.</summary>
    NotFiled = 2,
}

public enum DeadlineKind
{
    /// <summary>整改期限.</summary>
    Rectification = 1,

    /// <summary>移交期限（判定后10个工作日内）.</summary>
    Transfer = 2,

    /// <summary>归档期限（办结后60日内）.</summary>
    Archive = 4,
}

/// <summary>
/// The receiving bureau's feedback a transferred case waits for (建法〔2025〕40号 (三)). Each is due 5 working days after
/// the bureau's own decision, so its deadline is known (and checked) when the feedback records that decision.
/// </summary>
public enum AwaitedFeedback
{
    /// <summary>立案反馈: whether the receiving bureau filed the case.</summary>
    Filing = 1,

    /// <summary>处置结果反馈: the penalty decided, or the investigation terminated.</summary>
    Disposal = 2,
}

public static class AwaitedFeedbacks
{
    /// <summary>The feedback a case in <paramref name="state"/> waits for, if any.</summary>
    public static AwaitedFeedback? In(CaseState state) => state switch
    {
        CaseState.Transferred => AwaitedFeedback.Filing,
        CaseState.AwaitingDisposal => AwaitedFeedback.Disposal,
        _ => null,
    };
}

public enum InspectionKind
{
    /// <summary>现场检查.</summary>
    Initial = 1,

    /// <summary>复查.</summary>
    Review = 2,
}
