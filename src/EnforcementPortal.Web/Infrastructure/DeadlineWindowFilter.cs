using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EnforcementPortal.Web.Infrastructure;

/// <summary>
/// Gives every staff page one <see cref="DeadlineWindow"/> (today and "due within 3 working days" by the holiday
/// calendar), and the calendar itself (to mark a deadline in a year without a loaded holiday arrangement as 暂定), so the
/// case lists mark red and yellow without a view reading the calendar.
/// </summary>
public sealed class DeadlineWindowFilter(IWorkingDayCalendarProvider calendars, IBureauClock clock) : IAsyncResultFilter
{
    public const string Key = "DeadlineWindow";

    public const string CalendarKey = "WorkingDayCalendar";

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Result is ViewResult view && context.HttpContext.User.Identity?.IsAuthenticated == true && !view.ViewData.ContainsKey(Key))
        {
            var calendar = await calendars.GetAsync(context.HttpContext.RequestAborted);
            view.ViewData[Key] = DeadlineWindow.On(clock.Today, calendar);
            view.ViewData[CalendarKey] = calendar;
        }

        await next();
    }
}
