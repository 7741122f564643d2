using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Complaints;

/// <summary>
/// 案件分拣: one rule per business line naming the department that handles it. An administrator may change a rule; the
/// dispatcher may send a single complaint elsewhere with a reason (see <see cref="Complaint.Route"/>).
/// </summary>
public sealed class ComplaintRoutingRule
{
    public const int ActorNameMaxLength = 64;

    private ComplaintRoutingRule()
    {
        ChangedByName = string.Empty;
    }

    public ComplaintRoutingRule(BusinessLine line, DepartmentCode department, Actor? changedBy = null, DateTime? changedAt = null)
    {
        Line = line;
        Department = department;
        ChangedById = changedBy?.UserId;
        ChangedByName = changedBy?.Name ?? string.Empty;
        ChangedAt = changedAt;
    }

    public BusinessLine Line { get; private set; }

    public DepartmentCode Department { get; private set; }

    public Guid? ChangedById { get; private set; }

    public string ChangedByName { get; private set; }

    public DateTime? ChangedAt { get; private set; }

    public void ChangeTo(DepartmentCode department, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!Enum.IsDefined(department))
        {
            throw new DomainException("请选择承办部门。");
        }

        Department = department;
        ChangedById = actor.UserId;
        ChangedByName = actor.Name;
        ChangedAt = at;
    }
}

/// <summary>The seeded rules and the lookup through the rules in force.</summary>
public static class ComplaintRouting
{
    /// <summary>
    /// The rules the portal starts with: 交易/经纪/评估/开发 → 房产科; 建筑市场/施工许可 → 建管科; 人防工程 → 人防;
    /// 施工安全 → 安监站; 工程质量 → 质监站.
    /// </summary>
    public static IReadOnlyDictionary<BusinessLine, DepartmentCode> Defaults { get; } = new Dictionary<BusinessLine, DepartmentCode>
    {
        [BusinessLine.Transaction] = DepartmentCode.Housing,
        [BusinessLine.Brokerage] = DepartmentCode.Housing,
        [BusinessLine.Appraisal] = DepartmentCode.Housing,
        [BusinessLine.Development] = DepartmentCode.Housing,
        [BusinessLine.ConstructionMarket] = DepartmentCode.ConstructionManagement,
        [BusinessLine.ConstructionPermit] = DepartmentCode.ConstructionManagement,
        [BusinessLine.CivilAirDefence] = DepartmentCode.CivilAirDefense,
        [BusinessLine.ConstructionSafety] = DepartmentCode.Safety,
        [BusinessLine.EngineeringQuality] = DepartmentCode.Quality,
    };

    /// <summary>The department the rules in force send a business line to; the seeded default when no rule is stored.</summary>
    public static DepartmentCode DepartmentFor(BusinessLine line, IEnumerable<ComplaintRoutingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var rule = rules.FirstOrDefault(r => r.Line == line);
        if (rule is not null)
        {
            return rule.Department;
        }

        return Defaults.TryGetValue(line, out var department)
            ? department
            : throw new DomainException("该业务类别没有分派规则，请联系系统管理员。");
    }
}
