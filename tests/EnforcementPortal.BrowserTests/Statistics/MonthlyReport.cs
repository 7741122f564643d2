using EnforcementPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Statistics;

/// <summary>The monthly report (月报): a chief chooses its typical cases; the leader reads it and the dashboard.</summary>
public sealed class MonthlyReport(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AChiefChoosesATypicalCaseForLastYearsNovember()
    {
        var chief = await portal.NewPageAsync();
        await chief.SignInAsync("fc.chief");
        await chief.GetByRole(AriaRole.Link, new() { Name = "统计与月报" }).First.ClickAsync();
        await chief.GetByRole(AriaRole.Link, new() { Name = "月报", Exact = true }).ClickAsync();
        await chief.Locator("#year").FillAsync("2025");
        await chief.Locator("#month").SelectOptionAsync("11");
        await chief.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Expect(chief.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("房产科 2025年11月 行政执法月报");

        await chief.Locator("#CaseId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await chief.Locator("#Summary").FillAsync("中介门店未公示服务项目和收费标准，复查时已整改到位，体现“检查—整改—复查”闭环。");
        await chief.GetByRole(AriaRole.Button, new() { Name = "列为典型案例" }).ClickAsync();

        await Expect(chief.GetByTestId("typical-case")).ToHaveCountAsync(1);
        await Expect(chief.GetByTestId("typical-summary")).ToHaveTextAsync("中介门店未公示服务项目和收费标准，复查时已整改到位，体现“检查—整改—复查”闭环。");
        await chief.ScreenshotAsync("monthly-typical-cases");
    }

    [Fact]
    public async Task TheLeaderReadsTheMonthlyReportAndTheDashboard()
    {
        var leader = await portal.NewPageAsync();
        await leader.SignInAsync("leader");

        await leader.GotoAsync("/Statistics/Monthly?year=2025&month=12");
        await Expect(leader.GetByTestId("monthly").Locator("tbody tr")).ToHaveCountAsync(5);
        await Expect(leader.GetByTestId("typical-case")).ToHaveCountAsync(2);
        await leader.ScreenshotAsync("monthly-report");
        await leader.GotoAsync("/Statistics/Dashboard");
        await Expect(leader.GetByTestId("dashboard-awaiting-feedback")).ToBeVisibleAsync();
        await leader.ScreenshotAsync("leader-dashboard");
    }
}
