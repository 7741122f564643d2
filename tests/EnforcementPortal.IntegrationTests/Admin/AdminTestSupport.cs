using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Admin;

/// <summary>What the administration tests do again and again: read a form as a browser would post it, sign in with any password.</summary>
internal static class AdminTestSupport
{
    /// <summary>
    /// The fields a browser would post for the form: enabled inputs, checked boxes, selected options, text areas.
    /// When a name repeats (a checkbox and its hidden "false"), the first wins, as in MVC's binding of a bool.
    /// The antiforgery token is left out; <see cref="PortalClient.PostFormAsync(string, string, Dictionary{string, string})"/> adds it.
    /// </summary>
    public static Dictionary<string, string> FieldsOf(IHtmlDocument page, string formSelector)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form {formSelector}.");
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            var (name, value) = element switch
            {
                IHtmlInputElement { IsDisabled: false, Type: "checkbox" or "radio", IsChecked: true } input => (input.Name, input.Value),
                IHtmlInputElement { IsDisabled: false, Type: not ("checkbox" or "radio" or "submit" or "button") } input => (input.Name, input.Value),
                IHtmlSelectElement { IsDisabled: false } select => (select.Name, SelectedValue(select)),
                IHtmlTextAreaElement { IsDisabled: false } area => (area.Name, area.Value),
                _ => (null, null),
            };
            if (!string.IsNullOrEmpty(name) && name != "__RequestVerificationToken")
            {
                fields.TryAdd(name, value ?? string.Empty);
            }
        }

        return fields;
    }

    private static string SelectedValue(IHtmlSelectElement select) =>
        select.SelectedOptions.Length > 0 ? select.SelectedOptions[0].Value
        : select.Options.Length > 0 ? select.Options[0].Value
        : string.Empty;

    public static async Task<HttpResponseMessage> PostSignInAsync(PortalClient client, string userName, string password) =>
        await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = userName, ["Password"] = password });

    /// <summary>Signs in with a password other than the demo one (a new account, a reset password).</summary>
    public static async Task<PortalClient> SignedInAsync(PortalFactory factory, string userName, string password)
    {
        var client = PortalClient.Anonymous(factory);
        var response = await PostSignInAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await PortalClient.ParseAsync(response);
            client.Dispose();
            throw new InvalidOperationException($"Sign-in of {userName} failed: {page.QuerySelector("[data-testid=login-error]")?.TextContent.Trim()}");
        }

        return client;
    }

    public static async Task<Guid> UserIdAsync(PortalFactory factory, string userName)
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    public static string ErrorsOn(IHtmlDocument page) =>
        page.QuerySelector("[data-testid=form-errors]")?.TextContent ?? string.Empty;

    public static IElement? Row(IHtmlDocument page, string testId, string attribute, string value) =>
        page.QuerySelectorAll($"[data-testid={testId}]").FirstOrDefault(r => r.GetAttribute(attribute) == value);
}
