using System.Globalization;
using EnforcementPortal.BrowserTests.Infrastructure;
using EnforcementPortal.Domain.Inspections;
using EnforcementPortal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Cases;

/// <summary>
/// 年度检查计划 (住建部 建法〔2025〕40号 (八)): the chief of 人防 drafts last year's plan (a count that is no number is
/// refused in Chinese and the line kept), approves it, and an officer's routine inspection of that year is then refused
/// without a plan task and opened once the plan's task is chosen.
/// </summary>
public sealed class AnnualPlanDrafting(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AChiefDraftsAndApprovesAPlanAndAnOfficersInspectionIsAttachedToIt()
    {
        var inspectedOn = portal.Factory.Today.AddYears(-1);
        var year = inspectedOn.Year;
        var quarter = PlanMembership.QuarterOf(inspectedOn);

        var chief = await portal.NewPageAsync();
        await chief.SignInAsync("rf.chief");
        await chief.GotoAsync($"/InspectionPlans?year={year}");
        await Expect(chief.Locator("[data-testid=no-plan]")).ToBeVisibleAsync();
        await chief.ClickAsync("[data-testid=draft-plan]");
        await Expect(chief.Locator("#Year")).ToHaveValueAsync(year.ToString(CultureInfo.InvariantCulture));
        await chief.SelectOptionAsync("select[name='Lines[0].Quarter']", quarter.ToString(CultureInfo.InvariantCulture));
        await chief.SelectOptionAsync("select[name='Lines[0].PartyKind']", "ConstructionOwner");
        await chief.FillAsync("input[name='Lines[0].Count']", "两家");
        await chief.FillAsync("input[name='Lines[0].Subject']", "结建防空地下室同步建设专项检查");
        await chief.ClickAsync("[data-testid=plan-form] button");
        await Expect(chief.Locator("[data-testid=form-errors]")).ToContainTextAsync("第1行：检查家数须为1至10000之间的正整数。");
        await Expect(chief.Locator("input[name='Lines[0].Subject']")).ToHaveValueAsync("结建防空地下室同步建设专项检查");
        await chief.FillAsync("input[name='Lines[0].Count']", "2");
        await chief.ScreenshotAsync("annual-plan-draft");
        await chief.ClickAsync("[data-testid=plan-form] button");
        await Expect(chief.Locator("[data-testid=status-success]")).ToContainTextAsync("年度检查计划已编制");
        await Expect(chief.Locator("[data-testid=plan-status]")).ToContainTextAsync("草拟，待科长/站长批准");
        await Expect(chief.Locator("[data-testid=plan-tasks]")).ToContainTextAsync("结建防空地下室同步建设专项检查");
        await chief.ClickAsync("button:has-text('批准年度检查计划')");
        await Expect(chief.Locator("[data-testid=plan-status]")).ToContainTextAsync("已批准（孙海涛");
        await Expect(chief.Locator("[data-testid=plan-event]")).ToHaveCountAsync(2);

        var officer = await portal.NewPageAsync();
        await officer.SignInAsync("rf.officer1");
        await officer.GotoAsync("/Cases/New");
        await officer.SelectOptionAsync("#Trigger", "RoutinePatrol");
        await officer.FillAsync("#InspectedAt", inspectedOn.ToDateTime(new TimeOnly(10, 0)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await officer.FillAsync("#PartyCreditCode", DemoPeople.CreditCodeFor(7).Value);
        await officer.FillAsync("#SiteName", "伊宁市城东安置小区地下车库");
        await officer.FillAsync("#SiteAddress", "伊宁市解放东路88号");
        await officer.FillAsync("#Narrative", "执法人员出示执法证件，按年度检查计划对防空地下室同步建设情况进行检查。");
        await officer.FillAsync("#Findings_0__Description", "防空地下室未按人防设计图纸同步施工");
        await officer.Locator("select[name='Findings[0].Severity']").SelectOptionAsync("General");
        await officer.Locator("[data-testid=new-inspection-form] label", new() { HasText = "周静" }).ClickAsync();
        await officer.ClickAsync("[data-testid=new-inspection-form] button[type=submit]");
        await Expect(officer.Locator("[data-testid=form-errors]")).ToContainTextAsync(PlanMembership.MissingTaskMessage);

        var task = officer.Locator("#PlanTaskId option", new() { HasText = "结建防空地下室同步建设专项检查" });
        await Expect(task).ToHaveCountAsync(1);
        await officer.SelectOptionAsync("#PlanTaskId", (await task.GetAttributeAsync("value"))!);
        await officer.ClickAsync("[data-testid=new-inspection-form] button[type=submit]");
        await Expect(officer.Locator("[data-testid=status-success]")).ToContainTextAsync("现场检查已记录");
        await Expect(officer.Locator("body")).ToContainTextAsync("防空地下室未按人防设计图纸同步施工");
    }
}
