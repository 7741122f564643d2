using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Complaints;

/// <summary>The Chinese names of the complaint's enums, for pages and the timeline.</summary>
public static class ComplaintNames
{
    public static string Of(ComplaintChannel channel) => channel switch
    {
        ComplaintChannel.OnlinePublic => "公众网上投诉",
        ComplaintChannel.Hotline => "便民热线",
        ComplaintChannel.PublicOpinion => "舆情监测",
        ComplaintChannel.DepartmentFinding => "部门自查发现",
        ComplaintChannel.Superior => "上级转办/督办",
        ComplaintChannel.District => "区县",
        _ => channel.ToString(),
    };

    public static string Of(BusinessLine line) => line switch
    {
        BusinessLine.Transaction => "房屋交易",
        BusinessLine.Brokerage => "房地产经纪",
        BusinessLine.Appraisal => "房地产评估",
        BusinessLine.Development => "房地产开发",
        BusinessLine.ConstructionMarket => "建筑市场",
        BusinessLine.ConstructionPermit => "施工许可",
        BusinessLine.CivilAirDefence => "人防工程",
        BusinessLine.ConstructionSafety => "施工安全",
        BusinessLine.EngineeringQuality => "工程质量",
        _ => line.ToString(),
    };

    public static string Of(ComplaintState state) => state switch
    {
        ComplaintState.Received => "已登记，待分派",
        ComplaintState.Routed => "已分派，待受理",
        ComplaintState.Accepted => "已受理",
        ComplaintState.ReturnPending => "申请退回，待科长审批",
        ComplaintState.Returned => "已退回分派部门",
        ComplaintState.RefusalPending => "申请不予受理，待科长审批",
        ComplaintState.Refused => "不予受理",
        ComplaintState.Handling => "调查处理中",
        ComplaintState.Answered => "已提出处理意见",
        ComplaintState.Closed => "已办结",
        _ => state.ToString(),
    };

    public static string Of(ComplaintAction action) => action switch
    {
        ComplaintAction.Route => "分派",
        ComplaintAction.Accept => "受理并指定经办人",
        ComplaintAction.RequestReturn => "申请退回",
        ComplaintAction.ApproveReturn => "批准退回",
        ComplaintAction.RequestRefusal => "申请不予受理",
        ComplaintAction.ApproveRefusal => "批准不予受理",
        ComplaintAction.RejectRequest => "不同意退回/不予受理",
        ComplaintAction.NotifyEnterprise => "通知企业回复",
        ComplaintAction.RecordOpinion => "提出处理意见",
        ComplaintAction.Close => "办结答复",
        _ => action.ToString(),
    };

    public static string Of(ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.NoViolation => "不存在违法违规行为",
        ComplaintOutcome.CivilDispute => "属于民事纠纷",
        ComplaintOutcome.Violation => "存在违法违规行为，依法查处",
        ComplaintOutcome.AssistRequest => "需其他部门协查",
        _ => outcome.ToString(),
    };

    public static string Of(VisitSatisfaction satisfaction) => satisfaction switch
    {
        VisitSatisfaction.Satisfied => "满意",
        VisitSatisfaction.Unsatisfied => "不满意",
        VisitSatisfaction.Unreachable => "未能联系",
        _ => satisfaction.ToString(),
    };

    public static string DepartmentName(DepartmentCode department) => DepartmentPolicy.For(department).ShortName;
}
