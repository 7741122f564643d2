using System.Reflection;
using EnforcementPortal.Domain.Cases;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>
/// Where a step's form lives on the case page: the property of <see cref="CaseDetailsViewModel"/> of the form's type,
/// whose name is also the binding prefix of the form's fields (<c>Notice</c>, <c>Reply</c>, <c>Review</c> …). A refused
/// step puts the form back there as the user typed it. The confirmations (批准移交, 登记逾期未回复, 归档) and the evidence
/// upload have no form of their own on the page. A new step's form needs only its property on the page's model.
/// </summary>
public static class CaseStepForms
{
    private static readonly Dictionary<Type, PropertyInfo> Places = typeof(CaseDetailsViewModel)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && typeof(CaseActionForm).IsAssignableFrom(p.PropertyType))
        .ToDictionary(p => p.PropertyType);

    /// <summary>The form's name on the page (its binding prefix), or null for a step without a form of its own.</summary>
    public static string? NameOf(CaseActionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Places.TryGetValue(form.GetType(), out var place) ? place.Name : null;
    }

    /// <summary>Puts the form as typed into the page's model, so that the user can correct it and submit again.</summary>
    public static void Keep(CaseDetailsViewModel model, CaseActionForm form)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(form);
        if (Places.TryGetValue(form.GetType(), out var place))
        {
            place.SetValue(model, form);
        }
    }

    /// <summary>Whether the case page, as it is now, shows the form named <paramref name="formName"/> (and so its errors).</summary>
    public static bool OfferedOnPage(string formName, CaseDetailsViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return formName switch
        {
            "Notice" => model.IsPermitted(CaseAction.IssueNotice),
            "Reply" => model.IsPermitted(CaseAction.RecordReply),
            "Review" => model.IsPermitted(CaseAction.ReviewPassed) || model.IsPermitted(CaseAction.ReviewFailed),
            "Interview" => model.IsPermitted(CaseAction.InterviewCooperative) || model.IsPermitted(CaseAction.InterviewRefused),
            "Transfer" => model.IsPermitted(CaseAction.RequestTransfer),
            "ReturnTransfer" => model.CanApproveTransfer && !model.MustRecuse && model.IsPermitted(CaseAction.ReturnTransfer),
            "TransferSent" => model.Case.State == CaseState.Transferred && model.IsPermitted(CaseAction.FilingAccepted),
            "Filing" => model.IsPermitted(CaseAction.FilingAccepted) || model.IsPermitted(CaseAction.FilingDeclined),
            "Disposal" => model.IsPermitted(CaseAction.RecordDisposal),
            "LegalReview" => CaseLifecycle.LegalReviewSteps.Any(model.IsPermitted),
            _ => true,
        };
    }
}
