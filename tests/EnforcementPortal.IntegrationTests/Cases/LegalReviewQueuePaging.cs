using EnforcementPortal.Domain.Cases;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Cases;

/// <summary>
/// 法制审核: a queue longer than a page shows 50 cases per section, oldest first, with the section's total in its header
/// and a pager; the pages together hold every waiting case once.
/// </summary>
public sealed class LegalReviewQueuePaging(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ALongQueueIsReadFiftyCasesAtATimeOldestFirst()
    {
        List<(Guid Id, DateTime CreatedAt)> waiting;
        await using (var db = factory.CreateDbContext())
        {
            // More closings waiting than a page holds: the queue lists what the column says waits.
            var more = await db.Cases.Where(c => c.PendingLegalReview == null).OrderBy(c => c.CreatedAt).Select(c => c.Id).Take(LegalReviewQueuePageSize + 10).ToListAsync(Ct);
            await db.Cases.Where(c => more.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.PendingLegalReview, LegalReviewSubject.Closing), Ct);
            waiting = [.. (await db.Cases.AsNoTracking().Where(c => c.PendingLegalReview == LegalReviewSubject.Closing).Select(c => new { c.Id, c.CreatedAt }).ToListAsync(Ct))
                .Select(c => (c.Id, c.CreatedAt)).OrderBy(c => c.CreatedAt)];
        }

        waiting.Count.ShouldBeGreaterThan(LegalReviewQueuePageSize);
        var pageCount = (waiting.Count + LegalReviewQueuePageSize - 1) / LegalReviewQueuePageSize;
        using var reviewer = await PortalClient.SignedInAsync(factory, "legal");

        var seen = new List<Guid>();
        for (var page = 1; page <= pageCount; page++)
        {
            var html = await reviewer.GetPageAsync($"/LegalReviews?closings={page}");
            var section = html.QuerySelector("[data-testid=legal-review-closings]")!;
            section.QuerySelector(".card-header")!.TextContent.ShouldContain($"（{waiting.Count}）");
            section.QuerySelector("[data-testid=legal-review-closings-pager]")!.TextContent.ShouldContain($"第 {page} / {pageCount} 页");
            var rows = section.QuerySelectorAll("[data-testid=case-row]");
            rows.Length.ShouldBe(Math.Min(LegalReviewQueuePageSize, waiting.Count - ((page - 1) * LegalReviewQueuePageSize)));
            seen.AddRange(rows.Select(r => Guid.Parse(r.QuerySelector("a[href^='/Cases/Details/']")!.GetAttribute("href")!["/Cases/Details/".Length..])));
        }

        // Every waiting case once, oldest first (cases opened at the same moment in either order).
        seen.Distinct().Count().ShouldBe(waiting.Count);
        seen.ShouldBe(waiting.Select(c => c.Id), ignoreOrder: true);
        var openedAt = waiting.ToDictionary(c => c.Id, c => c.CreatedAt);
        seen.Select(id => openedAt[id]).ShouldBeInOrder(SortDirection.Ascending);
    }

    private const int LegalReviewQueuePageSize = Web.Queries.LegalReviewQueuePage.Size;
}
