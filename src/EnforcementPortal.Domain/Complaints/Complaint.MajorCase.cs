using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Complaints;

/// <summary>
/// 重大案件 (北京市房地产市场动态监管信息平台操作流程 三): why a complaint is a major case. A complaint may be major for several
/// reasons at once; stored as flags, the values never change.
/// </summary>
[Flags]
public enum MajorCaseReasons
{
    None = 0,

    /// <summary>领导批示.</summary>
    LeaderInstruction = 1,

    /// <summary>涉及两个及以上部门.</summary>
    MultipleDepartments = 2,

    /// <summary>群体性投诉.</summary>
    MassComplaint = 4,

    /// <summary>跨区域.</summary>
    CrossDistrict = 8,
}

/// <summary>Names of the major-case reasons.</summary>
public static class MajorCaseNames
{
    public static readonly IReadOnlyList<MajorCaseReasons> Each =
        [MajorCaseReasons.LeaderInstruction, MajorCaseReasons.MultipleDepartments, MajorCaseReasons.MassComplaint, MajorCaseReasons.CrossDistrict];

    public static string Of(MajorCaseReasons reason) => reason switch
    {
        MajorCaseReasons.LeaderInstruction => "领导批示",
        MajorCaseReasons.MultipleDepartments => "涉及两个及以上部门",
        MajorCaseReasons.MassComplaint => "群体性投诉",
        MajorCaseReasons.CrossDistrict => "跨区域",
        _ => reason.ToString(),
    };

    /// <summary>领导批示、群体性投诉 …, in the order of the procedure.</summary>
    public static string Describe(MajorCaseReasons reasons) => string.Join("、", Each.Where(r => reasons.HasFlag(r)).Select(Of));
}

public sealed partial class Complaint
{
    /// <summary>Why the complaint is a major case; <see cref="MajorCaseReasons.None"/> when it is not.</summary>
    public MajorCaseReasons MajorReasons { get; private set; }

    /// <summary>牵头单位 of a major case.</summary>
    public DepartmentCode? MajorLeadDepartment { get; private set; }

    /// <summary>配合部门 of a major case (never the lead).</summary>
    public List<DepartmentCode> MajorParticipants { get; private set; } = [];

    public DateOnly? MajorFlaggedOn { get; private set; }

    public bool IsMajor => MajorReasons != MajorCaseReasons.None;

    /// <summary>
    /// 列为重大案件 (or changes its reasons and units): at least one reason, a lead unit, participating departments distinct
    /// from the lead; "two or more departments" needs at least one participating department. A closed or refused complaint
    /// is not flagged any more.
    /// </summary>
    public void FlagMajor(MajorCaseReasons reasons, DepartmentCode lead, IReadOnlyCollection<DepartmentCode> participants, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(actor);
        Require(IsOpen, "已办结或不予受理的投诉不能列为重大案件。");
        Require(reasons != MajorCaseReasons.None && (reasons & ~AllReasons) == 0, "请至少选择一项重大案件情形。");
        Require(Enum.IsDefined(lead), "请选择牵头单位。");
        Require(participants.All(Enum.IsDefined), "配合部门无效。");
        Require(!participants.Contains(lead), "配合部门不能包含牵头单位。");
        Require(!reasons.HasFlag(MajorCaseReasons.MultipleDepartments) || participants.Count > 0, "涉及两个及以上部门的，请选择至少一个配合部门。");
        var first = !IsMajor;
        MajorReasons = reasons;
        MajorLeadDepartment = lead;
        MajorParticipants = [.. participants.Distinct().Order()];
        MajorFlaggedOn ??= DateOnly.FromDateTime(at);
        var units = MajorParticipants.Count == 0 ? string.Empty : $"，配合部门：{string.Join("、", MajorParticipants.Select(d => DepartmentPolicy.For(d).ShortName))}";
        Append(actor, at, null, State, State, $"{(first ? "列为重大案件" : "调整重大案件")}（{MajorCaseNames.Describe(reasons)}），牵头单位：{DepartmentPolicy.For(lead).ShortName}{units}。");
    }

    private const MajorCaseReasons AllReasons = MajorCaseReasons.LeaderInstruction | MajorCaseReasons.MultipleDepartments | MajorCaseReasons.MassComplaint | MajorCaseReasons.CrossDistrict;
}
