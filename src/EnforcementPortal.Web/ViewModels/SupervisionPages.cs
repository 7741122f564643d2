using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.Web.Queries.Supervision;
using EnforcementPortal.Web.Services;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>The 督办 page: the list and the letters already issued for its cases.</summary>
public sealed record SupervisionPageViewModel(SupervisionList List, IReadOnlyList<IssuedLetter> Letters)
{
    /// <summary>The 督办函 already issued for this item and its current deadline, if any.</summary>
    public IssuedLetter? LetterFor(SupervisionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Letters.FirstOrDefault(l => l.CaseId == item.CaseId && l.Kind == SupervisionLetterKind.Overdue && l.ItemKind == item.Kind && l.ItemDue == item.Due);
    }

    /// <summary>The default 督办要求 offered in the form.</summary>
    public static string DefaultRequirement(SupervisionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"请承办部门于回复期限前办结“{item.Title}”事项，并书面说明逾期原因及整改措施。";
    }
}
