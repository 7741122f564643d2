using System.Net;
using EnforcementPortal.IntegrationTests.Infrastructure;

namespace EnforcementPortal.IntegrationTests.Statistics;

/// <summary>典型案例 of the monthly report: the chief chooses them, everybody who reads the report sees them.</summary>
public sealed class TypicalCases(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string HousingNovember = "/Statistics/Monthly?department=fangchan&year=2025&month=11";
    private const string ChooseInNovember = "/Statistics/Monthly/fangchan/2025/11/TypicalCases";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheLeaderReadsTheChiefsChoiceOfDecember()
    {
        using var leader = await PortalClient.SignedInAsync(factory, "leader");

        var page = await leader.GetPageAsync("/Statistics/Monthly?year=2025&month=12");

        var items = page.QuerySelectorAll("[data-testid=typical-case]");
        items.Length.ShouldBe(2);
        items[0].TextContent.ShouldContain("房产科 2025 年第");
        items[0].TextContent.ShouldContain("王振华 选定于 2026-01-05");
        items[1].TextContent.ShouldContain("移交—立案—处置—反馈");
        page.QuerySelector("form[action$='/TypicalCases']").ShouldBeNull("the bureau-wide report is read, not edited");
    }

    [Fact]
    public async Task AChiefChoosesACaseOfTheMonthAndRemovesIt()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        var before = await chief.GetPageAsync(HousingNovember);
        var option = before.QuerySelectorAll("#CaseId option").Skip(1).First();

        var chosen = await StatisticsPages.PostFormAsync(chief, HousingNovember, ChooseInNovember, new()
        {
            ["CaseId"] = option.GetAttribute("value")!,
            ["Summary"] = "售楼处未公示商品房销售信息，约谈后当场整改。",
        });

        chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await chief.GetPageAsync(HousingNovember);
        var item = after.QuerySelectorAll("[data-testid=typical-case]").ShouldHaveSingleItem();
        item.TextContent.ShouldContain("售楼处未公示商品房销售信息，约谈后当场整改。");
        after.QuerySelectorAll("#CaseId option").Select(o => o.GetAttribute("value")).ShouldNotContain(option.GetAttribute("value"), "a chosen case is not offered again");
        var export = await chief.Http.GetByteArrayAsync(new Uri(HousingNovember + "&table=typical&format=csv", UriKind.Relative), Ct);
        System.Text.Encoding.UTF8.GetString(export).ShouldContain("售楼处未公示商品房销售信息");

        var remove = item.QuerySelector("form")!.GetAttribute("action")!;
        var removed = await StatisticsPages.PostFormAsync(chief, HousingNovember, remove, []);

        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await chief.GetPageAsync(HousingNovember)).QuerySelector("[data-testid=typical-none]").ShouldNotBeNull();
    }

    [Fact]
    public async Task AMissingAccountIsRefusedOnTheFormAndTheChoiceIsKept()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        var option = (await chief.GetPageAsync(HousingNovember)).QuerySelectorAll("#CaseId option").Skip(1).First().GetAttribute("value")!;

        var response = await StatisticsPages.PostFormAsync(chief, HousingNovember, ChooseInNovember, new() { ["CaseId"] = option, ["Summary"] = " " });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain("请填写简要案情及典型意义");
        page.QuerySelector("#CaseId option[selected]")!.GetAttribute("value").ShouldBe(option);
    }

    [Fact]
    public async Task ACaseWithoutActivityInTheMonthIsRefused()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        var december = await chief.GetPageAsync("/Statistics/Monthly?department=fangchan&year=2025&month=12");
        var option = december.QuerySelectorAll("#CaseId option").Skip(1).First().GetAttribute("value")!;

        var response = await chief.PostFormAsync("/Statistics/Monthly?department=fangchan&year=2024&month=3", "/Statistics/Monthly/fangchan/2024/3/TypicalCases", new Dictionary<string, string>
        {
            ["CaseId"] = option,
            ["Summary"] = "说明",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain("该案件在2024年3月没有执法活动");
    }

    [Fact]
    public async Task OnlyTheDepartmentsChiefChooses()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        using var otherChief = await PortalClient.SignedInAsync(factory, "zj.chief");
        var page = await officer.GetPageAsync(HousingNovember);
        page.QuerySelector($"form[action='{ChooseInNovember}']").ShouldBeNull("the form is not offered to an officer");
        var fields = new Dictionary<string, string> { ["CaseId"] = Guid.NewGuid().ToString(), ["Summary"] = "说明" };

        var byOfficer = await officer.PostFormAsync(HousingNovember, ChooseInNovember, fields);
        var byOtherChief = await otherChief.PostFormAsync("/Statistics/Monthly", ChooseInNovember, fields);

        byOfficer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        byOfficer.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        byOtherChief.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheCurrentMonthCannotBeChosenForYet()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        var now = factory.Now;

        var response = await chief.PostFormAsync("/Statistics/Monthly", $"/Statistics/Monthly/fangchan/{now.Year}/{now.Month}/TypicalCases", new() { ["CaseId"] = Guid.NewGuid().ToString(), ["Summary"] = "说明" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheChiefsHomePageRemindsOfLastMonthsReportAndItsDueDate()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var today = factory.Today;
        var lastMonth = today.AddMonths(-1);

        var home = await chief.GetPageAsync("/");

        var reminder = home.QuerySelector("[data-testid=monthly-reminder]")!;
        reminder.TextContent.ShouldContain($"{lastMonth.Year}年{lastMonth.Month}月 月报应于{today.Year}年{today.Month}月5日前报送。");
        reminder.TextContent.ShouldContain(today.Day > 5 ? "尚未选定典型案例，已超过报送期限。" : "尚未选定典型案例。");
        reminder.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/Statistics/Monthly?department=fangchan&year={lastMonth.Year}&month={lastMonth.Month}#typical-cases");
        (await officer.GetPageAsync("/")).QuerySelector("[data-testid=monthly-reminder]").ShouldBeNull("the choice is the chief's");
    }
}
