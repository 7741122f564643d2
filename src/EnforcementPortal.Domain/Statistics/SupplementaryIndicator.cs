using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Statistics;

/// <summary>
/// 补充指标: a figure of a department's year that is not an enforcement record (施工许可证 198 项, 人防费审批额
/// 4328.37 万元, 竣工备案 108 个, 督办函 70 份 …), entered by the department with its unit. It is published with the
/// computed figures and frozen in the publication like them.
/// </summary>
public sealed class SupplementaryIndicator
{
    public const int NameMaxLength = 64;
    public const int UnitMaxLength = 16;
    public const int RemarkMaxLength = 200;
    public const int ActorNameMaxLength = 64;
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const decimal MaxValue = 999_999_999_999m;

    private SupplementaryIndicator()
    {
        Name = string.Empty;
        Unit = string.Empty;
        EnteredByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public DepartmentCode Department { get; private set; }

    public int Year { get; private set; }

    public IndicatorGroup Group { get; private set; }

    /// <summary>指标名称, e.g. 办理施工许可证; unique within the department's year.</summary>
    public string Name { get; private set; }

    public decimal Value { get; private set; }

    /// <summary>单位, e.g. 项, 个, 万元, 平方米.</summary>
    public string Unit { get; private set; }

    /// <summary>说明, e.g. 其中今年审批821.81万元.</summary>
    public string? Remark { get; private set; }

    /// <summary>Position within its group.</summary>
    public int SortOrder { get; private set; }

    public Guid EnteredById { get; private set; }

    public string EnteredByName { get; private set; }

    public DateTime EnteredAt { get; private set; }

    public static SupplementaryIndicator Enter(DepartmentCode department, int year, IndicatorGroup group, string name, decimal value, string unit, string? remark, int sortOrder, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(year is >= MinYear and <= MaxYear, $"年度应在{MinYear}至{MaxYear}之间。");
        Require(Enum.IsDefined(department), "部门无效。");
        Require(!AnnualIndicators.For(department).Any(d => string.Equals(d.Name, name?.Trim(), StringComparison.Ordinal)), "该指标由系统根据执法记录计算（如督办函按已出具的文书计数），不能填报。");
        var indicator = new SupplementaryIndicator
        {
            Id = Guid.NewGuid(),
            Department = department,
            Year = year,
            Name = Text(name, NameMaxLength, "指标名称"),
        };
        indicator.Set(group, value, unit, remark, sortOrder, actor, at);
        return indicator;
    }

    public void Change(IndicatorGroup group, decimal value, string unit, string? remark, int sortOrder, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Set(group, value, unit, remark, sortOrder, actor, at);
    }

    private static string Text(string? value, int maxLength, string label)
    {
        Require(!string.IsNullOrWhiteSpace(value), $"请填写{label}。");
        var trimmed = value!.Trim();
        Require(trimmed.Length <= maxLength, $"{label}不能超过{maxLength}个字。");
        return trimmed;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainException(message);
        }
    }

    private void Set(IndicatorGroup group, decimal value, string unit, string? remark, int sortOrder, Actor actor, DateTime at)
    {
        Require(Enum.IsDefined(group), "指标类别无效。");
        Require(value >= 0, "指标数值不能为负数。");
        Require(value <= MaxValue, "指标数值过大。");
        Require(decimal.Round(value, 2) == value, "指标数值最多保留两位小数。");
        Group = group;
        Value = value;
        Unit = Text(unit, UnitMaxLength, "计量单位");
        Remark = string.IsNullOrWhiteSpace(remark) ? null : Text(remark, RemarkMaxLength, "说明");
        SortOrder = sortOrder;
        EnteredById = actor.UserId;
        EnteredByName = actor.Name.Length > ActorNameMaxLength ? actor.Name[..ActorNameMaxLength] : actor.Name;
        EnteredAt = at;
    }
}
