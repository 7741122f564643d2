using EnforcementPortal.Infrastructure.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Infrastructure;

/// <summary>One finding as the officer types it.</summary>
public sealed record FindingEntry(string Description, bool Serious = false, bool LinkedToPenaltyMatter = false);

/// <summary>
/// The steps of a case as an officer takes them in the browser: fill the form the case page offers, submit,
/// and wait for the success banner. Screenshots of key pages go to the test output (see <see cref="PageSteps.ScreenshotAsync"/>).
/// </summary>
public sealed class CaseJourney(IPage page, string colleague)
{
    public IPage Page => page;

    public string CaseUrl { get; private set; } = string.Empty;

    public async Task NewInspectionAsync(int partyIndex, string site, string address, params FindingEntry[] findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        await page.GotoAsync("/Cases/New");
        await page.SelectOptionAsync("#Trigger", "RoutinePatrol");
        await SelectPlanTaskAsync(page);
        await page.FillAsync("#PartyCreditCode", DemoPeople.CreditCodeFor(partyIndex).Value);
        await page.FillAsync("#SiteName", site);
        await page.FillAsync("#SiteAddress", address);
        await page.FillAsync("#Narrative", $"执法人员出示执法证件，对{site}进行现场检查，查阅相关资料并拍照取证。");
        await page.Locator("[data-testid=new-inspection-form] label", new() { HasText = colleague }).ClickAsync();
        for (var i = 0; i < findings.Length; i++)
        {
            if (i > 0)
            {
                await page.ClickAsync("[data-add-finding]");
            }

            await page.FillAsync($"#Findings_{i}__Description", findings[i].Description);
            await page.Locator($"select[name='Findings[{i}].Severity']").SelectOptionAsync(findings[i].Serious ? "Serious" : "General");
            if (findings[i].LinkedToPenaltyMatter)
            {
                await page.Locator($"select[name='Findings[{i}].PenaltyMatterId']").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            }
        }

        if (findings.Length == 0)
        {
            // 未发现问题 is an explicit choice, confirmed with a second tick that appears once it is made.
            await Expect(page.Locator("#NoViolationConfirmed")).ToBeHiddenAsync();
            await page.CheckAsync("#NoViolation");
            await page.CheckAsync("#NoViolationConfirmed");
        }

        await page.SetInputFilesAsync("#Files", new FilePayload { Name = "现场照片.png", MimeType = "image/png", Buffer = Png });
        await page.ClickAsync("[data-testid=new-inspection-form] button[type=submit]");
        await ExpectSuccessAsync(page, "现场检查已记录");
        CaseUrl = page.Url;
    }

