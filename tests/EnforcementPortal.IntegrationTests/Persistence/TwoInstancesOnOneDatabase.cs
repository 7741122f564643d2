using System.Net;
using AngleSharp.Html.Parser;
using EnforcementPortal.Infrastructure.Seeding;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// Two instances of the portal behind one reverse proxy, on the same PostgreSQL database (and the same Redis when
/// <c>EP_TEST_REDIS</c> is set): each has its own DI container and memory, and the browser goes to whichever answers.
/// A sign-in made on one is honoured by the other, a form served by one is accepted by the other, and a publication on
/// one is on the public page the other serves at once. Skipped without a PostgreSQL server (failed under CI=true).
/// </summary>
public sealed class TwoInstancesOnOneDatabase : IDisposable
{
    private const string RedisVariable = "EP_TEST_REDIS";

    private static readonly HtmlParser Parser = new();

    private string? _database;

    private SharedPostgreSqlPortalFactory? _first;

    private SharedPostgreSqlPortalFactory? _second;

    private string? Redis { get; set; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASignInAndAFormFromOneInstanceAreAcceptedByTheOther()
    {
        var (first, second) = Start();
        var browser = new CookieContainer();
        using var one = first.CreateDefaultClient(new CookieContainerHandler(browser));
        using var other = second.CreateDefaultClient(new CookieContainerHandler(browser));

        var signIn = await PostFormAsync(one, other, "/Account/Login", new() { ["UserName"] = "jg.chief", ["Password"] = DemoPeople.Password });
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the sign-in form served by the first instance is accepted by the second");

        var onFirst = await one.GetAsync(new Uri("/", UriKind.Relative), Ct);
        onFirst.StatusCode.ShouldBe(HttpStatusCode.OK, "the cookie issued by the second instance signs in on the first");
        (await onFirst.Content.ReadAsStringAsync(Ct)).ShouldNotContain("工作人员登录");
    }

    [Fact]
    public async Task APublicationOnOneInstanceIsOnThePublicPageOfTheOtherAtOnce()
    {
        var (first, second) = Start();
        const string page = "/gongshi/tongji/jianguan/2025";
        var visitorCookies = new CookieContainer();
        using var visitorOnSecond = second.CreateDefaultClient(new CookieContainerHandler(visitorCookies));
        (await GetAsync(visitorOnSecond, page)).ShouldNotContain("第 2 版");
        var cached = await visitorOnSecond.GetAsync(new Uri(page, UriKind.Relative), Ct);
        cached.Headers.Age.ShouldNotBeNull("the second instance serves its public page from the output cache");

        var chiefCookies = new CookieContainer();
        using var chiefOnFirst = first.CreateDefaultClient(new CookieContainerHandler(chiefCookies));
        using var chiefOnSecond = second.CreateDefaultClient(new CookieContainerHandler(chiefCookies));
        (await PostFormAsync(chiefOnFirst, chiefOnFirst, "/Account/Login", new() { ["UserName"] = "jg.chief", ["Password"] = DemoPeople.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var published = await PostFormAsync(chiefOnSecond, chiefOnFirst, "/Statistics/Preview/jianguan/2025", "/Statistics/Publish/jianguan/2025", new() { ["CorrectionNote"] = "补录2件2025年移交案件的处置结果。" });
        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        if (Redis is null)
        {
            Assert.Skip($"No Redis server: set {RedisVariable} (.ci/test-services sets it). Without Redis each instance keeps its own output cache, so the second instance shows the previous version until its copy expires (docs/operations.md).");
        }

        var after = await visitorOnSecond.GetAsync(new Uri(page, UriKind.Relative), Ct);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.Headers.Age.ShouldBeNull("the publication on the first instance evicted the copy shared through Redis");
        var document = await Parser.ParseDocumentAsync(await after.Content.ReadAsStringAsync(Ct));
        document.QuerySelector("[data-testid=publication]")!.TextContent.ShouldContain("第 2 版");
        document.QuerySelector("[data-testid=correction-note]")!.TextContent.ShouldContain("补录2件2025年移交案件的处置结果。");
    }

    public void Dispose()
    {
        _first?.Dispose();
        _second?.Dispose();
        if (_database is not null)
        {
            TestPostgreSql.DropDatabase(_database);
        }
    }

    /// <summary>Starts both instances on a fresh database (skips without a PostgreSQL server, fails under CI=true).</summary>
    private (SharedPostgreSqlPortalFactory First, SharedPostgreSqlPortalFactory Second) Start()
    {
        TestPostgreSql.Require();
        Redis = Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } redis ? redis : null;
        var settings = new Dictionary<string, string?>();
        if (Redis is not null)
        {
            settings["ConnectionStrings:Redis"] = Redis;
            settings["Cache:RedisInstanceName"] = "ep-test-" + Guid.NewGuid().ToString("N") + ":";
        }

        _database = TestPostgreSql.CreateDatabase();
        _first = new SharedPostgreSqlPortalFactory(_database, settings);
        _second = new SharedPostgreSqlPortalFactory(_database, settings);

        // Both start at once on the empty database: EF locks the migration, the database lease the seeding, so one
        // instance migrates and seeds while the other waits and then finds it done.
        Task.WaitAll([Task.Run(() => _first.Server), Task.Run(() => _second.Server)], TestContext.Current.CancellationToken);
        return (_first, _second);
    }

    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient servedBy, HttpClient postedTo, string page, Dictionary<string, string> fields) =>
        PostFormAsync(servedBy, postedTo, page, page, fields);

    /// <summary>Loads the form from <paramref name="servedBy"/> and posts it, with its antiforgery token, to <paramref name="postedTo"/>.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient servedBy, HttpClient postedTo, string page, string action, Dictionary<string, string> fields)
    {
        var document = await Parser.ParseDocumentAsync(await GetAsync(servedBy, page));
        var form = document.QuerySelector($"form[action='{action}']") ?? throw new InvalidOperationException($"No form posting to {action} on {page}.");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {page}.");
        var content = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is { } n && n != "__RequestVerificationToken" && !fields.ContainsKey(n)))
        {
            content.Add(new(hidden.GetAttribute("name")!, hidden.GetAttribute("value") ?? string.Empty));
        }

        return await postedTo.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(content), Ct);
    }
}
