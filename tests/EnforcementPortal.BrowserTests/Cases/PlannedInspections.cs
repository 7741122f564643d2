using EnforcementPortal.BrowserTests.Infrastructure;
using EnforcementPortal.Infrastructure.Seeding;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Cases;

/// <summary>
/// Plans before visits (住建部 建法〔2025〕40号 (八)): a scheme approved by the chief, the 行政检查通知书 given on the visit
/// day, the on-site record (with its checklist) entered later and the case's notice still dated on the visit day; and an
/// emergency inspection approved afterwards.
/// </summary>
public sealed class PlannedInspections(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task APlannedInspectionGoesFromSchemeToRecordWithTheNoticeDatedOnTheVisit()
    {
        var visitDay = NextWorkingDay(portal.Factory.Today);
        var officer = await portal.NewPageAsync(390, 844, isMobile: true);
        await officer.SignInAsync("aj.officer1");
        await officer.GotoAsync("/InspectionVisits/New");
        await officer.SelectOptionAsync("#Trigger", "RoutinePatrol");
        var quarter = ((visitDay.Month - 1) / 3) + 1;
        var task = officer.Locator("#PlanTaskId option", new() { HasText = $"第{quarter}季度" }).First;
        await officer.SelectOptionAsync("#PlanTaskId", (await task.GetAttributeAsync("value"))!);
        await officer.FillAsync("#PartyCreditCode", DemoPeople.CreditCodeFor(7).Value);
        await officer.FillAsync("#PlannedOn", visitDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await officer.FillAsync("#SiteName", "伊犁华宇·河畔新城7#楼");
        await officer.FillAsync("#SiteAddress", "伊宁市福州路18号");
        await officer.FillAsync("#Scope", "冬季施工安全：脚手架、施工用电");
        await officer.FillAsync("#Method", "古丽米拉·阿不都、吴斌现场检查，查阅资料、拍照取证");
        await officer.Locator("#ChecklistId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await officer.ClickAsync("[data-testid=scheme-form] button[type=submit]");
        await Expect(officer.Locator("[data-testid=visit-state]")).ToHaveTextAsync("方案待批准");
        await Expect(officer.Locator("[data-testid=issue-notice]")).ToHaveCountAsync(0);
        await Expect(officer.Locator("[data-testid=record-on-site]")).ToHaveCountAsync(0);
        var visitUrl = officer.Url;

        var chief = await portal.NewPageAsync();
        await chief.SignInAsync("aj.chief");
        await chief.GotoAsync(visitUrl);
        await chief.ClickAsync("[data-testid=approve-scheme]");
        await Expect(chief.Locator("[data-testid=visit-state]")).ToHaveTextAsync("方案已批准，待检查");

        // The visit day: the notice is given on arrival.
        portal.Factory.Clock.SetUtcNow(new DateTimeOffset(visitDay.ToDateTime(new TimeOnly(9, 0)), TemplateDatabase.BeijingOffset));
        await officer.SignInAsync("aj.officer1");
        await officer.GotoAsync(visitUrl);
        await officer.ClickAsync("[data-testid=issue-notice]");
        await Expect(officer.Locator("[data-testid=visit-notice]")).ToHaveTextAsync($"{visitDay.Year}年{visitDay.Month}月{visitDay.Day}日");

        // The record is entered the next working day; the checklist's failed item becomes the finding.
        var entryDay = NextWorkingDay(visitDay);
        portal.Factory.Clock.SetUtcNow(new DateTimeOffset(entryDay.ToDateTime(new TimeOnly(9, 30)), TemplateDatabase.BeijingOffset));
        await officer.SignInAsync("aj.officer1");
        await officer.GotoAsync(visitUrl);
        await officer.ClickAsync("[data-testid=record-on-site]");
        await Expect(officer.Locator("[data-testid=visit-banner]")).ToBeVisibleAsync();
        var items = officer.Locator("[data-checklist-item]");
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            await items.Nth(i).GetByText(i == 2 ? "不合格" : "合格", new() { Exact = true }).ClickAsync();
        }

        await items.Nth(2).Locator("input[type=text]").FillAsync("7#楼外架连墙件缺失三处");
        await items.Nth(2).Locator("[data-testid=checklist-photo]").SetInputFilesAsync(new FilePayload { Name = "7号楼外架.png", MimeType = "image/png", Buffer = TinyPng });
        await officer.FillAsync("#Narrative", "执法人员出示执法证件，送达行政检查通知书，按检查清单逐项检查。");
        await officer.Locator("[data-testid=new-inspection-form] label", new() { HasText = "吴斌" }).ClickAsync();
        await officer.ScreenshotAsync("visit-record-checklist-phone");
        await officer.ClickAsync("[data-testid=new-inspection-form] button[type=submit]");
        await Expect(officer.Locator("[data-testid=status-success]")).ToContainTextAsync("现场检查已记录");
        await Expect(officer.Locator("body")).ToContainTextAsync("7#楼外架连墙件缺失三处");
        await Expect(officer.Locator("[data-testid=findings] tr", new() { HasText = "7#楼外架连墙件缺失三处" }).Locator("[data-testid=finding-photo]")).ToContainTextAsync("7号楼外架.png");

        var row = officer.Locator("[data-testid=document-available][data-kind=InspectionNotice]");
        var download = await officer.RunAndWaitForDownloadAsync(() => row.Locator("[data-testid=document-issue]").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"inspection-notice-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        string text;
        using (var pdf = PdfDocument.Open(path))
        {
            text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        }

        File.Delete(path);
        text.ShouldContain($"{visitDay.Year}年{visitDay.Month}月{visitDay.Day}日");
        text.ShouldNotContain($"{entryDay.Year}年{entryDay.Month}月{entryDay.Day}日", customMessage: "the notice is dated on the visit, not on the day the record was entered");

        await officer.GotoAsync(visitUrl);
        await Expect(officer.Locator("[data-testid=visit-state]")).ToHaveTextAsync("检查完成");
        await officer.Locator("[data-testid=tell-result-form] #Method").SelectOptionAsync("Written");
        await officer.ClickAsync("[data-testid=tell-result-form] button");
        await Expect(officer.Locator("[data-testid=visit-told]")).ToContainTextAsync("书面告知");
    }

    [Fact]
    public async Task AnEmergencyInspectionIsApprovedAfterwards()
    {
        var officer = await portal.NewPageAsync();
        await officer.SignInAsync("zj.officer1");
        await officer.GotoAsync("/InspectionVisits");
        await officer.ClickAsync("[data-testid=new-emergency]");
        await officer.SelectOptionAsync("#Trigger", "DataMonitoring");
        await officer.FillAsync("#PartyCreditCode", DemoPeople.CreditCodeFor(10).Value);
        await officer.FillAsync("#SiteName", "英也尔乡卫生院门诊楼");
        await officer.FillAsync("#SiteAddress", "伊宁市英也尔乡");
        await officer.FillAsync("#Scope", "门诊楼梁板裂缝及混凝土强度");
        await officer.FillAsync("#Method", "买合木提·热合曼、郑晓燕立即赴现场");
        await officer.FillAsync("#EmergencyReason", "监测发现门诊楼二层梁出现斜裂缝并持续发展，须立即检查");
        await officer.ClickAsync("[data-testid=scheme-form] button[type=submit]");
        await Expect(officer.Locator("[data-testid=awaits-approval]")).ToBeVisibleAsync();
        var visitUrl = officer.Url;

        await officer.ClickAsync("[data-testid=record-on-site]");
        await officer.FillAsync("#Narrative", "执法人员出示执法证件，送达行政检查通知书，对门诊楼进行检查。");
        await officer.FillAsync("#Findings_0__Description", "二层梁斜裂缝，未采取临时支护措施");
        await officer.Locator("select[name='Findings[0].Severity']").SelectOptionAsync("Serious");
        await officer.Locator("[data-testid=new-inspection-form] label", new() { HasText = "郑晓燕" }).ClickAsync();
        await officer.ClickAsync("[data-testid=new-inspection-form] button[type=submit]");
        await Expect(officer.Locator("[data-testid=status-success]")).ToContainTextAsync("现场检查已记录");

        var chief = await portal.NewPageAsync(390, 844, isMobile: true);
        await chief.SignInAsync("zj.chief");
        await chief.GotoAsync("/InspectionVisits");
        await Expect(chief.Locator("[data-testid=unapproved-emergencies]")).ToContainTextAsync("英也尔乡卫生院门诊楼");
        await chief.ScreenshotAsync("visits-unapproved-emergency-phone");
        await chief.GotoAsync(visitUrl);
        await Expect(chief.Locator("[data-testid=visit-state]")).ToHaveTextAsync("检查完成");
        await chief.ClickAsync("[data-testid=approve-afterwards]");
        await Expect(chief.Locator("[data-testid=awaits-approval]")).ToHaveCountAsync(0);
        await Expect(chief.Locator("[data-testid=visit-approval]")).ToContainTextAsync("何文博");
        await chief.GotoAsync("/InspectionVisits");
        await Expect(chief.Locator("[data-testid=unapproved-emergencies]")).Not.ToContainTextAsync("英也尔乡卫生院门诊楼");
    }

    private static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static DateOnly NextWorkingDay(DateOnly day)
    {
        var next = day.AddDays(1);
        while (next.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            next = next.AddDays(1);
        }

        return next;
    }
}
