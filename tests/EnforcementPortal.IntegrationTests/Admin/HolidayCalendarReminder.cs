using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.IntegrationTests.Infrastructure;

namespace EnforcementPortal.IntegrationTests.Admin;

/// <summary>From 1 November the administrator's home page asks for next year's holiday arrangement until it is loaded.</summary>
public sealed class HolidayCalendarReminder(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheAdministratorIsRemindedOfNextYearsMissingCalendarFromNovemberUntilItIsEntered()
    {
        var today = factory.Today;
        var nextYear = today.Year + 1;
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var home = await admin.GetPageAsync("/");
        var warning = home.QuerySelector("[data-testid=holiday-year-missing]");
        if (today.Month < WorkingDayCalendar.ReminderMonth)
        {
            warning.ShouldBeNull();
            return;
        }

        warning.ShouldNotBeNull().TextContent.ShouldContain($"{nextYear}年的节假日安排尚未录入");
        await admin.PostFormAsync("/AdminCalendar", "/AdminCalendar/Add", new() { ["Date"] = $"{nextYear}-01-01", ["Kind"] = nameof(CalendarDayKind.Holiday), ["Note"] = "元旦" });

        (await admin.GetPageAsync("/")).QuerySelector("[data-testid=holiday-year-missing]").ShouldBeNull();
    }
}
