using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Cases;

/// <summary>The Chinese words for the lifecycle's states, steps and choices, as officers say them.</summary>
public static class CaseNames
{
    public static string Of(Trigger trigger) => trigger switch
    {
        Trigger.RoutinePatrol => "日常巡查",
        Trigger.Complaint => "投诉举报",
        Trigger.AssignedBySuperior => "上级交办",
        Trigger.SpecialCampaign => "专项检查",
        Trigger.DataMonitoring => "数据监测",
        Trigger.EnterpriseRequest => "企业申请",
        _ => trigger.ToString(),
    };

    public static string Of(CaseState state) => state switch
    {
        CaseState.Inspected => "已检查待判定",
        CaseState.AwaitingNotice => "待下发整改通知书",
        CaseState.Rectifying => "整改中",
        CaseState.AwaitingReview => "待复查",
        CaseState.AwaitingInterview => "待约谈",
        CaseState.AwaitingTransfer => "待移交",
        CaseState.TransferPendingApproval => "移交待审批",
        CaseState.Transferred => "已移交待立案反馈",
        CaseState.AwaitingDisposal => "已立案待处置结果",
        CaseState.Concluded => "已办结待归档",
        CaseState.Ended => "已结束",
        CaseState.Archived => "已归档",
        CaseState.RectificationStage => "整改阶段",
        CaseState.TransferStage => "移交阶段",
        CaseState.FinishedStage => "已结束（办结、归档）",
        _ => state.ToString(),
    };

    /// <summary>What a case in this state waits for, in the words of the case page's first card.</summary>
    public static string WaitsFor(CaseState state) => state switch
    {
        CaseState.Inspected => "等待问题判定",
        CaseState.AwaitingNotice => "等待下发整改通知书",
        CaseState.Rectifying => "等待责任单位整改并提交整改回复",
        CaseState.AwaitingReview => "等待执法人员现场复查",
        CaseState.AwaitingInterview => "等待约谈责任单位负责人",
        CaseState.AwaitingTransfer => "等待制作移交单、提请移交",
        CaseState.TransferPendingApproval => "等待科长/站长或局领导审批移交",
        CaseState.Transferred => "等待城市管理局立案反馈",
        CaseState.AwaitingDisposal => "等待城市管理局处置结果反馈",
        CaseState.Concluded => "等待归档",
        CaseState.Ended => "案件已结束，无需继续办理",
        CaseState.Archived => "案件已归档，无需继续办理",
        _ => state.ToString(),
    };

    /// <summary>
    /// For a stage in which no deadline runs: says so, and what the procedure expects instead, so that no stage is
    /// silent about its deadline.
    /// </summary>
    public static string NoDeadlineNote(CaseState state) => state switch
    {
        CaseState.AwaitingReview => "本阶段无规定期限：收到整改回复或整改期限届满后应及时复查。",
        CaseState.AwaitingInterview => "本阶段无规定期限：应及时约谈责任单位负责人。",
        CaseState.AwaitingDisposal => "本阶段不计期限：城市管理局作出行政处罚决定后5个工作日内反馈（住建部 建法〔2025〕40号），决定日期以其反馈为准。",
        CaseState.Ended or CaseState.Archived => "案件已结束，不再计算期限。",
        _ => "本阶段无规定期限。",
    };

    /// <summary>The step's name declared on its member (<see cref="StepNameAttribute"/>).</summary>
    public static string Of(CaseAction action) => StepNames.TryGetValue(action, out var name) ? name : action.ToString();

    /// <summary>Every step's name, read once from the members' <see cref="StepNameAttribute"/>.</summary>
    public static IReadOnlyDictionary<CaseAction, string> StepNames { get; } = typeof(CaseAction)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(f => (Action: (CaseAction)f.GetValue(null)!, Name: f.GetCustomAttributes(typeof(StepNameAttribute), false).OfType<StepNameAttribute>().FirstOrDefault()?.Name))
        .Where(s => s.Name is not null)
        .ToDictionary(s => s.Action, s => s.Name!);

    public static string Of(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Rectified => "整改到位",
        ReviewOutcome.NotRectified => "整改未到位",
        ReviewOutcome.NotCooperating => "不配合",
        _ => outcome.ToString(),
    };

    public static string Of(InterviewOutcome outcome) => outcome switch
    {
        InterviewOutcome.Cooperative => "配合整改",
        InterviewOutcome.Refused => "拒不配合",
        _ => outcome.ToString(),
    };

    public static string Of(InterviewReason reason) => reason switch
    {
        InterviewReason.SeriousFinding => "严重问题立即约谈",
        InterviewReason.FailedReview => "复查未到位/不配合",
        _ => reason.ToString(),
    };

    public static string Of(ServiceMethod method) => method switch
    {
        ServiceMethod.InPerson => "直接送达",
        ServiceMethod.LeftAtPremises => "留置送达",
        ServiceMethod.Post => "邮寄送达",
        ServiceMethod.Electronic => "电子送达",
        _ => method.ToString(),
    };

    public static string Of(ReplyKind kind) => kind switch
    {
        ReplyKind.Statement => "情况说明",
        ReplyKind.Receipt => "整改回执",
        ReplyKind.Plan => "整改方案",
        _ => kind.ToString(),
    };

    public static string Of(FilingDecision decision) => decision switch
    {
        FilingDecision.Filed => "立案",
        FilingDecision.NotFiled => "不予立案",
        _ => decision.ToString(),
    };

    public static string Of(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Rectification => "整改期限",
        DeadlineKind.Transfer => "移交期限",
        DeadlineKind.Archive => "归档期限",
        _ => kind.ToString(),
    };

    public static string Of(FindingSeverity severity, DepartmentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return severity == FindingSeverity.Serious ? policy.SeriousFindingLabel : policy.GeneralFindingLabel;
    }

    public static string Of(AwaitedFeedback feedback) => feedback switch
    {
        AwaitedFeedback.Filing => "等待立案反馈（接收单位作出立案决定后5个工作日内）",
        AwaitedFeedback.Disposal => "等待处置结果反馈（作出处罚决定或终止调查后5个工作日内）",
        _ => feedback.ToString(),
    };
}
