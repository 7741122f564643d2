using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EnforcementPortal.IntegrationTests.Infrastructure;

namespace EnforcementPortal.IntegrationTests.Complaints;

/// <summary>
/// Submits a form of a page as a browser would with its defaults: every enabled input, checked box, selected option and
/// textarea as the page rendered them, then the test's own values in place of those with the same names.
/// </summary>
internal static class HtmlForms
{
    public static List<KeyValuePair<string, string>> DefaultsOf(IElement form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.HasAttribute("checked"))
                    {
                        fields.Add(new(name, input.GetAttribute("value") ?? "on"));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "file" or "submit" or "button":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.GetAttribute("value") ?? string.Empty));
                    break;
                case IHtmlSelectElement select:
                    var option = select.QuerySelector("option[selected]") ?? select.QuerySelector("option");
                    if (option is not null)
                    {
                        fields.Add(new(name, option.GetAttribute("value") ?? option.TextContent));
                    }

                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.TextContent));
                    break;
            }
        }

        return fields;
    }

    /// <summary>Posts the form found by <paramref name="selector"/> on <paramref name="pageUrl"/>; <paramref name="values"/> replace the defaults of their names (a list value posts each).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(PortalClient client, string pageUrl, string selector, Dictionary<string, string[]>? values = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetPageAsync(pageUrl);
        var form = page.QuerySelector(selector) ?? throw new InvalidOperationException($"No form {selector} on {pageUrl}: {page.Body?.TextContent[..Math.Min(2000, page.Body.TextContent.Length)]}");
        var fields = DefaultsOf(form);
        foreach (var (name, list) in values ?? [])
        {
            fields.RemoveAll(f => f.Key == name);
            fields.AddRange(list.Select(v => new KeyValuePair<string, string>(name, v)));
        }

        var response = await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(fields), ComplaintClient.Ct);
        return response;
    }
}
