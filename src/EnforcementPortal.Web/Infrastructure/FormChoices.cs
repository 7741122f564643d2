using Microsoft.AspNetCore.Mvc.Rendering;

namespace EnforcementPortal.Web.Infrastructure;

/// <summary>
/// The options of a form's drop-down list for <c>asp-items</c>: every value of an enum with its Chinese name. The posted
/// value is the enum's name, as before the forms used tag helpers; which option is selected follows <c>asp-for</c>.
/// </summary>
public static class FormChoices
{
    /// <summary>The <c>accept</c> list of an evidence upload (the server checks the content anyway).</summary>
    public const string EvidenceTypes = "image/jpeg,image/png,application/pdf,video/mp4";

    public static IReadOnlyList<SelectListItem> Of<TEnum>(Func<TEnum, string> name)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(name);
        return Enum.GetValues<TEnum>().Select(value => new SelectListItem(name(value), value.ToString())).ToList();
    }
}
