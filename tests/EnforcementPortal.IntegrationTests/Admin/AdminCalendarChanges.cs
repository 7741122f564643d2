using System.Net;
using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EnforcementPortal.IntegrationTests.Admin.AdminTestSupport;

namespace EnforcementPortal.IntegrationTests.Admin;

/// <summary>节假日日历: what the administrator enters is what the next deadline is counted on.</summary>
public sealed class AdminCalendarChanges(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly NewYear2027 = new(2027, 1, 1);

    [Fact]
    public async Task AddedHolidayIsListedAndIsARestDayForTheCalendar()
    {
        NewYear2027.DayOfWeek.ShouldBe(DayOfWeek.Friday);
        (await CalendarAsync()).IsWorkingDay(NewYear2027).ShouldBeTrue(); // 2027 is not shipped; the calendar is now cached
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var response = await admin.PostFormAsync("/AdminCalendar", "/AdminCalendar/Add", new() { ["Date"] = "2027-01-01", ["Kind"] = nameof(CalendarDayKind.Holiday), ["Note"] = "元旦" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await admin.GetPageAsync(response.Headers.Location!.ToString());
        page.QuerySelector("[data-testid=status-success]")!.TextContent.ShouldContain("已添加 2027-01-01");
        var row = Row(page, "calendar-day", "data-date", "2027-01-01").ShouldNotBeNull();
        row.TextContent.ShouldContain("元旦");
        row.TextContent.ShouldContain("法定节假日");
        row.ParentElement!.GetAttribute("data-month").ShouldBe("1");
        page.QuerySelector("[data-testid=covered-years]")!.TextContent.ShouldContain("2027年");

        var calendar = await CalendarAsync();
        calendar.IsWorkingDay(NewYear2027).ShouldBeFalse();
        calendar.IsCovered(2027).ShouldBeTrue();
    }

    [Fact]
    public async Task MakeUpWorkdayOnAWeekdayIsRefused()
    {
        var wednesday = new DateOnly(2027, 3, 3);
        wednesday.DayOfWeek.ShouldBe(DayOfWeek.Wednesday);
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var response = await admin.PostFormAsync("/AdminCalendar", "/AdminCalendar/Add", new() { ["Date"] = "2027-03-03", ["Kind"] = nameof(CalendarDayKind.MakeUpWorkday) });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = ErrorsOn(await PortalClient.ParseAsync(response));
        errors.ShouldContain("2027-03-03 不是周六或周日，不能设为调休上班日。");
        errors.ShouldNotContain("Parameter");
        (await StoredAsync(wednesday)).ShouldBeNull();
    }

    [Fact]
    public async Task DuplicateDateIsRefused()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var response = await admin.PostFormAsync("/AdminCalendar", "/AdminCalendar/Add", new() { ["Date"] = "2026-10-01", ["Kind"] = nameof(CalendarDayKind.Holiday), ["Note"] = "国庆" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ErrorsOn(await PortalClient.ParseAsync(response)).ShouldContain("2026-10-01 已在节假日安排中");
        (await StoredAsync(new DateOnly(2026, 10, 1)))!.Note.ShouldBe("国庆节");
    }

    [Fact]
    public async Task ChangedAndDeletedDaysReachTheCalendar()
    {
        var saturday = new DateOnly(2027, 2, 20);
        saturday.DayOfWeek.ShouldBe(DayOfWeek.Saturday);
        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        await admin.PostFormAsync("/AdminCalendar", "/AdminCalendar/Add", new() { ["Date"] = "2027-02-20", ["Kind"] = nameof(CalendarDayKind.MakeUpWorkday), ["Note"] = "春节调休上班" });
        (await CalendarAsync()).IsWorkingDay(saturday).ShouldBeTrue();
        var id = (await StoredAsync(saturday))!.Id;

        var changed = await admin.PostFormAsync($"/AdminCalendar/Edit/{id}", $"/AdminCalendar/Edit/{id}", new() { ["Kind"] = nameof(CalendarDayKind.Holiday), ["Note"] = "春节" });

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CalendarAsync()).FindSpecialDay(saturday)!.Value.Kind.ShouldBe(CalendarDayKind.Holiday);
        (await CalendarAsync()).IsWorkingDay(saturday).ShouldBeFalse();

        var deleted = await admin.PostFormAsync("/AdminCalendar?year=2027", $"/AdminCalendar/Delete/{id}", new Dictionary<string, string>());

        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StoredAsync(saturday)).ShouldBeNull();
        (await CalendarAsync()).FindSpecialDay(saturday).ShouldBeNull();
    }

    [Fact]
    public async Task PageExplainsThatDeadlinesAlreadySetAreNotRecomputed()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var page = await admin.GetPageAsync("/AdminCalendar?year=2026");

        page.QuerySelector("[data-testid=recompute-note]")!.TextContent.ShouldContain("不会重新计算已经设定的期限");
        page.QuerySelectorAll("[data-testid=calendar-month]").Length.ShouldBeGreaterThan(3);
        Row(page, "calendar-day", "data-date", "2026-10-01")!.TextContent.ShouldContain("国庆节");
    }

    private async Task<WorkingDayCalendar> CalendarAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkingDayCalendarProvider>().GetAsync(TestContext.Current.CancellationToken);
    }

    private async Task<CalendarDay?> StoredAsync(DateOnly date)
    {
        await using var db = factory.CreateDbContext();
        return await db.CalendarDays.AsNoTracking().FirstOrDefaultAsync(d => d.Date == date, TestContext.Current.CancellationToken);
    }
}
