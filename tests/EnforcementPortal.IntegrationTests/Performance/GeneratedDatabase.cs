using System.Text.RegularExpressions;
using EnforcementPortal.Benchmarks.Generator;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure;
using EnforcementPortal.Infrastructure.Statistics;
using EnforcementPortal.IntegrationTests.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Queries.Supervision;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Performance;

/// <summary>
/// The portal on a database the benchmark generator filled (about 2 000 cases from 2023 to the factory's today), as the
/// web benchmark runs it: no demo template, the generated logins, the generated records only.
/// </summary>
public class GeneratedPortalFactory : PortalFactory
{
    public const int Cases = 2000;

    private readonly Lazy<GeneratorResult> _generated;

    public GeneratedPortalFactory()
    {
        _generated = new Lazy<GeneratorResult>(() =>
            PortalDataGenerator.GenerateAsync(
                new GeneratorOptions(Provider, ConnectionString, Cases, Seed: 17, Now: Now, KeepRecords: true, FilesRoot: FilesRoot),
                CancellationToken.None).GetAwaiter().GetResult());
    }

    /// <summary>What the generator wrote (generated on first use, before the portal starts on the database).</summary>
    public GeneratorResult Generated => _generated.Value;

    protected override bool StartsFromDemoTemplate => false;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        _ = Generated;
        base.ConfigureWebHost(builder);
    }
}

