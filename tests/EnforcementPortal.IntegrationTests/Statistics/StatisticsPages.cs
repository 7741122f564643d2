using AngleSharp.Html.Dom;
using EnforcementPortal.IntegrationTests.Infrastructure;

namespace EnforcementPortal.IntegrationTests.Statistics;

/// <summary>Reading the statistics pages as a visitor reads them, and posting their forms as a browser does.</summary>
internal static class StatisticsPages
{
    /// <summary>The figures of an annual table by indicator code ("Supplementary:名称" for a supplementary one), as printed.</summary>
    public static Dictionary<string, string> Figures(IHtmlDocument page)
    {
        var rows = page.QuerySelectorAll("[data-testid=indicators] [data-testid=indicator-row]");
        return rows.ToDictionary(
            r => r.GetAttribute("data-code") == "Supplementary" ? "Supplementary:" + r.GetAttribute("data-name") : r.GetAttribute("data-code")!,
            r => r.QuerySelector("[data-testid=value]")!.TextContent.Trim());
    }

    /// <summary>Posts the form whose action is <paramref name="action"/> with its own antiforgery token (not another form's).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(PortalClient client, string page, string action, Dictionary<string, string> fields)
    {
        var document = await client.GetPageAsync(page);
        var form = document.QuerySelector($"form[action='{action}']") ?? throw new InvalidOperationException($"No form posting to {action} on {page}.");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The form posting to {action} carries no antiforgery token.");
        var content = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is { } n && n != "__RequestVerificationToken" && !fields.ContainsKey(n)))
        {
            content.Add(new(hidden.GetAttribute("name")!, hidden.GetAttribute("value") ?? string.Empty));
        }

        return await client.Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(content));
    }
}
