using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.PenaltyMatters;

/// <summary>A matter as offered on a transfer form: whether it is the department's own and whether the findings suggest it.</summary>
public sealed record PenaltyMatterOption(PenaltyMatter Matter, bool IsDepartments, bool IsSuggested)
{
    /// <summary>What the search box matches: name, articles, law titles and keywords.</summary>
    public string SearchText =>
        string.Join(' ', new[] { Matter.Name, Matter.LegalBasis.Length > 300 ? Matter.LegalBasis[..300] : Matter.LegalBasis, Matter.Keywords ?? string.Empty }
            .Concat(Matter.Provisions.Select(p => p.Citation)));
}

/// <summary>
/// Orders the catalogue for a transfer: matters in force only (a cited retired one stays listed); the findings'
/// suggestions first, then the department's own matters, then the rest, each group in catalogue order.
/// </summary>
public static class PenaltyMatterChoice
{
    public static IReadOnlyList<PenaltyMatterOption> For(IEnumerable<PenaltyMatter> catalogue, DepartmentCode department, IEnumerable<string> findingTexts, DateOnly today, IReadOnlyCollection<int>? alreadyCited = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(findingTexts);
        var text = string.Join('\n', findingTexts);
        return [.. catalogue
            .Where(m => m.IsInForce(today) || alreadyCited?.Contains(m.Id) == true)
            .Select(m => new PenaltyMatterOption(m, m.AppliesTo(department), m.AppliesTo(department) && Suggests(m, text)))
            .OrderByDescending(o => o.IsSuggested)
            .ThenByDescending(o => o.IsDepartments)
            .ThenBy(o => o.Matter.Sequence)];
    }

    /// <summary>The matter that fits best: the first suggested by the findings, else the department's first; null if none.</summary>
    public static PenaltyMatter? BestFor(IEnumerable<PenaltyMatter> catalogue, DepartmentCode department, IEnumerable<string> findingTexts, DateOnly today) =>
        For(catalogue, department, findingTexts, today).FirstOrDefault(o => o.IsDepartments)?.Matter;

    /// <summary>Whether any keyword of the matter occurs in the findings' text.</summary>
    public static bool Suggests(PenaltyMatter matter, string findingsText)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentNullException.ThrowIfNull(findingsText);
        return matter.KeywordList.Any(k => findingsText.Contains(k, StringComparison.Ordinal));
    }
}
