using System.Globalization;
using System.Net;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Cases;

/// <summary>
/// 法制审核 through the real forms: only a legal reviewer records an opinion, for any department's case; the chief's
/// approval is refused until the review; the reviewers' queue, the chief's list and the administrator's ratio.
/// </summary>
public sealed class LegalReviewAccess(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnOfficerCannotRecordAnOpinion()
    {
        var (id, version, _) = await AwaitingReviewAsync(LegalReviewSubject.Transfer);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var response = await officer.PostFormAsync($"/Cases/Details/{id}", $"/Cases/{id}/RecordLegalReview", Opinion(version, "Agreed", "同意移交。"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        await using var db = factory.CreateDbContext();
        (await db.Cases.SingleAsync(c => c.Id == id, Ct)).LegalReviews.ShouldBeEmpty();
    }

    [Fact]
    public async Task ALegalReviewerRecordsAnOpinionForAnyDepartment()
    {
        await using var db = factory.CreateDbContext();
        var waiting = await db.Cases.AsNoTracking().Where(c => c.PendingLegalReview == LegalReviewSubject.Closing)
            .Select(c => new { c.Id, c.Version, c.Department }).ToListAsync(Ct);
        var perDepartment = waiting.GroupBy(c => c.Department).Select(g => g.First()).Take(2).ToList();
        perDepartment.Count.ShouldBe(2, "the demo data has cases waiting for a legal review in at least two departments");
        using var reviewer = await PortalClient.SignedInAsync(factory, "legal");

        var queue = await reviewer.GetPageAsync("/LegalReviews");
        foreach (var c in perDepartment)
        {
            queue.QuerySelector($"a[href='/Cases/Details/{c.Id}']").ShouldNotBeNull();
            var page = await reviewer.GetPageAsync($"/Cases/Details/{c.Id}");
            page.QuerySelector("[data-testid=form-legalreview]").ShouldNotBeNull();

            var response = await reviewer.PostFormAsync($"/Cases/Details/{c.Id}", $"/Cases/{c.Id}/RecordLegalReview", Opinion(c.Version, "ReturnedForSupplement", "请补充整改前后对比照片及相关证明材料。"));

            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        await using var after = factory.CreateDbContext();
        foreach (var c in perDepartment)
        {
            var review = (await after.Cases.SingleAsync(x => x.Id == c.Id, Ct)).LegalReviews.ShouldHaveSingleItem();
            (review.Opinion, review.ReviewerName, review.Reasons).ShouldBe((LegalReviewOpinion.ReturnedForSupplement, "李慧敏", "请补充整改前后对比照片及相关证明材料。"));
        }
    }

    [Fact]
    public async Task AnOpinionWithoutReasonsIsRefusedOnTheForm()
    {
        var (id, version, _) = await AwaitingReviewAsync(LegalReviewSubject.Closing);
        using var reviewer = await PortalClient.SignedInAsync(factory, "legal");

        var response = await reviewer.PostFormAsync($"/Cases/Details/{id}", $"/Cases/{id}/RecordLegalReview", Opinion(version, "Agreed", " "));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=form-legalreview]")!.TextContent.ShouldContain("请填写审核意见及理由。");
    }

    [Fact]
    public async Task TheChiefsApprovalIsRefusedUntilTheReviewAndTheQueueSaysSo()
    {
        var (id, version, department) = await AwaitingReviewAsync(LegalReviewSubject.Transfer);
        var chiefLogin = department switch
        {
            DepartmentCode.Housing => "fc.chief",
            DepartmentCode.ConstructionManagement => "jg.chief",
            DepartmentCode.CivilAirDefense => "rf.chief",
            DepartmentCode.Safety => "aj.chief",
            _ => "zj.chief",
        };
        using var chief = await PortalClient.SignedInAsync(factory, chiefLogin);

        var queue = await chief.GetPageAsync("/Cases/Queue");
        queue.QuerySelector("[data-testid=queue-approvals]")!.TextContent.ShouldContain("待法制审核");
        var response = await chief.PostFormAsync($"/Cases/Details/{id}", $"/Cases/{id}/ApproveTransfer", new Dictionary<string, string> { ["Version"] = version.ToString(CultureInfo.InvariantCulture) });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=status-error]")!.TextContent.ShouldContain(CaseLifecycle.GuardLegalReviewBeforeApproval);
        await using var db = factory.CreateDbContext();
        (await db.Cases.SingleAsync(c => c.Id == id, Ct)).State.ShouldBe(CaseState.TransferPendingApproval);
    }

    [Fact]
    public async Task OnlyLegalReviewersSeeTheQueue()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var response = await officer.Http.GetAsync(new Uri("/LegalReviews", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task TheUsersPageShowsTheShareOfLegalReviewersComputedFromTheAccounts()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var page = await admin.GetPageAsync("/AdminUsers");

        var ratio = page.QuerySelector("[data-testid=legal-reviewer-ratio]")!;
        await using var db = factory.CreateDbContext();
        var officers = await (from u in db.Users where u.IsActive join ur in db.UserRoles on u.Id equals ur.UserId join r in db.Roles on ur.RoleId equals r.Id where r.Name == "Officer" || r.Name == "SectionChief" select u.Id).CountAsync(Ct);
        var reviewers = await (from u in db.Users where u.IsActive join ur in db.UserRoles on u.Id equals ur.UserId join r in db.Roles on ur.RoleId equals r.Id where r.Name == "LegalReviewer" select u.Id).CountAsync(Ct);
        ratio.TextContent.ShouldContain($"法制审核人员{reviewers}人，执法人员{officers}人");
        ratio.GetAttribute("data-below").ShouldBe((reviewers * 100 < officers * 5).ToString());
    }

    private static Dictionary<string, string> Opinion(int version, string opinion, string reasons) => new()
    {
        ["LegalReview.Version"] = version.ToString(CultureInfo.InvariantCulture),
        ["LegalReview.Opinion"] = opinion,
        ["LegalReview.Reasons"] = reasons,
    };

    private async Task<(Guid Id, int Version, DepartmentCode Department)> AwaitingReviewAsync(LegalReviewSubject subject)
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var found = await db.Cases.AsNoTracking().Where(c => c.PendingLegalReview == subject)
            .OrderBy(c => c.CreatedAt).Select(c => new { c.Id, c.Version, c.Department }).FirstAsync(Ct);
        return (found.Id, found.Version, found.Department);
    }
}
