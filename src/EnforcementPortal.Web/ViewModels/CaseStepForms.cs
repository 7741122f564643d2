using EnforcementPortal.Domain.Cases;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>
/// A step's form on the case page, found by convention: a form type <c>XForm</c> that implements this interface is shown
/// by the partial <c>Views/Cases/Steps/_X.cshtml</c> (the form is its model, the case page is in <c>ViewData["Page"]</c>)
/// whenever one of its <see cref="Steps"/> is permitted, and its fields are bound under the prefix <c>X</c>
/// (<c>[Bind(Prefix = "X")]</c> on the action), so that the partial writes <c>asp-for="Field"</c> and the browser posts
/// <c>X.Field</c>. The members are implemented explicitly (or left to their defaults) so that model binding and validation
/// never see them. The guard test <c>StepConventions</c> (architecture tests) fails for a form without its partial, a
/// partial without its form, or an action whose prefix differs.
/// </summary>
public interface ICaseStepForm
{
    /// <summary>The steps of the machine this form takes.</summary>
    IReadOnlyList<CaseAction> Steps { get; }

    /// <summary>
    /// Whether the fields carry the prefix <c>X.</c>; a confirmation (the version only: 登记逾期未回复, 归档) posts its
    /// version without one, and a refusal of it is told in the page's status line.
    /// </summary>
    bool HasPrefix => true;

    /// <summary>The partial's name without the underscore, if not the form's name.</summary>
    string? PartialName => null;

    /// <summary>
    /// The roles that get this form on the case page without being the department's officers or chiefs (who get every
    /// form): the legal reviewer, the bureau leader. The step's action admits them by its own <c>[Authorize]</c>.
    /// </summary>
    IReadOnlyList<string> OutsideRoles => [];

    /// <summary>Whether the case page shows the partial now (by default: one of the steps is permitted).</summary>
    bool IsShownOn(CaseDetailsViewModel page) => Steps.Any(page.IsPermitted);

    /// <summary>Whether the partial, when shown, shows the form itself and so the errors of a refused post.</summary>
    bool ShowsFormOn(CaseDetailsViewModel page) => IsShownOn(page);

    /// <summary>Fills the form for its first showing (the version is set before).</summary>
    void Prefill(CaseFormDefaults defaults)
    {
    }
}

/// <summary>What a form is filled from for its first showing.</summary>
public sealed record CaseFormDefaults(EnforcementCase Case, DateOnly Today, DateTime Now, Guid UserId, string LegalRepresentative);

/// <summary>
/// The registry of the step forms, built once by reflection from the types implementing <see cref="ICaseStepForm"/>.
/// They come on the page in the order of their first step in <see cref="CaseLifecycle.StepOrder"/> (a form taking fewer
/// steps first: the transfer letter's date before the filing feedback). A refused step puts its form back as the user
/// typed it (<see cref="Keep"/>).
/// </summary>
public static class CaseStepForms
{
    /// <summary>Where the partials are.</summary>
    public const string Folder = "~/Views/Cases/Steps/";

    /// <summary>One step form: its type, its name (binding prefix unless a confirmation), its partial.</summary>
    public sealed record Entry(Type FormType, string Name, string? Prefix, string Partial, ICaseStepForm Convention)
    {
        public string PartialPath => $"{Folder}_{Partial}.cshtml";

        /// <summary>A new form of this type, with the version of the case.</summary>
        public CaseActionForm Create(int version)
        {
            var form = (CaseActionForm)Activator.CreateInstance(FormType)!;
            form.Version = version;
            return form;
        }
    }

    /// <summary>Every step form, in the order of the page.</summary>
    public static IReadOnlyList<Entry> All { get; } = [.. typeof(CaseStepForms).Assembly.GetTypes()
        .Where(t => typeof(ICaseStepForm).IsAssignableFrom(t) && typeof(CaseActionForm).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t =>
        {
            var convention = (ICaseStepForm)Activator.CreateInstance(t)!;
            var name = t.Name.EndsWith("Form", StringComparison.Ordinal) ? t.Name[..^"Form".Length] : t.Name;
            return new Entry(t, name, convention.HasPrefix ? name : null, convention.PartialName ?? name, convention);
        })
        .OrderBy(e => e.Convention.Steps.Select(s => IndexOf(s)).DefaultIfEmpty(int.MaxValue).Min())
        .ThenBy(e => e.Convention.Steps.Count)
        .ThenBy(e => e.Name, StringComparer.Ordinal)];

    private static readonly Dictionary<Type, Entry> ByType = All.ToDictionary(e => e.FormType);

    /// <summary>The forms the page shows now to the department's staff, in order.</summary>
    public static IEnumerable<Entry> ShownOn(CaseDetailsViewModel page) => All.Where(e => e.Convention.IsShownOn(page));

    /// <summary>The forms the page shows now to a user outside the department with one of <paramref name="isInRole"/>'s roles.</summary>
    public static IEnumerable<Entry> ShownToOutsider(CaseDetailsViewModel page, Func<string, bool> isInRole) =>
        ShownOn(page).Where(e => e.Convention.OutsideRoles.Any(isInRole));

    /// <summary>The step form <paramref name="entry"/> as the page holds it (filled, or as the user typed it).</summary>
    public static CaseActionForm FormOf(CaseDetailsViewModel page, Entry entry)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(entry);
        return page.Forms.TryGetValue(entry.FormType, out var form) ? form : entry.Create(page.Case.Version);
    }

    /// <summary>Fills every step form for its first showing.</summary>
    public static void Prefill(CaseDetailsViewModel page, CaseFormDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(defaults);
        foreach (var entry in All)
        {
            var form = entry.Create(defaults.Case.Version);
            ((ICaseStepForm)form).Prefill(defaults);
            page.Forms[entry.FormType] = form;
        }
    }

    /// <summary>The view data a step's partial renders with: the page's, under the form's prefix.</summary>
    public static ViewDataDictionary ViewDataFor(Entry entry, ViewDataDictionary pageViewData)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return WithPrefix(pageViewData, entry.Prefix ?? string.Empty);
    }

    /// <summary>The view data under another field prefix (empty: a form without one inside a prefixed partial).</summary>
    public static ViewDataDictionary WithPrefix(ViewDataDictionary viewData, string prefix)
    {
        var copy = new ViewDataDictionary(viewData);
        copy.TemplateInfo.HtmlFieldPrefix = prefix;
        return copy;
    }

    /// <summary>The form's name on the page (its binding prefix), or null for a step without a form of its own.</summary>
    public static string? NameOf(CaseActionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return ByType.TryGetValue(form.GetType(), out var entry) ? entry.Prefix : null;
    }

    /// <summary>Puts the form as typed into the page's model, so that the user can correct it and submit again.</summary>
    public static void Keep(CaseDetailsViewModel model, CaseActionForm form)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(form);
        if (ByType.ContainsKey(form.GetType()))
        {
            model.Forms[form.GetType()] = form;
        }
    }

    /// <summary>Whether the case page, as it is now, shows the form named <paramref name="formName"/> (and so its errors).</summary>
    public static bool OfferedOnPage(string formName, CaseDetailsViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var entry = All.FirstOrDefault(e => e.Prefix == formName);
        return entry is null || (entry.Convention.IsShownOn(model) && entry.Convention.ShowsFormOn(model));
    }

    private static int IndexOf(CaseAction step)
    {
        var index = CaseLifecycle.StepOrder.ToList().IndexOf(step);
        return index < 0 ? int.MaxValue : index;
    }
}
