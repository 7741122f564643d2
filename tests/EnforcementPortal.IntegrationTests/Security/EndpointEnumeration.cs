using System.Net;
using System.Reflection;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>
/// Proven by enumeration, not by memory: every endpoint the app maps (now and added later) is checked, so a new page
/// that forgets its authorization, its antiforgery check or its department scope fails here.
/// </summary>
public sealed class EndpointEnumeration(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>The only endpoints anyone may reach without signing in.</summary>
    private static readonly HashSet<string> AnonymousAllowList = new(StringComparer.Ordinal)
    {
        "Account.Login", "Account.FirstSignIn", "Account.AccessDenied", "Error.Status", "Verify.*", "PublicDisclosure.*", "PublicComplaints.*", "EnterpriseAccount.*", "/healthz", "/health/live", "/health/ready",
    };

    /// <summary>Endpoints for any signed-in member of staff, whatever their role (their home page, signing out).</summary>
    private static readonly HashSet<string> AnyStaffAllowList = new(StringComparer.Ordinal) { "Home.*", "Account.Logout", "Account.ChangePassword" };

    /// <summary>Non-GET endpoints exempt from the antiforgery check (they change nothing).</summary>
    private static readonly HashSet<string> AntiforgeryExempt = new(StringComparer.Ordinal) { "Error.Status", "/healthz", "/health/live", "/health/ready" };

    /// <summary>
    /// Forms that name a department on purpose: which department's statistics or 典型案例 a chief or leader works on.
    /// The server never trusts it: <c>StatisticsAccess.CanPublish</c> answers 404 for any department but a chief's own.
    /// </summary>
    private static readonly HashSet<string> DepartmentSelectors = new(StringComparer.Ordinal)
    {
        "Statistics.Publish", "Statistics.Supplementary", "Statistics.DeleteSupplementary", "TypicalCases.Choose", "TypicalCases.Remove",

        // 投诉分派: the dispatcher sends a complaint to any department; only the dispatcher may (ComplaintSteps.RouteAsync).
        "ComplaintActions.RouteTo",
    };

    private static readonly string[] ForbiddenFieldNames = ["Department", "DepartmentCode", "State", "Status", "Approved", "ApprovedBy", "ApprovedById", "Owner", "OwnerId", "CreatedBy", "CreatedById", "OfficerId", "UserId", "IsApproved", "Version2"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EveryEndpointIsAnonymousByListOrNeedsASignedInUserWithARole()
    {
        var problems = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            var name = NameOf(endpoint);
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var hasRole = authorize.Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles));
            if (anonymous && !Listed(AnonymousAllowList, name))
            {
                problems.Add($"{name} is anonymous but not on the allow-list");
            }
            else if (!anonymous && !hasRole && !Listed(AnyStaffAllowList, name))
            {
                problems.Add($"{name} needs no role");
            }
        }

        problems.ShouldBeEmpty(string.Join("; ", problems));
    }

    [Fact]
    public void EveryNonGetActionValidatesTheAntiforgeryToken()
    {
        var mvc = factory.Services.GetRequiredService<IOptions<MvcOptions>>().Value;
        mvc.Filters.OfType<AutoValidateAntiforgeryTokenAttribute>().ShouldHaveSingleItem();
        var problems = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            var name = NameOf(endpoint);
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
            var changes = methods.Count == 0 || methods.Any(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m));
            if (!changes || Listed(AntiforgeryExempt, name))
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is null)
            {
                problems.Add($"{name} accepts {string.Join('/', methods)} outside MVC, where no antiforgery filter runs");
            }
            else if (endpoint.Metadata.GetOrderedMetadata<IAntiforgeryPolicy>() is { Count: > 0 } policies && policies[^1] is IgnoreAntiforgeryTokenAttribute)
            {
                problems.Add($"{name} ignores the antiforgery token");
            }
        }

        problems.ShouldBeEmpty(string.Join("; ", problems));
    }

    [Fact]
    public async Task PostWithoutTokenIsRefused()
    {
        var (caseId, _) = await CaseOfAsync(DepartmentCode.Housing);
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        foreach (var (name, url) in NonGetCaseUrls(caseId))
        {
            var response = await chief.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([]), Ct);

            // Refused for the missing token, or (pages for other roles) before that by the authorization policy.
            var refusedByRole = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal);
            (response.StatusCode == HttpStatusCode.BadRequest || refusedByRole).ShouldBeTrue($"{name} {url}: {response.StatusCode} {response.Headers.Location}");
        }
    }

    [Fact]
    public async Task EveryRecordRouteAnswersNotFoundForAnotherDepartmentWithNothingOfTheRecord()
    {
        var (caseId, number) = await CaseOfAsync(DepartmentCode.Quality);
        await using var db = factory.CreateDbContext();
        var theCase = await db.Cases.AsSplitQuery().SingleAsync(c => c.Id == caseId, Ct);
        var documentId = await db.Set<EnforcementPortal.Domain.Documents.IssuedDocument>().Where(d => d.CaseId == caseId).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(Ct);
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = caseId.ToString(),
            ["fileId"] = (theCase.Evidence.Count > 0 ? theCase.Evidence[0].Id : Guid.NewGuid()).ToString(),
            ["documentId"] = (documentId ?? Guid.NewGuid()).ToString(),
        };
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        var token = (await chief.GetPageAsync("/Cases")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await chief.GetPageAsync("/Cases/New")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var checkedRoutes = 0;
        foreach (var endpoint in Endpoints())
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
            // 案卷评查 campaigns belong to no department: only their reviewers reach them (OfficerSupervisionAccess).
            if (action is null || !action.Parameters.Any(p => p.Name == "id" && p.ParameterType == typeof(Guid)) || action.ControllerName.StartsWith("Admin", StringComparison.Ordinal)
                || action.ControllerName == "CaseFileReviews" || action.ControllerName == "ReceivingBureau"
                // The enterprise's pages are scoped by party, not department: EnterpriseAccessTests prove another party's case is 404.
                || action.ControllerName == "Enterprise"
                // Likewise the enterprise's complaints and served documents: EnterpriseComplaintReplies and EnterpriseServedDocuments prove another party's are 404.
                || action.ControllerName is "EnterpriseComplaints" or "EnterpriseDocuments")
            {
                // The receiving bureau's desk is its liaison's alone (a chief is refused by the role); ReceivingBureauLoop
                // checks that the liaison finds nothing but the cases transferred to the bureau.
                continue;
            }

            var url = UrlOf(endpoint, action, ids);
            var isGet = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Any(HttpMethods.IsGet) ?? true;
            var response = isGet
                ? await chief.Http.GetAsync(new Uri(url, UriKind.Relative), Ct)
                : await chief.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Version", theCase.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))]), Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal))
            {
                // A step for another role (法制审核: the bureau's legal reviewers, who see every department) is refused
                // by its policy before any record is looked up: nothing of the record can leak.
                continue;
            }

            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{NameOf(endpoint)} {url}");
            body.ShouldNotContain(number, Case.Sensitive, $"{NameOf(endpoint)} {url}");
            body.ShouldNotContain(theCase.SiteName, Case.Sensitive, $"{NameOf(endpoint)} {url}");
            checkedRoutes++;
        }

        checkedRoutes.ShouldBeGreaterThan(10);
        await using var after = factory.CreateDbContext();
        (await after.Cases.SingleAsync(c => c.Id == caseId, Ct)).Version.ShouldBe(theCase.Version);
    }

    [Fact]
    public void FormsNeverBindDepartmentStateApprovalOrOwner()
    {
        var problems = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
            if (action is null || methods.All(HttpMethods.IsGet) || action.ControllerName.StartsWith("Admin", StringComparison.Ordinal))
            {
                continue;
            }

            var selectsDepartment = DepartmentSelectors.Contains(NameOf(endpoint));
            foreach (var parameter in action.Parameters)
            {
                var names = parameter.ParameterType.IsClass && parameter.ParameterType != typeof(string)
                    ? parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name)
                    : [parameter.Name];
                problems.AddRange(names
                    .Where(n => ForbiddenFieldNames.Contains(n, StringComparer.OrdinalIgnoreCase))
                    .Where(n => !(selectsDepartment && n.Equals("department", StringComparison.OrdinalIgnoreCase)))
                    .Select(n => $"{NameOf(endpoint)} binds {n}"));
            }
        }

        problems.ShouldBeEmpty(string.Join("; ", problems));
    }

    [Fact]
    public async Task PostedDepartmentAndStateAreIgnored()
    {
        var (caseId, _) = await CaseOfAsync(DepartmentCode.Housing);
        await using var db = factory.CreateDbContext();
        var before = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId, Ct);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        await officer.PostFormAsync($"/Cases/Details/{caseId}", $"/Cases/{caseId}/AddEvidence", new Dictionary<string, string>
        {
            ["Version"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Department"] = nameof(DepartmentCode.Quality),
            ["State"] = nameof(CaseState.Archived),
            ["Approved"] = "true",
            ["OwnerId"] = Guid.NewGuid().ToString(),
        });

        await using var after = factory.CreateDbContext();
        var now = await after.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId, Ct);
        now.Department.ShouldBe(DepartmentCode.Housing);
        now.State.ShouldBe(before.State);
    }

    private IEnumerable<(string Name, string Url)> NonGetCaseUrls(Guid caseId)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["id"] = caseId.ToString(), ["fileId"] = Guid.NewGuid().ToString(), ["documentId"] = Guid.NewGuid().ToString() };
        foreach (var endpoint in Endpoints())
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
            if (action is null || methods.Count == 0 || methods.All(HttpMethods.IsGet) || Listed(AntiforgeryExempt, NameOf(endpoint)))
            {
                continue;
            }

            yield return (NameOf(endpoint), UrlOf(endpoint, action, ids));
        }
    }

    private static string UrlOf(RouteEndpoint endpoint, ControllerActionDescriptor action, Dictionary<string, string> ids)
    {
        var segments = new List<string>();
        foreach (var segment in endpoint.RoutePattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter when parameter.Name == "controller" => action.ControllerName,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter when parameter.Name == "action" => action.ActionName,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => ids.GetValueOrDefault(
                    parameter.Name,
                    parameter.ParameterPolicies.Any(p => p.Content == "guid") ? "00000000-0000-0000-0000-000000000001" : "1"),
                _ => string.Empty,
            }));
            segments.Add(text);
        }

        return "/" + string.Join('/', segments);
    }

    private IEnumerable<RouteEndpoint> Endpoints()
    {
        _ = factory.Server;
        // Link-generation-only entries (the conventional route's template) are never matched by a request.
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true);
    }

    private static string NameOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action
            ? $"{action.ControllerName}.{action.ActionName}"
            : "/" + endpoint.RoutePattern.RawText?.TrimStart('/');

    private static bool Listed(HashSet<string> list, string name) =>
        list.Contains(name) || list.Contains(name.Split('.')[0] + ".*");

    private async Task<(Guid Id, string Number)> CaseOfAsync(DepartmentCode department)
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var found = await db.Cases.Where(c => c.Department == department && c.State == CaseState.Rectifying).OrderBy(c => c.Number).Select(c => new { c.Id, c.Number }).FirstAsync(Ct);
        return (found.Id, found.Number);
    }
}
