using System.Globalization;
using System.Net;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Inspections;
using EnforcementPortal.Infrastructure.Seeding;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Inspections;

/// <summary>
/// Plans before visits over HTTP: who may approve a scheme, department scoping of visits, the plan-membership refusal on
/// the new-inspection form (Chinese message, form kept, nothing written) and the emergency on the overdue list.
/// </summary>
public sealed class InspectionAccess(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/InspectionVisits")]
    [InlineData("/InspectionPlans")]
    [InlineData("/InspectionPlans/Checklists")]
    public async Task AnonymousVisitorIsSentToSignIn(string url)
    {
        using var client = PortalClient.Anonymous(factory);

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task OnlyTheDepartmentsChiefApprovesASchemeAndOtherDepartmentsFindNothing()
    {
        var visit = await VisitAsync(DepartmentCode.Safety, VisitState.SchemeDrafted);
        var fields = new Dictionary<string, string> { ["Version"] = visit.Version.ToString(CultureInfo.InvariantCulture) };

        using (var officer = await PortalClient.SignedInAsync(factory, "aj.officer1"))
        {
            var refused = await officer.PostFormAsync("/InspectionVisits/New", $"/InspectionVisits/Approve/{visit.Id}", fields);
            refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            refused.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }

        using (var otherChief = await PortalClient.SignedInAsync(factory, "zj.chief"))
        {
            (await otherChief.Http.GetAsync(new Uri($"/InspectionVisits/Details/{visit.Id}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await otherChief.PostFormAsync("/InspectionVisits/New", $"/InspectionVisits/Approve/{visit.Id}", fields)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await VisitAsync(visit.Id)).State.ShouldBe(VisitState.SchemeDrafted, "neither the officer nor another department's chief approved it");

        using var chief = await PortalClient.SignedInAsync(factory, "aj.chief");
        var approved = await chief.PostFormAsync("/InspectionVisits/New", $"/InspectionVisits/Approve/{visit.Id}", fields);
        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await VisitAsync(visit.Id);
        after.State.ShouldBe(VisitState.SchemeApproved);
        after.ApprovedByName.ShouldBe("杨建新");
    }

    [Fact]
    public async Task ARoutinePatrolOutsideThePlanIsRefusedOnTheFormWhichIsKept()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var before = await CaseCountAsync();

        var refused = await officer.PostFormAsync("/Cases/New", "/Cases/New", await InspectionFieldsAsync(planTaskId: null));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(refused);
        page.QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain(PlanMembership.MissingTaskMessage);
        page.QuerySelector("#SiteName")!.GetAttribute("value").ShouldBe("伊宁市金源置业售楼处");
        (await CaseCountAsync()).ShouldBe(before);

        var task = await QuarterTaskAsync(DepartmentCode.Housing);
        var opened = await officer.PostFormAsync("/Cases/New", "/Cases/New", await InspectionFieldsAsync(task));
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = factory.CreateDbContext();
        (await db.Cases.AnyAsync(c => c.SiteName == "伊宁市金源置业售楼处" && c.PlanTaskId == task, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task AnUnapprovedEmergencyStaysOnTheOverdueListUntilTheChiefApprovesIt()
    {
        var emergency = await VisitAsync(DepartmentCode.Quality, VisitState.EmergencyUnderway);
        using var chief = await PortalClient.SignedInAsync(factory, "zj.chief");

        var list = await chief.GetPageAsync("/InspectionVisits");
        list.QuerySelector("[data-testid=unapproved-emergencies]")!.TextContent.ShouldContain(emergency.SiteName);

        var response = await chief.PostFormAsync("/InspectionVisits/New", $"/InspectionVisits/ApproveAfterwards/{emergency.Id}", new Dictionary<string, string> { ["Version"] = emergency.Version.ToString(CultureInfo.InvariantCulture) });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        list = await chief.GetPageAsync("/InspectionVisits");
        list.QuerySelector("[data-testid=unapproved-emergencies]")!.TextContent.ShouldNotContain(emergency.SiteName);
    }

    [Fact]
    public async Task ThePlanViewShowsEachGradesFrequencyAndTheDrawWeighsPartiesByTheirGrade()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "aj.officer1");
        var page = await officer.GetPageAsync("/InspectionPlans");
        var grades = page.QuerySelector("[data-testid=plan-grades]")!;
        grades.QuerySelector("[data-grade=A]")!.TextContent.ShouldContain(Domain.Parties.CreditGrading.FrequencyOf(Domain.Parties.CreditGrade.A).Label);
        grades.QuerySelector("[data-grade=D]")!.TextContent.ShouldContain("每月检查1次");

        await using var db = factory.CreateDbContext();
        var plan = await db.InspectionPlans.AsNoTracking().SingleAsync(p => p.Department == DepartmentCode.Safety && p.Year == factory.Today.Year, Ct);
        var task = plan.Tasks[0];
        var drawn = await officer.PostFormAsync("/InspectionPlans", $"/InspectionPlans/Draw/{plan.Id}?taskId={task.Id}&year={plan.Year}", new Dictionary<string, string>());
        drawn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draw = await db.InspectionDraws.AsNoTracking().Where(d => d.PlanTaskId == task.Id).OrderByDescending(d => d.DrawnAt).FirstAsync(Ct);
        draw.PartyWeights.Count.ShouldBe(draw.PartyPool.Count, "every party of the pool weighs its grade's recommended frequency");
        draw.PartyWeights.ShouldAllBe(w => w >= 1);
        draw.Replays().ShouldBeTrue();
        var details = await officer.GetPageAsync($"/InspectionPlans/DrawDetails/{draw.Id}");
        details.QuerySelector("[data-testid=draw-algorithm]")!.TextContent.ShouldContain("信用风险等级");
    }

    private async Task<List<KeyValuePair<string, string>>> InspectionFieldsAsync(Guid? planTaskId)
    {
        await using var db = factory.CreateDbContext();
        var officers = await db.Users.Where(u => u.UserName == "fc.officer1" || u.UserName == "fc.officer2").Select(u => u.Id).ToListAsync(Ct);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Trigger", "RoutinePatrol"),
            new("PartyCreditCode", DemoPeople.CreditCodeFor(4).Value),
            new("SiteName", "伊宁市金源置业售楼处"),
            new("SiteAddress", "伊宁市上海路66号"),
            new("InspectedAt", factory.Now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)),
            new("Narrative", "执法人员出示执法证件，对售楼处进行检查。"),
            new("Findings[0].Description", "售楼处未公示商品房预售许可证"),
            new("Findings[0].Severity", "General"),
        };
        if (planTaskId is { } id)
        {
            fields.Add(new("PlanTaskId", id.ToString()));
        }

        fields.AddRange(officers.Select(o => new KeyValuePair<string, string>("OfficerIds", o.ToString())));
        return fields;
    }

    private async Task<Guid> QuarterTaskAsync(DepartmentCode department)
    {
        await using var db = factory.CreateDbContext();
        var plan = await db.InspectionPlans.SingleAsync(p => p.Department == department && p.Year == factory.Today.Year, Ct);
        return plan.Tasks.First(t => t.Quarter == PlanMembership.QuarterOf(factory.Today)).Id;
    }

    private async Task<InspectionVisit> VisitAsync(DepartmentCode department, VisitState state)
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        return await db.InspectionVisits.AsNoTracking().FirstAsync(v => v.Department == department && v.State == state, Ct);
    }

    private async Task<InspectionVisit> VisitAsync(Guid id)
    {
        await using var db = factory.CreateDbContext();
        return await db.InspectionVisits.AsNoTracking().SingleAsync(v => v.Id == id, Ct);
    }

    private async Task<int> CaseCountAsync()
    {
        await using var db = factory.CreateDbContext();
        return await db.Cases.CountAsync(Ct);
    }
}
