using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using EnforcementPortal.Infrastructure.Seeding;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EnforcementPortal.IntegrationTests.Infrastructure;

/// <summary>
/// A browser-like client over the in-memory server: keeps cookies, does not follow redirects (tests look at them),
/// and posts real forms with the antiforgery token scraped from the page, as a browser would.
/// </summary>
public sealed class PortalClient : IDisposable
{
    private static readonly HtmlParser Parser = new();

    private PortalClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    public static PortalClient Anonymous(PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
    }

    public static async Task<PortalClient> SignedInAsync(PortalFactory factory, string userName)
    {
        var client = Anonymous(factory);
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = userName, ["Password"] = DemoPeople.Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {response.StatusCode}");
        }

        return client;
    }

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Loads <paramref name="formPage"/>, takes its antiforgery token, and posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetPageAsync(formPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {formPage}.");
        var content = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(content));
    }

    /// <summary>Posts fields that may repeat (checkbox lists), with the token of <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetPageAsync(formPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {formPage}.");
        var content = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(content));
    }

    public void Dispose() => Http.Dispose();
}