/// <summary>The same generation on the test PostgreSQL server (EP_TEST_POSTGRES), bulk-written with binary COPY.</summary>
public sealed class GeneratedPostgreSqlPortalFactory : GeneratedPortalFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>
/// The generator (<c>dotnet run --project tests/EnforcementPortal.Benchmarks -- generate …</c>, docs/benchmarks.md) fills a
/// database the portal opens as it is: the demo logins sign in, every department's cases are listed, a generated open
/// case page shows its timeline verified (the chain was computed by the domain), and the unpublished statistics of a
/// generated year count exactly what the generator tallied from its own cases.
/// </summary>
public sealed partial class GeneratedDatabase(GeneratedPortalFactory factory) : IClassFixture<GeneratedPortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("fc.officer1")]
    [InlineData("fc.chief")]
    [InlineData("leader")]
    public async Task TheDemoLoginsSignInWithTheDemoPassword(string userName)
    {
        _ = factory.Generated;
        using var client = await PortalClient.SignedInAsync(factory, userName);
        var response = await client.Http.GetAsync(new Uri("/Cases", UriKind.Relative), Ct);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheLeaderFindsTheCasesOfEveryDepartment()
    {
        factory.Generated.CasesByDepartment.Keys.Order().ShouldBe(Enum.GetValues<DepartmentCode>());
        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        await using var db = factory.CreateDbContext();
        foreach (var department in Enum.GetValues<DepartmentCode>())
        {
            var newest = await db.Cases.IgnoreQueryFilters().Where(c => c.Department == department)
                .OrderByDescending(c => c.CreatedAt).Select(c => c.Number).FirstAsync(Ct);
            var page = await leader.GetPageAsync($"/Cases?Department={department}");
            page.Body!.TextContent.ShouldContain(newest, customMessage: $"{department}'s newest case is not on the leader's list");
        }
    }

    [Fact]
    public async Task AGeneratedOpenCaseShowsItsTimelineVerified()
    {
        var generated = factory.Generated;
        generated.CasesByState.Keys.Count(s => s is not (CaseState.Ended or CaseState.Archived)).ShouldBeGreaterThan(2, "the generated cases are not in several open states");
        generated.Overdue.ShouldBeGreaterThan(0);
        await using var db = factory.CreateDbContext();
        var open = await db.Cases.IgnoreQueryFilters()
            .Where(c => c.Department == DepartmentCode.Housing && c.State != CaseState.Ended && c.State != CaseState.Archived && c.Notices.Any())
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => new { c.Id, c.Number })
            .FirstAsync(Ct);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var page = await officer.GetPageAsync($"/Cases/Details/{open.Id}");
        page.Body!.TextContent.ShouldContain(open.Number);
        page.QuerySelector("[data-testid=timeline-intact]").ShouldNotBeNull("the generated timeline does not verify");
        page.QuerySelector("[data-testid=timeline-broken]").ShouldBeNull();
        page.Body.TextContent.ShouldContain("上传证据");
        page.Body.TextContent.ShouldContain("出具《");
    }

    [Fact]
    public async Task TheUnpublishedStatisticsOfAGeneratedYearCountWhatTheGeneratorWrote()
    {
        var generated = factory.Generated;
        var year = factory.Today.Year - 1;
        await using var db = factory.CreateDbContext();
        foreach (var department in Enum.GetValues<DepartmentCode>())
        {
            var expected = generated.Tally(department, year, factory.Today);
            expected.FirstInspections.ShouldBeGreaterThan(0);
            var counted = await new AnnualStatisticsQueries(db).CountAsync(department, year, factory.Today, Ct);
            counted.ShouldBe(expected, $"{department} {year}");
        }

        using var chief = await PortalClient.SignedInAsync(factory, "zj.chief");
        var preview = await chief.Http.GetAsync(new Uri($"/Statistics/Preview/zhijian/{year}", UriKind.Relative), Ct);
        preview.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    // The queue floor (docs/benchmarks.md, "The data generator"): every queue section the web benchmark's users read shows
    // a full page even in a small file, and every case got to its state through its department's machine.
    [Fact]
    public async Task TheChiefsQueueAndTheOverdueListsShowAFullPage()
    {
        _ = factory.Generated;
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        var queue = await chief.GetPageAsync("/Cases/Queue");
        foreach (var section in new[] { "queue-approvals", "queue-overdue", "queue-awaiting-feedback" })
        {
            queue.QuerySelectorAll($"[data-testid={section}] [data-testid=case-row]").Length.ShouldBe(CaseQueries.QueueSize, section);
        }

        var supervision = await chief.GetPageAsync("/Supervision");
        supervision.QuerySelectorAll("[data-testid=supervision-item]").Length.ShouldBe(SupervisionPaging.DefaultPageSize);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var overdue = await officer.GetPageAsync("/Cases?OverdueOnly=true");
        overdue.QuerySelectorAll("[data-testid=case-row]").Length.ShouldBe(CaseQueries.PageSize);
    }

    [Fact]
    public async Task TheLegalReviewQueueShowsAFullPageOfTransfersAndOfClosings()
    {
        _ = factory.Generated;
        using var legal = await PortalClient.SignedInAsync(factory, "legal");
        var queue = await legal.GetPageAsync("/LegalReviews");
        foreach (var section in new[] { "legal-review-transfers", "legal-review-closings" })
        {
            queue.QuerySelectorAll($"[data-testid={section}] [data-testid=case-row]").Length.ShouldBe(LegalReviewQueuePage.Size, section);
        }
    }

    [Fact]
    public async Task TheComplaintDeskShowsAFullPageInEverySection()
    {
        _ = factory.Generated;
        using var dispatcher = await PortalClient.SignedInAsync(factory, "dispatcher");
        var desk = await dispatcher.GetPageAsync("/Complaints");
        var sections = desk.QuerySelectorAll("section[data-testid]");
        sections.Select(s => s.GetAttribute("data-testid")).ShouldBe(["to-route", "overdue", "to-visit", "recent"]);
        foreach (var section in sections)
        {
            section.QuerySelectorAll("tbody tr").Length.ShouldBe(ComplaintQueries.DeskSize, section.GetAttribute("data-testid"));
        }
    }

    [Fact]
    public async Task EveryCaseReachedItsStateThroughItsDepartmentsMachine()
    {
        var generated = factory.Generated;
        generated.Floor.Cases.ShouldBeGreaterThan(0);
        await using var db = factory.CreateDbContext();
        var cases = await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Select(c => new { c.Number, c.Department, c.State, Steps = c.Events.Where(e => e.Action != null && e.FromState != null).OrderBy(e => e.Sequence).Select(e => new { e.Action, e.FromState, e.ToState }).ToList() })
            .ToListAsync(Ct);
        cases.Count.ShouldBe(GeneratedPortalFactory.Cases);
        var machines = Enum.GetValues<DepartmentCode>().ToDictionary(d => d, Transitions);
        foreach (var c in cases)
        {
            var state = CaseState.Inspected;
            foreach (var step in c.Steps)
            {
                step.FromState.ShouldBe(state, $"{c.Number}: {step.Action} does not start where the previous step ended");
                machines[c.Department].ShouldContain($"{step.FromState} --> {step.ToState} : {step.Action}", $"{c.Number}: not a transition of {c.Department}'s machine");
                state = step.ToState;
            }

            c.State.ShouldBe(state, $"{c.Number} is not in the state its last step reached");
        }
    }

    /// <summary>The department's transitions as its diagram (the machine's own export) draws them: "From --> To : Action".</summary>
    private static HashSet<string> Transitions(DepartmentCode department) =>
        [.. CaseLifecycle.ToMermaid(department).Split('\n').Select(l => Edge().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^\s*(\w+ --> \w+ : \w+)")]
    private static partial Regex Edge();
}

/// <summary>The same generation into PostgreSQL: skipped without EP_TEST_POSTGRES, a failure under CI=true.</summary>
public sealed class GeneratedPostgreSqlDatabase : IDisposable
{
    private GeneratedPostgreSqlPortalFactory? _factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheGeneratedPostgreSqlDatabaseOpensAndCountsAsGenerated()
    {
        TestPostgreSql.Require();
        _factory = new GeneratedPostgreSqlPortalFactory();
        var generated = _factory.Generated;
        using var leader = await PortalClient.SignedInAsync(_factory, "leader");
        await using var db = _factory.CreateDbContext();
        (await db.Cases.IgnoreQueryFilters().CountAsync(Ct)).ShouldBe(GeneratedPortalFactory.Cases);
        var open = await db.Cases.IgnoreQueryFilters()
            .Where(c => c.State != CaseState.Ended && c.State != CaseState.Archived && c.Notices.Any())
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => c.Id)
            .FirstAsync(Ct);
        var page = await leader.GetPageAsync($"/Cases/Details/{open}");
        page.QuerySelector("[data-testid=timeline-intact]").ShouldNotBeNull("the generated timeline does not verify on PostgreSQL");
        var year = _factory.Today.Year - 1;
        var counted = await new AnnualStatisticsQueries(db).CountAsync(DepartmentCode.Safety, year, _factory.Today, Ct);
        counted.ShouldBe(generated.Tally(DepartmentCode.Safety, year, _factory.Today));
    }

    public void Dispose() => _factory?.Dispose();
}
