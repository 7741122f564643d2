using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Supervision;

/// <summary>The demo portal with a 督办 page of five items, so the demo's items spread over several pages.</summary>
public sealed class SmallSupervisionPagesFactory : PortalFactory
{
    public const int PageSize = 5;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Supervision:PageSize"] = PageSize.ToString(CultureInfo.InvariantCulture) };
}

/// <summary>The same on PostgreSQL (a fresh database the portal migrates and seeds).</summary>
public sealed class PostgreSqlSmallSupervisionPagesFactory : PostgreSqlPortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Supervision:PageSize"] = SmallSupervisionPagesFactory.PageSize.ToString(CultureInfo.InvariantCulture) };
}

/// <summary>
/// 督办 a page at a time: the pages together hold every item once, most overdue first, and the red and yellow counts at
/// the top (counted in the database) are the items the pages show.
/// </summary>
public sealed class SupervisionPaging(SmallSupervisionPagesFactory factory) : SupervisionPagingContract(factory), IClassFixture<SmallSupervisionPagesFactory>;

/// <summary>The 督办 paging and counts on PostgreSQL (skipped unless EP_TEST_POSTGRES names a server).</summary>
public sealed class PostgreSqlSupervisionPaging(PostgreSqlSmallSupervisionPagesFactory factory) : SupervisionPagingContract(Require(factory)), IClassFixture<PostgreSqlSmallSupervisionPagesFactory>
{
    private static PostgreSqlSmallSupervisionPagesFactory Require(PostgreSqlSmallSupervisionPagesFactory factory)
    {
        TestPostgreSql.Require();
        return factory;
    }
}

/// <summary>The paging tests, on any provider.</summary>
public abstract partial class SupervisionPagingContract(PortalFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("leader")]
    [InlineData("fc.chief")]
    public async Task ThePagesHoldEveryItemOnceMostOverdueFirstAndMatchTheCounts(string userName)
    {
        using var user = await PortalClient.SignedInAsync(factory, userName);
        var first = await user.GetPageAsync("/Supervision");
        var overdue = Count(first, "supervision-overdue-count");
        var dueSoon = Count(first, "supervision-due-soon-count");
        var pageCount = Math.Max(1, (overdue + dueSoon + SmallSupervisionPagesFactory.PageSize - 1) / SmallSupervisionPagesFactory.PageSize);

        var items = new List<IElement>();
        for (var page = 1; page <= pageCount; page++)
        {
            var document = page == 1 ? first : await user.GetPageAsync($"/Supervision?page={page}");
            var onPage = document.QuerySelectorAll("[data-testid=supervision-item]").ToList();
            onPage.Count.ShouldBeLessThanOrEqualTo(SmallSupervisionPagesFactory.PageSize);
            if (page < pageCount)
            {
                onPage.Count.ShouldBe(SmallSupervisionPagesFactory.PageSize);
                document.QuerySelector("[data-testid=supervision-next]").ShouldNotBeNull();
            }
            else
            {
                document.QuerySelector("[data-testid=supervision-next]").ShouldBeNull();
            }

            if (pageCount > 1)
            {
                document.QuerySelector("[data-testid=supervision-page]")!.TextContent.ShouldContain($"第 {page} / {pageCount} 页");
            }

            items.AddRange(onPage);
        }

        if (userName == "leader")
        {
            pageCount.ShouldBeGreaterThan(1, "the demo's 督办 items fill more than one page of five");
        }

        items.Count.ShouldBe(overdue + dueSoon);
        items.Count(i => i.GetAttribute("data-urgency") == "Overdue").ShouldBe(overdue);
        items.Count(i => i.GetAttribute("data-urgency") == "DueSoon").ShouldBe(dueSoon);
        items.Select(i => $"{i.GetAttribute("data-kind")}|{i.QuerySelector(".case-card-number")!.TextContent.Trim()}|{i.GetAttribute("data-due")}").ShouldBeUnique();
        var dues = items.Select(i => DateOnly.ParseExact(i.GetAttribute("data-due")!, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        dues.ShouldBe(dues.Order().ToList(), "most overdue first, across the pages");
        items.SkipWhile(i => i.GetAttribute("data-urgency") == "Overdue").ShouldAllBe(i => i.GetAttribute("data-urgency") == "DueSoon");
    }

    [Fact]
    public async Task TheChiefsRedCaseDeadlinesAreTheDepartmentsOverdueCases()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        var first = await chief.GetPageAsync("/Supervision");
        var pageCount = Math.Max(1, (Count(first, "supervision-overdue-count") + Count(first, "supervision-due-soon-count") + SmallSupervisionPagesFactory.PageSize - 1) / SmallSupervisionPagesFactory.PageSize);
        var shown = new List<Guid>();
        for (var page = 1; page <= pageCount; page++)
        {
            var document = page == 1 ? first : await chief.GetPageAsync($"/Supervision?page={page}");
            var items = document.QuerySelectorAll("[data-testid=supervision-item]").ToList();
            items.ShouldAllBe(i => i.GetAttribute("data-department") == nameof(DepartmentCode.Housing));
            shown.AddRange(items
                .Where(i => i.GetAttribute("data-urgency") == "Overdue" && i.GetAttribute("data-kind") is nameof(SupervisionItemKind.Rectification) or nameof(SupervisionItemKind.Transfer) or nameof(SupervisionItemKind.Archive))
                .Select(i => Guid.Parse(i.GetAttribute("data-case")!)));
        }

        await using var db = factory.CreateDbContext();
        var today = factory.Today;
        var overdueCases = await db.Cases.Where(c => c.Department == DepartmentCode.Housing && c.OpenDeadline != null && c.OpenDeadline < today).Select(c => c.Id).ToListAsync(Ct);
        shown.ShouldBe(overdueCases, ignoreOrder: true);
    }

    [Fact]
    public async Task APageBeyondTheLastShowsTheLastPage()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");

        var page = await leader.GetPageAsync("/Supervision?page=100000");

        page.QuerySelectorAll("[data-testid=supervision-item]").ShouldNotBeEmpty();
        page.QuerySelector("[data-testid=supervision-next]").ShouldBeNull();
        page.QuerySelector("[data-testid=supervision-previous]").ShouldNotBeNull();
    }

    private static int Count(AngleSharp.Html.Dom.IHtmlDocument page, string testId) =>
        int.Parse(Digits().Match(page.QuerySelector($"[data-testid={testId}]")!.TextContent).Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
