using EnforcementPortal.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.Infrastructure.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IWorkingDayCalendarProvider"/> over <typeparamref name="TContext"/>'s CalendarDays, cached in
    /// <see cref="Microsoft.Extensions.Caching.Memory.IMemoryCache"/>. Scoped, like the DbContext it reads.
    /// </summary>
    public static IServiceCollection AddWorkingDayCalendar<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddMemoryCache();
        services.AddScoped<IWorkingDayCalendarProvider, DbWorkingDayCalendarProvider<TContext>>();
        return services;
    }
}
