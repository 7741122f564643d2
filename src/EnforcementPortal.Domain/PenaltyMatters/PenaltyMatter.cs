using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.PenaltyMatters;

/// <summary>
/// An administrative-penalty matter (行政处罚事项) of the receiving bureau's published list: what a transfer
/// (案件移交) cites as the penalty power the receiving bureau holds, with its legal basis and stage duties.
/// </summary>
public class PenaltyMatter
{
    public const int NameMaxLength = 500;
    public const int PowerTypeMaxLength = 50;
    public const int ImplementingAuthorityMaxLength = 100;
    public const int AdministrativeLevelMaxLength = 50;
    public const int ResponsibilityBasisMaxLength = 2000;
    public const int RemarksMaxLength = 500;
    public const int FineRangeMaxLength = 200;
    public const int KeywordsMaxLength = 500;

    public const string NoArticleMessage = "实施依据中未找到任何法律条款，请按“《法律名称》第X条”的格式填写。";

    public const string NoDepartmentMessage = "请至少选择一个适用部门。";

    private readonly List<LegalProvision> _provisions = [];

    private PenaltyMatter()
    {
        Name = string.Empty;
        PowerType = string.Empty;
        ImplementingAuthority = string.Empty;
        LegalBasis = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The position in the published list, from 1.</summary>
    public int Sequence { get; private set; }

    /// <summary>事项名称: 对擅自预售商品房的处罚.</summary>
    public string Name { get; private set; }

    /// <summary>权利类型: 行政处罚.</summary>
    public string PowerType { get; private set; }

    /// <summary>实施机关: 西咸新区综合行政执法局.</summary>
    public string ImplementingAuthority { get; private set; }

    /// <summary>行政层次 (新区级), where the list gives one.</summary>
    public string? AdministrativeLevel { get; private set; }

    /// <summary>实施依据: plain text, one paragraph a line.</summary>
    public string LegalBasis { get; private set; }

    /// <summary>The articles the legal basis cites, in order of appearance, extracted from <see cref="LegalBasis"/>.</summary>
    public IReadOnlyList<LegalProvision> Provisions => _provisions;

    /// <summary>责任事项: the duties of each stage (立案, 调查, 审查, 告知, 决定, 送达, 执行 …), one a line.</summary>
    public string? Responsibilities { get; private set; }

    /// <summary>责任依据: the laws the duties rest on.</summary>
    public string? ResponsibilityBasis { get; private set; }

    /// <summary>备注.</summary>
    public string? Remarks { get; private set; }

    /// <summary>The departments whose transfers cite the matter (offered first on their transfer form).</summary>
    public List<DepartmentCode> Departments { get; private set; } = [];

    /// <summary>罚款幅度, quoted word for word from the article.</summary>
    public string? FineRange { get; private set; }

    /// <summary>Words of a finding that suggest the matter (防水, 临边, 防空地下室 …), separated by ；.</summary>
    public string? Keywords { get; private set; }

    /// <summary>
    /// The matter comes from the example catalogue shipped with the product (seed 004, another region's published
    /// list), not from the bureau's own catalogue.
    /// </summary>
    public bool IsExample { get; private set; }

    /// <summary>In force since (施行日期), when known.</summary>
    public DateOnly? InForceFrom { get; private set; }

    /// <summary>The day the matter was retired (废止/停止适用); a retired matter is no longer offered.</summary>
    public DateOnly? RetiredOn { get; private set; }

    public bool IsInForce(DateOnly day) => (InForceFrom is null || InForceFrom <= day) && (RetiredOn is null || day < RetiredOn);

    public bool AppliesTo(DepartmentCode department) => Departments.Contains(department);

    /// <summary>
    /// 移交引用的行政处罚事项: every cited matter exists, applies to the department and is in force on the day — a retired
    /// matter stays on the cases that cited it, but no new transfer may cite it, whatever a form posts.
    /// </summary>
    public static void RequireCitable(IReadOnlyCollection<int> citedIds, IEnumerable<PenaltyMatter> found, DepartmentCode department, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(citedIds);
        ArgumentNullException.ThrowIfNull(found);
        var matters = found.ToDictionary(m => m.Id);
        foreach (var id in citedIds.Distinct())
        {
            if (!matters.TryGetValue(id, out var matter) || !matter.AppliesTo(department))
            {
                throw new DomainException("所引用的行政处罚事项不存在或不属于本部门，请重新选择。");
            }

            if (!matter.IsInForce(day))
            {
                throw new DomainException($"行政处罚事项“{matter.Name}”已废止或尚未施行，不能在新的移交中引用，请重新选择。");
            }
        }
    }

    /// <summary>The keywords one by one.</summary>
    public IReadOnlyList<string> KeywordList =>
        Keywords is null ? [] : Keywords.Split('；', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Sets the departments, the fine range and the keywords (reference data and the administrator's edits).</summary>
    public PenaltyMatter Classify(IEnumerable<DepartmentCode> departments, string? fineRange, IEnumerable<string>? keywords)
    {
        ArgumentNullException.ThrowIfNull(departments);
        Departments = [.. departments.Distinct().Order()];
        FineRange = Optional(fineRange, FineRangeMaxLength, "罚款幅度");
        Keywords = Optional(keywords is null ? null : string.Join("；", keywords.Select(k => k.Trim()).Where(k => k.Length > 0)), KeywordsMaxLength, "关键词");
        return this;
    }

    /// <summary>Marks the matter as part of the example catalogue.</summary>
    public PenaltyMatter MarkAsExample()
    {
        IsExample = true;
        return this;
    }

    /// <summary>
    /// The administrator's correction of the name, implementing authority and legal basis (the cited articles are
    /// extracted again). A retired matter is not revised: transfers and documents that cited it keep what it said.
    /// </summary>
    public void Revise(string name, string implementingAuthority, string legalBasis, string? remarks)
    {
        if (RetiredOn is not null)
        {
            throw new DomainException("该事项已停止适用，不能修改。");
        }

        var revisedName = Required(name, NameMaxLength, "事项名称");
        var revisedAuthority = Required(implementingAuthority, ImplementingAuthorityMaxLength, "实施机关");
        var revisedBasis = Required(legalBasis, int.MaxValue, "实施依据");
        var revisedRemarks = Optional(remarks, RemarksMaxLength, "备注");
        var provisions = LegalProvisionExtractor.Extract(revisedBasis);
        if (provisions.Count == 0)
        {
            throw new DomainException(NoArticleMessage);
        }

        Name = revisedName;
        ImplementingAuthority = revisedAuthority;
        LegalBasis = revisedBasis;
        Remarks = revisedRemarks;
        _provisions.Clear();
        _provisions.AddRange(provisions);
    }

    /// <summary>Retires the matter from <paramref name="day"/> on; transfers that cited it keep citing it.</summary>
    public void Retire(DateOnly day)
    {
        if (RetiredOn is not null)
        {
            throw new Common.DomainException("该事项已停止适用。");
        }

        if (InForceFrom is { } from && day < from)
        {
            throw new Common.DomainException("停止适用日期不能早于施行日期。");
        }

        RetiredOn = day;
    }

    /// <summary>
    /// A matter the administrator adds to the bureau's catalogue: a 行政处罚 whose legal basis cites at least one
    /// article, cited by at least one department.
    /// </summary>
    public static PenaltyMatter Add(int sequence, string name, string implementingAuthority, string legalBasis, string? remarks, IEnumerable<DepartmentCode> departments, string? fineRange, IEnumerable<string>? keywords)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var matter = Create(sequence, name, "行政处罚", implementingAuthority, legalBasis, remarks: remarks);
        if (matter.Provisions.Count == 0)
        {
            throw new DomainException(NoArticleMessage);
        }

        var chosen = departments.ToList();
        if (chosen.Count == 0)
        {
            throw new DomainException(NoDepartmentMessage);
        }

        return matter.Classify(chosen, fineRange, keywords);
    }

    public static PenaltyMatter Create(
        int sequence,
        string name,
        string powerType,
        string implementingAuthority,
        string legalBasis,
        string? responsibilities = null,
        string? responsibilityBasis = null,
        string? administrativeLevel = null,
        string? remarks = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);

        var matter = new PenaltyMatter
        {
            Sequence = sequence,
            Name = Required(name, NameMaxLength, "事项名称"),
            PowerType = Required(powerType, PowerTypeMaxLength, "权利类型"),
            ImplementingAuthority = Required(implementingAuthority, ImplementingAuthorityMaxLength, "实施机关"),
            LegalBasis = Required(legalBasis, int.MaxValue, "实施依据"),
            Responsibilities = Optional(responsibilities, int.MaxValue, "责任事项"),
            ResponsibilityBasis = Optional(responsibilityBasis, ResponsibilityBasisMaxLength, "责任依据"),
            AdministrativeLevel = Optional(administrativeLevel, AdministrativeLevelMaxLength, "行政层次"),
            Remarks = Optional(remarks, RemarksMaxLength, "备注"),
        };
        matter._provisions.AddRange(LegalProvisionExtractor.Extract(matter.LegalBasis));
        return matter;
    }

    private static string Required(string? value, int maxLength, string label) =>
        Optional(value, maxLength, label) ?? throw new DomainException($"{label}不能为空。");

    private static string? Optional(string? value, int maxLength, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"{label}不能超过 {maxLength} 个字。");
    }
}
