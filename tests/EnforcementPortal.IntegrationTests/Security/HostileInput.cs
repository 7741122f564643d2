using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Infrastructure;
using EnforcementPortal.Web.Disclosure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>
/// Hostile values posted to every form of the portal. The forms are found by enumeration, not by memory: every
/// non-GET MVC endpoint of the endpoint data source, its field names taken from the action's binding model (with its
/// binding prefix), so a form added later is fuzzed without anyone remembering. Each post carries a valid antiforgery
/// token, is made by a user the endpoint admits, on a real record of that user's department, and puts the same hostile
/// value into every field. The portal must never answer 5xx, must say what is wrong in Chinese, and must store nothing.
/// </summary>
public sealed partial class HostileInput(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Form-urlencoded values, already encoded (so that invalid UTF-8 and NUL reach the server as bytes).</summary>
    public static readonly TheoryData<string, string> HostileValues = new()
    {
        { "very long", Uri.EscapeDataString(new string('长', 20_000)) },
        { "very long ASCII", new string('A', 200_000) },
        { "control characters", Uri.EscapeDataString("\u0001\u0007\b\u001b[31m\r\n\t\u007f\u0085") },
        { "NUL", "a%00b" },
        { "SQL", Uri.EscapeDataString("'; DROP TABLE Cases; -- \" OR 1=1 --") },
        { "script", Uri.EscapeDataString("<script>alert(1)</script><img src=x onerror=alert(1)>") },
        { "invalid UTF-8", "%FF%FE%C3%28%A0%A1%ED%A0%80" },
        { "wrong type", Uri.EscapeDataString("true[]{}") },
        { "negative number", "-2147483649" },
        { "huge number", "999999999999999999999999999999" },
        { "date out of range", "10000-13-32" },
        { "ancient date", "0001-01-01" },
        { "right-to-left override", Uri.EscapeDataString("photo\u202Egnp.exe") },
        { "empty", string.Empty },
        { "unpaired surrogate", "%ED%B0%80" },
    };

    /// <summary>Endpoints whose post needs no input and whose only effect is on the poster's own session.</summary>
    private static readonly HashSet<string> SessionOnly = new(StringComparer.Ordinal) { "Account.Logout", "Enterprise.Logout" };

    /// <summary>Non-GET endpoints that are no form (they re-execute failed requests or answer health probes).</summary>
    private static readonly HashSet<string> NotForms = new(StringComparer.Ordinal) { "Error.Status" };

    /// <summary>Tables whose rows a refused post may add: the audit log records the refusal, Data Protection its keys.</summary>
    private static readonly HashSet<string> MayGrow = new(StringComparer.OrdinalIgnoreCase) { "AuditEntries", "DataProtectionKeys", "Leases" };

    private static readonly AngleSharp.Html.Parser.HtmlParser Parser = new();

    /// <summary>
    /// Values that are not hostile to one form: they are what a user may legitimately enter there, so the form accepts and
    /// stores them (never a 5xx all the same). A password may be any printable text, SQL-looking included; the public
    /// site's texts (site name, 主办单位, 网站标识码 …) are free text, and empty restores the default wording.
    /// </summary>
    private static readonly HashSet<(string Form, string Kind)> Legitimate =
    [
        ("AdminUsers.ResetPassword", "SQL"),
        ("AdminSite.Index", "negative number"),
        ("AdminSite.Index", "huge number"),
        ("AdminSite.Index", "date out of range"),
        ("AdminSite.Index", "ancient date"),
        ("AdminSite.Index", "wrong type"),
        ("AdminSite.Index", "empty"),
    ];

    /// <summary>Forms whose only input is the record in their address: the hostile value goes into the address instead.</summary>
    private static readonly HashSet<string> AddressOnly = new(StringComparer.Ordinal)
    {
        "AdminCalendar.Delete", "AdminPenaltyMatters.Retire", "AdminUsers.Unlock", "Complaints.Reveal", "Statistics.DeleteSupplementary",
        "TypicalCases.Remove", "Verify.Check",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EveryFormIsFound()
    {
        var forms = Forms().ToList();

        // Each controller with a form is reached: sign-in, administration, cases and their steps, documents, statistics,
        // 典型案例, the public verification page.
        forms.Select(f => f.Name.Split('.')[0]).Distinct().Count().ShouldBeGreaterThanOrEqualTo(9);
        forms.Count.ShouldBeGreaterThan(25);
        forms.Where(f => f.Fields.Count == 0).Select(f => f.Name).Order(StringComparer.Ordinal).ShouldBe(AddressOnly.Concat(SessionOnly).Order(StringComparer.Ordinal));
        forms.Single(f => f.Name == "CaseActions.IssueNotice").Fields.ShouldContain("Notice.Requirements");
    }

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task EveryFormRefusesTheValueInChineseWithoutA5xxAndStoresNothing(string kind, string encoded)
    {
        var common = await RouteValuesAsync();
        var problems = new List<string>();
        foreach (var form in Forms())
        {
            using var client = await ClientForAsync(form);
            var token = await TokenAsync(client, form);
            if (AddressOnly.Contains(form.Name) && (encoded.Length == 0 || encoded.Contains("%00", StringComparison.Ordinal)))
            {
                // A NUL in the address is refused by Kestrel (400) before the portal sees the request (the in-memory
                // test server cannot even send it); an empty record id makes the address another page's.
                continue;
            }

            var routeValues = new Dictionary<string, string>(common, StringComparer.OrdinalIgnoreCase);
            if (form.Controller == "CaseActions")
            {
                // The step's form as an officer sees it: on a case whose page offers it.
                routeValues["id"] = await CaseShowingAsync(client, form.Name.Split('.')[1]) ?? common["id"];
            }

            var before = await RowCountsAsync();
            var version = await CaseVersionAsync(routeValues["id"]);
            var body = string.Join('&', form.Fields.Select(f => Uri.EscapeDataString(f) + "=" + encoded).Append("__RequestVerificationToken=" + Uri.EscapeDataString(token)));
            using var content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");
            var url = form.Url(AddressOnly.Contains(form.Name) ? new Dictionary<string, string>(routeValues, StringComparer.OrdinalIgnoreCase) { ["userId"] = encoded, ["calendarId"] = encoded, ["guid"] = encoded, ["code"] = encoded } : routeValues);
            var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), content, Ct);
            var text = await response.Content.ReadAsStringAsync(Ct);
            var status = (int)response.StatusCode;
            var where = $"{kind} → {form.Name} {url}: {status}";

            if (status >= 500)
            {
                problems.Add(where + " (server error)");
            }
            else if (Legitimate.Contains((form.Name, kind)))
            {
                continue;
            }
            else if (SessionOnly.Contains(form.Name))
            {
                response.StatusCode.ShouldBe(HttpStatusCode.Redirect, where);
            }
            else if (response.StatusCode == HttpStatusCode.Redirect)
            {
                // A refusal may be shown on the page the post returns to (post/redirect/get): its error message must be there.
                var location = response.Headers.Location!.ToString();
                var next = await client.Http.GetAsync(new Uri(location, UriKind.RelativeOrAbsolute), Ct);
                var shown = Parser.ParseDocument(await next.Content.ReadAsStringAsync(Ct));
                if (!ChinesePattern().IsMatch(shown.QuerySelector("[data-testid=status-error]")?.TextContent ?? string.Empty))
                {
                    problems.Add($"{where} accepted (redirect to {location} without an error message)");
                }
            }
            else if (!HasChineseMessage(Parser.ParseDocument(text), status))
            {
                problems.Add(where + " without a Chinese message");
            }

            var after = await RowCountsAsync();
            var changed = after.Where(t => !MayGrow.Contains(t.Key) && before[t.Key] != t.Value).Select(t => $"{t.Key} {before[t.Key]}→{t.Value}").ToList();
            if (changed.Count > 0)
            {
                problems.Add($"{where} stored rows: {string.Join(", ", changed)}");
            }

            if (await CaseVersionAsync(routeValues["id"]) != version)
            {
                problems.Add(where + " changed the case");
            }
        }

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// A form shown again (200, 422) carries its message: a validation summary or field message or a status message.
    /// A refusal before the form is reached (400 for a NUL, 404, 409, 429) is a Chinese error page with its heading.
    /// </summary>
    private static bool HasChineseMessage(AngleSharp.Html.Dom.IHtmlDocument page, int status)
    {
        var selector = status is 200 or 422
            ? ".validation-summary-errors, .field-validation-error, [data-testid=form-errors], [data-testid=login-error], [data-testid=password-error], [data-testid=status-error]"
            : "h1";
        return page.QuerySelectorAll(selector).Any(e => ChinesePattern().IsMatch(e.TextContent));
    }

    private async Task<Dictionary<string, string>> RouteValuesAsync()
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var caseId = await db.Cases.Where(c => c.Department == DepartmentCode.Housing && c.State == CaseState.Rectifying).OrderBy(c => c.Number).Select(c => c.Id).FirstAsync(Ct);
        var userId = await db.Users.Where(u => u.UserName == "fc.officer2" || u.UserName == "fc.officer1").OrderByDescending(u => u.UserName).Select(u => u.Id).FirstAsync(Ct);
        var calendarDay = await db.CalendarDays.OrderBy(d => d.Date).Select(d => d.Id).FirstAsync(Ct);
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = caseId.ToString(),
            ["userId"] = userId.ToString(),
            ["calendarId"] = calendarDay.ToString(CultureInfo.InvariantCulture),
            ["department"] = DepartmentSlugs.Of(DepartmentCode.Housing),
            ["year"] = (factory.Today.Year - 1).ToString(CultureInfo.InvariantCulture),
            ["month"] = "6",
            ["code"] = "ABCDEFGH",
            ["guid"] = Guid.NewGuid().ToString(),
        };
    }

    /// <summary>A case of the chief's department whose page carries the form posting to <paramref name="action"/>.</summary>
    private async Task<string?> CaseShowingAsync(PortalClient client, string action)
    {
        if (_formsOnCases is null)
        {
            _formsOnCases = [];
            await using var db = factory.CreateDbContext();
            var ids = await db.Cases.Where(c => c.Department == DepartmentCode.Housing && c.State != CaseState.Archived).OrderBy(c => c.Number).Select(c => c.Id).ToListAsync(Ct);
            foreach (var id in ids)
            {
                var page = await client.GetPageAsync($"/Cases/Details/{id}");
                foreach (var posted in page.QuerySelectorAll("form[method=post]").Select(f => f.GetAttribute("action")?.Split('/').Last()).OfType<string>())
                {
                    _formsOnCases.TryAdd(posted, id.ToString());
                }
            }
        }

        return _formsOnCases.GetValueOrDefault(action);
    }

    private static Dictionary<string, string>? _formsOnCases;

    private async Task<PortalClient> ClientForAsync(FormEndpoint form) => form.Controller switch
    {
        "Account" when form.Name is "Account.Logout" or "Account.ChangePassword" => await PortalClient.SignedInAsync(factory, "fc.officer1"),
        "Account" or "Verify" or "PublicDisclosure" or "EnterpriseAccount" => PortalClient.Anonymous(factory),
        "Enterprise" => await PortalClient.SignedInAsync(factory, EnforcementPortal.Infrastructure.Seeding.EnterpriseDemo.AccountUserName),
        "EnterpriseComplaints" => await PortalClient.SignedInAsync(factory, EnforcementPortal.Infrastructure.Seeding.EnterpriseDemo.AccountUserName),
        _ when form.Controller.StartsWith("Admin", StringComparison.Ordinal) => await PortalClient.SignedInAsync(factory, "admin"),
        "CaseFileReviews" => await PortalClient.SignedInAsync(factory, "legal"),
        "ReceivingBureau" => await PortalClient.SignedInAsync(factory, "cg.liaison"),
        _ when form.Name == "CaseActions.RecordLegalReview" => await PortalClient.SignedInAsync(factory, "legal"),
        _ => await PortalClient.SignedInAsync(factory, "fc.chief"),
    };

    /// <summary>The antiforgery token of the client's session, from a page every such client may open.</summary>
    private static async Task<string> TokenAsync(PortalClient client, FormEndpoint form)
    {
        var page = form.Controller switch
        {
            "Account" when form.Name == "Account.ChangePassword" => "/Account/ChangePassword",
            "Account" when form.Name != "Account.Logout" => "/Account/Login",
            "Verify" or "PublicDisclosure" => "/Account/Login",
            "EnterpriseAccount" => "/qiye/denglu",
            "Enterprise" => "/qiye",
            "EnterpriseComplaints" => "/qiye",
            _ when form.Controller.StartsWith("Admin", StringComparison.Ordinal) => "/AdminUsers/Create",
            "CaseFileReviews" => "/CaseFileReviews/New",
            "ReceivingBureau" => "/chengguan",
            _ when form.Name == "CaseActions.RecordLegalReview" => "/LegalReviews",
            _ => "/Cases/New",
        };
        var document = await client.GetPageAsync(page);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    private async Task<int> CaseVersionAsync(string caseId)
    {
        await using var db = factory.CreateDbContext();
        return await db.Cases.Where(c => c.Id == Guid.Parse(caseId)).Select(c => c.Version).SingleAsync(Ct);
    }

    private async Task<Dictionary<string, long>> RowCountsAsync()
    {
        await using var db = factory.CreateDbContext();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList();
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync(Ct);
        var counts = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Table names come from the EF model, not from input.
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
#pragma warning restore CA2100
            counts[table] = (long)(await command.ExecuteScalarAsync(Ct))!;
        }

        return counts;
    }

    private IEnumerable<FormEndpoint> Forms()
    {
        _ = factory.Server;
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
            if (action is null || methods.Count == 0 || methods.All(m => HttpMethods.IsGet(m) || HttpMethods.IsHead(m))
                || endpoint.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching == true)
            {
                continue;
            }

            var name = $"{action.ControllerName}.{action.ActionName}";
            if (NotForms.Contains(name))
            {
                continue;
            }

            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var fields = new List<string>();
            foreach (var parameter in action.Parameters)
            {
                if (routeNames.Contains(parameter.Name) || parameter.ParameterType == typeof(CancellationToken)
                    || parameter.BindingInfo?.BindingSource is { } source && source != BindingSource.Form && source != BindingSource.ModelBinding)
                {
                    continue;
                }

                fields.AddRange(FieldsOf(parameter.ParameterType, parameter.BindingInfo?.BinderModelName ?? (IsSimple(parameter.ParameterType) ? parameter.Name : string.Empty), depth: 0));
            }

            var takesId = action.Parameters.Any(p => p.Name == "id");
            yield return new FormEndpoint(name, action.ControllerName, endpoint.RoutePattern, fields, takesId);
        }
    }

    private static IEnumerable<string> FieldsOf(Type type, string prefix, int depth)
    {
        if (IsSimple(type) || depth > 2)
        {
            return string.IsNullOrEmpty(prefix) ? [] : [prefix];
        }

        if (typeof(IFormFile).IsAssignableFrom(type) || typeof(IEnumerable<IFormFile>).IsAssignableFrom(type))
        {
            return [];
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            return IsSimple(element) ? [prefix] : FieldsOf(element, prefix + "[0]", depth + 1);
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<BindNeverAttribute>() is null)
            .SelectMany(p => FieldsOf(p.PropertyType, string.IsNullOrEmpty(prefix) ? p.Name : prefix + "." + p.Name, depth + 1));
    }

    private static bool IsSimple(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        return inner.IsPrimitive || inner.IsEnum || inner == typeof(string) || inner == typeof(decimal) || inner == typeof(Guid)
            || inner == typeof(DateOnly) || inner == typeof(DateTime) || inner == typeof(DateTimeOffset) || inner == typeof(TimeOnly);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChinesePattern();

    private sealed record FormEndpoint(string Name, string Controller, RoutePattern Route, IReadOnlyList<string> Fields, bool TakesId)
    {
        public string Url(Dictionary<string, string> values) => "/" + string.Join('/', Route.PathSegments.Where(s => TakesId || !s.Parts.Any(p => p is RoutePatternParameterPart { Name: "id" })).Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { Name: "controller" } => Controller,
            RoutePatternParameterPart { Name: "action" } => Name.Split('.')[1],
            RoutePatternParameterPart { Name: "id" } when Controller == "AdminUsers" => values["userId"],
            RoutePatternParameterPart { Name: "id" } when Controller == "AdminCalendar" => values["calendarId"],
            RoutePatternParameterPart { Name: "id" } when Controller is "Statistics" or "TypicalCases" => values["guid"],
            RoutePatternParameterPart parameter => values.GetValueOrDefault(parameter.Name, "1"),
            _ => string.Empty,
        }))));
    }
}
