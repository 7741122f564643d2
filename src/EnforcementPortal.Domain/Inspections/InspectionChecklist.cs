using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Inspections;

/// <summary>The verdict on one checklist item at an inspection.</summary>
public enum ChecklistVerdict
{
    /// <summary>合格.</summary>
    Pass = 1,

    /// <summary>不合格.</summary>
    Fail = 2,

    /// <summary>不适用.</summary>
    NotApplicable = 3,
}

/// <summary>
/// One item of a checklist: its category (e.g. a JGJ 59 category), what is checked, the legal basis (quoted word for word
/// where an article is cited) and the severity a failure has. <see cref="Code"/> is the item's lasting code, kept from one
/// version of the checklist to the next (and shared by departments checking the same thing); without one the item's code
/// is the department's short name and the item number (<see cref="InspectionChecklist.CodeOf"/>).
/// </summary>
public sealed record ChecklistItem(int Number, string Category, string Text, string LegalBasis, FindingSeverity Severity, string? Code = null);

/// <summary>The verdict recorded on one item, with the officer's comment (required for a failed item).</summary>
public sealed record ChecklistItemResult(int ItemNumber, ChecklistVerdict Verdict, string? Comment);

/// <summary>
/// 检查清单: a department's versioned list of inspection items (安监站 on the categories of 《建筑施工安全检查标准》JGJ 59,
/// 质监站 on the quality-supervision items, 房产科 on the sales, agency and appraisal rules). A new version is a new
/// checklist; an inspection records the version it used, so a later revision never changes a past record.
/// </summary>
public sealed class InspectionChecklist
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 1000;

    private List<ChecklistItem> _items = [];

    private InspectionChecklist()
    {
        Title = string.Empty;
    }

    public Guid Id { get; private set; }

    public DepartmentCode Department { get; private set; }

    public int VersionNumber { get; private set; }

    public string Title { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public IReadOnlyList<ChecklistItem> Items => _items;

    public string Label => $"{Title}（第{VersionNumber}版）";

    public static InspectionChecklist Publish(Guid id, DepartmentCode department, int versionNumber, string title, DateOnly effectiveFrom, IReadOnlyList<ChecklistItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Require(versionNumber >= 1, "版本号须为正整数。");
        Require(!string.IsNullOrWhiteSpace(title) && title.Trim().Length <= TitleMaxLength, "请填写检查清单名称（不超过200字）。");
        Require(items.Count > 0, "检查清单至少须有一个检查项。");
        Require(items.Select(i => i.Number).Distinct().Count() == items.Count, "检查项编号不能重复。");
        Require(items.All(i => !string.IsNullOrWhiteSpace(i.Text) && i.Text.Length <= TextMaxLength), "每个检查项都须填写检查内容。");
        Require(items.All(i => !string.IsNullOrWhiteSpace(i.LegalBasis) && i.LegalBasis.Length <= TextMaxLength), "每个检查项都须注明检查依据。");
        return new InspectionChecklist
        {
            Id = id,
            Department = department,
            VersionNumber = versionNumber,
            Title = title.Trim(),
            EffectiveFrom = effectiveFrom,
            _items = [.. items.OrderBy(i => i.Number)],
        };
    }

    public ChecklistItem? Item(int number) => _items.FirstOrDefault(i => i.Number == number);

    /// <summary>The lasting code of an item: its own <see cref="ChecklistItem.Code"/>, or the department's short name and the number.</summary>
    public string CodeOf(ChecklistItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return string.IsNullOrWhiteSpace(item.Code) ? $"{DepartmentPolicy.For(Department).ShortName}-{item.Number}" : item.Code.Trim();
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainException(message);
        }
    }
}

/// <summary>
/// What a checklist inspection yields: every item must carry a verdict; each failed item becomes a finding with the
/// officer's comment and the item's severity; a review (复查) re-inspects the failed items only.
/// </summary>
public static class ChecklistOutcome
{
    /// <summary>Checks the results against the checklist and returns the findings of the failed items, in item order.</summary>
    public static IReadOnlyList<FindingDraft> Findings(InspectionChecklist checklist, IReadOnlyList<ChecklistItemResult> results)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(results);
        var byNumber = results.GroupBy(r => r.ItemNumber).ToDictionary(g => g.Key, g => g.ToList());
        if (byNumber.Values.Any(g => g.Count > 1) || byNumber.Keys.Any(n => checklist.Item(n) is null))
        {
            throw new DomainException("检查项结果与检查清单不符，请刷新页面后重新填写。");
        }

        var missing = checklist.Items.Where(i => !byNumber.ContainsKey(i.Number)).Select(i => i.Number).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException($"以下检查项尚未判定（合格/不合格/不适用）：第{string.Join("、", missing)}项。");
        }

        var findings = new List<FindingDraft>();
        foreach (var item in checklist.Items)
        {
            var result = byNumber[item.Number][0];
            if (result.Verdict != ChecklistVerdict.Fail)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(result.Comment))
            {
                throw new DomainException($"第{item.Number}项“{item.Text}”判定为不合格，须填写问题说明。");
            }

            findings.Add(new FindingDraft($"【检查项{item.Number}·{item.Category}】{item.Text}：{result.Comment.Trim()}", item.Severity, null, ChecklistItemCode: checklist.CodeOf(item)));
        }

        return findings;
    }

    /// <summary>The items a review (复查) re-inspects: those failed at the inspection, in item order.</summary>
    public static IReadOnlyList<ChecklistItem> ItemsToReview(InspectionChecklist checklist, IReadOnlyList<ChecklistItemResult> results)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(results);
        var failed = results.Where(r => r.Verdict == ChecklistVerdict.Fail).Select(r => r.ItemNumber).ToHashSet();
        return [.. checklist.Items.Where(i => failed.Contains(i.Number))];
    }

    public static string VerdictName(ChecklistVerdict verdict) => verdict switch
    {
        ChecklistVerdict.Pass => "合格",
        ChecklistVerdict.Fail => "不合格",
        ChecklistVerdict.NotApplicable => "不适用",
        _ => verdict.ToString(),
    };
}
