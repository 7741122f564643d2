using System.Globalization;
using System.Net;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Inspections;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Inspections;

/// <summary>
/// 编制年度检查计划 over HTTP: only a department's chief drafts and changes its plan (an officer is denied, another
/// department's chief finds nothing), antiforgery, the Chinese messages on the form with nothing written, and a plan
/// drafted, revised and approved with each change on its timeline.
/// </summary>
public sealed class PlanDraftingAccess(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Fields(int year, params (string Quarter, string Kind, string Count, string Subject)[] lines)
    {
        var fields = new Dictionary<string, string> { ["Year"] = year.ToString(CultureInfo.InvariantCulture) };
        for (var i = 0; i < lines.Length; i++)
        {
            (fields[$"Lines[{i}].Quarter"], fields[$"Lines[{i}].PartyKind"], fields[$"Lines[{i}].Count"], fields[$"Lines[{i}].Subject"]) = lines[i];
        }

        return fields;
    }

    [Fact]
    public async Task AnOfficerIsDeniedAnotherDepartmentsChiefFindsNothingAndAPostWithoutTokenIsRefused()
    {
        var year = factory.Today.Year + 1;
        using (var officer = await PortalClient.SignedInAsync(factory, "jg.officer1"))
        {
            var denied = await officer.Http.GetAsync(new Uri("/InspectionPlans/New", UriKind.Relative), Ct);
            denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            denied.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
            var posted = await officer.PostFormAsync("/InspectionPlans", "/InspectionPlans/New", Fields(year, ("1", "ConstructionOwner", "3", "施工许可检查")));
            posted.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }

        using var chief = await PortalClient.SignedInAsync(factory, "jg.chief");
        var withoutToken = await chief.Http.PostAsync(new Uri("/InspectionPlans/New", UriKind.Relative), new FormUrlEncodedContent(Fields(year, ("1", "ConstructionOwner", "3", "施工许可检查"))), Ct);
        withoutToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PlanAsync(DepartmentCode.ConstructionManagement, year)).ShouldBeNull("neither the officer nor a post without token wrote a plan");

        var drafted = await chief.PostFormAsync("/InspectionPlans/New", "/InspectionPlans/New", Fields(year, ("1", "ConstructionOwner", "3", "施工许可检查")));
        drafted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var plan = (await PlanAsync(DepartmentCode.ConstructionManagement, year))!;

        using var otherChief = await PortalClient.SignedInAsync(factory, "zj.chief");
        (await otherChief.Http.GetAsync(new Uri($"/InspectionPlans/Edit/{plan.Id}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var foreign = await otherChief.PostFormAsync("/InspectionPlans/New", $"/InspectionPlans/Edit/{plan.Id}", Fields(year, ("2", "Contractor", "9", "改写他部门计划")).Append(new("Version", "0")));
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var approve = await otherChief.PostFormAsync("/InspectionPlans/New", $"/InspectionPlans/Approve/{plan.Id}?year={year}", new Dictionary<string, string> { ["Version"] = "0" });
        approve.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var after = (await PlanAsync(DepartmentCode.ConstructionManagement, year))!;
        after.Status.ShouldBe(PlanStatus.Drafted);
        after.Tasks.Single().Subject.ShouldBe("施工许可检查");
    }

    [Theory]
    [InlineData("abc", "第1行：检查家数须为1至10000之间的正整数。")]
    [InlineData("0", "第1行：检查家数须为1至10000之间的正整数。")]
    [InlineData("-3", "第1行：检查家数须为1至10000之间的正整数。")]
    [InlineData("2.5", "第1行：检查家数须为1至10000之间的正整数。")]
    public async Task ACountThatIsNotAPositiveNumberIsRefusedOnTheFormAndNothingIsWritten(string count, string message)
    {
        var year = factory.Today.Year - 1;
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");

        var refused = await chief.PostFormAsync("/InspectionPlans/New", "/InspectionPlans/New", Fields(year, ("1", "Developer", count, "预售许可检查")));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(refused);
        page.QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain(message);
        page.QuerySelector("input[name='Lines[0].Subject']")!.GetAttribute("value").ShouldBe("预售许可检查", "the form keeps what was typed");
        (await PlanAsync(DepartmentCode.Housing, year)).ShouldBeNull();
    }

    [Fact]
    public async Task ADuplicatedLineAndAYearAlreadyPlannedAreRefusedInChinese()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        var seeded = (await PlanAsync(DepartmentCode.Housing, factory.Today.Year))!;

        var duplicated = await chief.PostFormAsync("/InspectionPlans/New", "/InspectionPlans/New",
            Fields(factory.Today.Year + 1, ("1", "Developer", "4", "预售许可检查"), ("2", "Brokerage", "2", "门店公示检查"), ("1", "Developer", "2", "预售许可检查")));
        (await PortalClient.ParseAsync(duplicated)).QuerySelector("[data-testid=form-errors]")!.TextContent
            .ShouldContain("第3行与第1行重复（同一季度、同类单位、同一检查内容），请合并为一行。");
        (await PlanAsync(DepartmentCode.Housing, factory.Today.Year + 1)).ShouldBeNull();

        var again = await chief.PostFormAsync("/InspectionPlans/New", "/InspectionPlans/New", Fields(factory.Today.Year, ("1", "Developer", "4", "预售许可检查")));
        (await PortalClient.ParseAsync(again)).QuerySelector("[data-testid=form-errors]")!.TextContent
            .ShouldContain($"本部门{factory.Today.Year}年度检查计划已经编制，请在原计划上修改，不能重复编制。");
        await using var db = factory.CreateDbContext();
        (await db.InspectionPlans.CountAsync(p => p.Department == DepartmentCode.Housing && p.Year == factory.Today.Year, Ct)).ShouldBe(1);
        (await PlanAsync(DepartmentCode.Housing, factory.Today.Year))!.Version.ShouldBe(seeded.Version);
    }

    [Fact]
    public async Task TheChiefDraftsRevisesAndApprovesAndEveryChangeIsOnThePlansTimeline()
    {
        var year = factory.Today.Year - 1;
        using var chief = await PortalClient.SignedInAsync(factory, "rf.chief");

        var drafted = await chief.PostFormAsync("/InspectionPlans/New", "/InspectionPlans/New", Fields(year, ("2", "ConstructionOwner", "2", "防空地下室同步建设检查")));
        drafted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var plan = (await PlanAsync(DepartmentCode.CivilAirDefense, year))!;
        plan.DraftedByName.ShouldBe("孙海涛");

        var revise = Fields(year, ("2", "ConstructionOwner", "3", "防空地下室同步建设检查"), ("4", "ConstructionOwner", "1", "人防工程维护管理检查")).Append(new("Version", "0"));
        (await chief.PostFormAsync($"/InspectionPlans/Edit/{plan.Id}", $"/InspectionPlans/Edit/{plan.Id}", revise)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await chief.PostFormAsync($"/InspectionPlans/Edit/{plan.Id}", $"/InspectionPlans/Edit/{plan.Id}", revise);
        (await PortalClient.ParseAsync(stale)).QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain("已被他人修改");

        var approved = await chief.PostFormAsync($"/InspectionPlans?year={year}", $"/InspectionPlans/Approve/{plan.Id}?year={year}", new Dictionary<string, string> { ["Version"] = "1" });
        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await chief.GetPageAsync($"/InspectionPlans?year={year}");
        page.QuerySelector("[data-testid=plan-status]")!.TextContent.ShouldContain("已批准（孙海涛");
        page.QuerySelector("[data-testid=plan-status]")!.TextContent.ShouldContain("计划检查 4 家次");
        var events = page.QuerySelectorAll("[data-testid=plan-event]").Select(e => e.TextContent).ToList();
        events.Count.ShouldBe(3);
        events[0].ShouldContain($"编制{year}年度检查计划");
        events[1].ShouldContain("修改年度检查计划");
        events[2].ShouldContain($"批准{year}年度检查计划");
        page.QuerySelector("[data-testid=edit-plan]").ShouldBeNull("an approved plan is no longer changed");
        (await chief.Http.GetAsync(new Uri($"/InspectionPlans/Edit/{plan.Id}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<InspectionPlan?> PlanAsync(DepartmentCode department, int year)
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        return await db.InspectionPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Department == department && p.Year == year, Ct);
    }
}
