using System.Data.Common;
using System.Net;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.IntegrationTests.Infrastructure;
using EnforcementPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace EnforcementPortal.IntegrationTests.Statistics;

/// <summary>Counts the commands the portal sends to its database, to tell a cached response from a computed one.</summary>
public sealed class DatabaseCommands : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

public sealed class CountingPortalFactory : PortalFactory
{
    public DatabaseCommands Commands { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Commands));
}

/// <summary>
/// The public statistics pages are served from the output cache to anonymous visitors — no database command at all on
/// a repeated request — until a chief publishes, which drops them at once; signed-in staff always get their own page.
/// </summary>
public sealed class PublicStatisticsCaching(CountingPortalFactory factory) : IClassFixture<CountingPortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASecondVisitorIsServedFromTheCacheWithoutTouchingTheDatabase()
    {
        using var first = PortalClient.Anonymous(factory);
        using var second = PortalClient.Anonymous(factory);

        var before = factory.Commands.Count;
        var computed = await GetAsync(first, "/gongshi/tongji/zhijian/2025");
        var afterFirst = factory.Commands.Count;
        var cached = await GetAsync(second, "/gongshi/tongji/zhijian/2025");
        var afterSecond = factory.Commands.Count;

        (afterFirst - before).ShouldBeGreaterThan(0, "the first visit reads the publication");
        computed.Headers.Age.ShouldBeNull("the first visit is rendered");
        (afterSecond - afterFirst).ShouldBe(0, "the second visit is answered from memory");
        cached.Headers.Age.ShouldNotBeNull("the output cache says how old its copy is");
        (await cached.Content.ReadAsStringAsync(Ct)).ShouldBe(await computed.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("/gongshi/tongji", "text/html")]
    [InlineData("/gongshi/tongji/2025", "text/html")]
    [InlineData("/gongshi/tongji/2025?format=csv", "text/csv")]
    [InlineData("/gongshi/tongji/fangchan", "text/html")]
    [InlineData("/gongshi/tongji/fangchan?format=xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("/gongshi/tongji/anjian/2024", "text/html")]
    [InlineData("/gongshi/tongji/anjian/2024?format=csv", "text/csv")]
    [InlineData("/gongshi/tongji/anjian/2024?format=xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("/gongshi/tongji/anjian/2024?version=1", "text/html")]
    public async Task EveryStatisticsPageAndDownloadIsCached(string url, string mediaType)
    {
        using var visitor = PortalClient.Anonymous(factory);
        await GetAsync(visitor, url);

        var again = await GetAsync(visitor, url);

        again.Headers.Age.ShouldNotBeNull(url);
        again.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
    }

    [Fact]
    public async Task TheFormatAndTheVersionAreKeptApartButOtherParametersAreIgnored()
    {
        using var visitor = PortalClient.Anonymous(factory);
        var firstVersion = await GetAsync(visitor, "/gongshi/tongji/fangchan/2025?version=1");

        var latest = await GetAsync(visitor, "/gongshi/tongji/fangchan/2025");
        var csv = await GetAsync(visitor, "/gongshi/tongji/fangchan/2025?format=csv");
        var tracked = await GetAsync(visitor, "/gongshi/tongji/fangchan/2025?from=weixin");

        firstVersion.Headers.Age.ShouldBeNull();
        latest.Headers.Age.ShouldBeNull("version 1 is another entry");
        StatisticsPages.Figures(await PortalClient.ParseAsync(latest))["TrackingCompleted"].ShouldBe("8");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        tracked.Headers.Age.ShouldNotBeNull("a parameter the page does not read does not make a new entry");
    }

    [Fact]
    public async Task ACorrectionIsOnThePublicPagesAtOnce()
    {
        using var visitor = PortalClient.Anonymous(factory);
        foreach (var url in new[] { "/gongshi/tongji/jianguan/2025", "/gongshi/tongji/jianguan/2025?format=xlsx", "/gongshi/tongji/2025", "/gongshi/tongji/jianguan", "/gongshi/tongji" })
        {
            await GetAsync(visitor, url);
            (await GetAsync(visitor, url)).Headers.Age.ShouldNotBeNull(url);
        }

        using var chief = await PortalClient.SignedInAsync(factory, "jg.chief");
        var published = await StatisticsPages.PostFormAsync(chief, "/Statistics/Preview/jianguan/2025", "/Statistics/Publish/jianguan/2025", new Dictionary<string, string> { ["CorrectionNote"] = "补录2件2025年移交案件的处置结果。" });
        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await GetAsync(visitor, "/gongshi/tongji/jianguan/2025");
        page.Headers.Age.ShouldBeNull("publishing dropped the cached copy");
        var document = await PortalClient.ParseAsync(page);
        document.QuerySelector("[data-testid=publication]")!.TextContent.ShouldContain("第 2 版");
        document.QuerySelector("[data-testid=correction-note]")!.TextContent.ShouldContain("补录2件2025年移交案件的处置结果。");
        using var excel = new MemoryStream(await (await GetAsync(visitor, "/gongshi/tongji/jianguan/2025?format=xlsx")).Content.ReadAsByteArrayAsync(Ct));
        MiniExcel.Query(excel, useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object?>>().Select(r => r["说明"]?.ToString())
            .ShouldContain(n => n != null && n.Contains("补录2件2025年移交案件的处置结果。", StringComparison.Ordinal));
        (await GetAsync(visitor, "/gongshi/tongji")).Headers.Age.ShouldBeNull();
        (await GetAsync(visitor, "/gongshi/tongji/2025")).Headers.Age.ShouldBeNull();
        (await GetAsync(visitor, "/gongshi/tongji/jianguan")).Headers.Age.ShouldBeNull();
    }

    [Fact]
    public async Task SignedInStaffNeitherGetNorLeaveTheAnonymousCopy()
    {
        using var visitor = PortalClient.Anonymous(factory);
        using var officer = await PortalClient.SignedInAsync(factory, "zj.officer1");
        const string url = "/gongshi/tongji/zhijian";

        var before = await GetAsync(officer, url);
        var anonymous = await GetAsync(visitor, url);
        var staff = await GetAsync(officer, url);
        var anonymousAgain = await GetAsync(visitor, url);

        before.Headers.Age.ShouldBeNull();
        anonymous.Headers.Age.ShouldBeNull("the officer's page was not stored for the public");
        (await PortalClient.ParseAsync(anonymous)).QuerySelector("header a.btn")!.TextContent.ShouldBe("工作人员登录");
        staff.Headers.Age.ShouldBeNull("staff are not served the anonymous copy");
        (await PortalClient.ParseAsync(staff)).QuerySelector("header a.btn")!.TextContent.ShouldBe("返回工作台");
        anonymousAgain.Headers.Age.ShouldNotBeNull();
        (await PortalClient.ParseAsync(anonymousAgain)).QuerySelector("header a.btn")!.TextContent.ShouldBe("工作人员登录");
    }

    [Fact]
    public async Task ACachedResponseCarriesTheCorrelationIdOfItsOwnRequest()
    {
        using var visitor = PortalClient.Anonymous(factory);
        await GetAsync(visitor, "/gongshi/tongji/2024");

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/gongshi/tongji/2024", UriKind.Relative));
        request.Headers.Add(CorrelationIdMiddleware.HeaderName, "cached-page-check-1");
        var cached = await visitor.Http.SendAsync(request, Ct);

        cached.Headers.Age.ShouldNotBeNull();
        cached.Headers.GetValues(CorrelationIdMiddleware.HeaderName).ShouldBe(["cached-page-check-1"]);
    }

    [Fact]
    public async Task AnUnpublishedYearIsNotCached()
    {
        using var visitor = PortalClient.Anonymous(factory);

        var first = await visitor.Http.GetAsync(new Uri("/gongshi/tongji/renfang/2024", UriKind.Relative), Ct);
        var second = await visitor.Http.GetAsync(new Uri("/gongshi/tongji/renfang/2024", UriKind.Relative), Ct);

        first.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        second.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        second.Headers.Age.ShouldBeNull("only a 200 is stored, so a year published later appears at once");
    }

    private static async Task<HttpResponseMessage> GetAsync(PortalClient client, string url)
    {
        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return response;
    }
}