    /// <summary>日常巡查 belongs to the annual plan: picks the department's task of the inspection day's quarter.</summary>
    public static async Task SelectPlanTaskAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var inspectedAt = DateTime.Parse(await page.InputValueAsync("#InspectedAt"), System.Globalization.CultureInfo.InvariantCulture);
        var quarter = ((inspectedAt.Month - 1) / 3) + 1;
        var option = page.Locator("#PlanTaskId option", new() { HasText = $"第{quarter}季度" }).First;
        await page.SelectOptionAsync("#PlanTaskId", (await option.GetAttributeAsync("value"))!);
    }

    public async Task IssueNoticeAsync(int deadlineDays = 10)
    {
        var form = page.Locator("[data-testid=form-notice]");
        await form.Locator("#Notice_DeadlineDays").FillAsync(deadlineDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.Locator("label", new() { HasText = colleague }).ClickAsync();
        await SubmitAsync(form, "整改通知书已下发");
    }

    public async Task RecordReplyAsync(string content)
    {
        var form = page.Locator("[data-testid=form-reply]");
        await form.Locator("#Reply_Content").FillAsync(content);
        await form.Locator("#Reply_Files").SetInputFilesAsync(new FilePayload { Name = "整改后照片.png", MimeType = "image/png", Buffer = Png });
        await SubmitAsync(form, "整改回复已登记");
    }

    public async Task ReviewAsync(bool rectified)
    {
        var form = page.Locator("[data-testid=form-review]");
        var items = form.Locator("[data-review-item]");
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            var done = rectified || i > 0;
            await items.Nth(i).GetByText(done ? "到位" : "未到位", new() { Exact = true }).ClickAsync();
        }

        await Expect(form.Locator("[data-testid=review-outcome]")).ToHaveTextAsync(rectified ? "整改到位" : "整改未到位");
        await form.Locator("#Review_Remarks").FillAsync(rectified ? "经现场复查，各项均已整改到位。" : "经现场复查，第1项仍未整改到位。");
        await form.Locator("label", new() { HasText = colleague }).ClickAsync();
        await SubmitAsync(form, "复查结果已登记");
    }

    public async Task InterviewAsync(bool cooperative, int? newDeadlineDays = null)
    {
        var form = page.Locator("[data-testid=form-interview]");
        await form.Locator("#Interview_Content").FillAsync("通报检查发现的问题及依据，听取责任单位负责人陈述，要求限期整改。");
        await form.Locator("#Interview_Outcome").SelectOptionAsync(cooperative ? "Cooperative" : "Refused");
        if (newDeadlineDays is { } days)
        {
            await form.Locator("#Interview_NewDeadlineDays").FillAsync(days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await form.Locator("label", new() { HasText = colleague }).ClickAsync();
        await SubmitAsync(form, "约谈已登记");
    }

    public async Task RequestTransferAsync()
    {
        var form = page.Locator("[data-testid=form-transfer]");
        await form.Locator("[data-matter-option] input[type=checkbox]").First.CheckAsync();
        await SubmitAsync(form, "移交申请已提交");
    }

    /// <summary>Searches the penalty-matter list for <paramref name="search"/> and cites the matter named <paramref name="matterName"/>.</summary>
    public async Task RequestTransferCitingAsync(string search, string matterName)
    {
        var form = page.Locator("[data-testid=form-transfer]");
        await form.Locator("[data-matter-search]").FillAsync(search);
        var option = form.Locator("[data-matter-option]:visible", new() { HasText = matterName });
        await Expect(option).ToHaveCountAsync(1);
        await option.Locator("input[type=checkbox]").CheckAsync();
        await SubmitAsync(form, "移交申请已提交");
    }

    public async Task RecordFilingAsync()
    {
        var form = page.Locator("[data-testid=form-filing]");
        await form.Locator("#Filing_Reference").FillAsync("伊城管立字〔2026〕218号");
        await SubmitAsync(form, "立案反馈已登记");
    }

    public async Task RecordDisposalAsync()
    {
        var form = page.Locator("[data-testid=form-disposal]");
        await form.Locator("#Disposal_Summary").FillAsync("城市管理局作出行政处罚决定：罚款人民币5万元，责令限期改正。");
        await SubmitAsync(form, "处置结果已登记");
    }

    /// <summary>法制审核: the legal reviewer (signed in on <paramref name="reviewer"/>) gives the opinion on the case.</summary>
    public static async Task RecordLegalReviewAsync(IPage reviewer, string caseUrl, string opinion = "Agreed", string reasons = "案件事实清楚，证据确实充分，适用依据正确，程序合法，同意。")
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        await reviewer.GotoAsync(caseUrl);
        var form = reviewer.Locator("[data-testid=form-legalreview]");
        await form.Locator("#LegalReview_Opinion").SelectOptionAsync(opinion);
        await form.Locator("#LegalReview_Reasons").FillAsync(reasons);
        await SubmitAsync(form, "法制审核意见已记录");
    }

    public Task ArchiveAsync() => SubmitAsync(page.Locator("[data-testid=form-archive]"), "案件已归档");

    public async Task ExpectStateAsync(string state) =>
        await Expect(page.Locator("[data-testid=case-state]")).ToHaveTextAsync(state);

    private static async Task SubmitAsync(ILocator form, string success)
    {
        await form.Locator("button[type=submit]").First.ClickAsync();
        await ExpectSuccessAsync(form.Page, success);
    }

    /// <summary>Waits for the success banner; if the page shows an error instead, fails with that error's text.</summary>
    private static async Task ExpectSuccessAsync(IPage page, string success)
    {
        var banner = page.Locator("[data-testid=status-success], [data-testid=status-error], [data-testid=form-errors]:not(:empty)");
        try
        {
            await banner.First.WaitForAsync();
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"journey-failure-{Guid.NewGuid():N}.png"), FullPage = true });
            throw;
        }
        var text = await banner.First.TextContentAsync();
        text.ShouldNotBeNull();
        text.ShouldContain(success, Case.Sensitive, $"the page said: {text.Trim()}");
    }

    internal static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
