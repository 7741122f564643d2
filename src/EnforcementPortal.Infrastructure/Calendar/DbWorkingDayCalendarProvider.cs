using EnforcementPortal.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace EnforcementPortal.Infrastructure.Calendar;

/// <summary>
/// Builds the <see cref="WorkingDayCalendar"/> from the <see cref="CalendarDay"/> table and keeps it in the memory
/// cache; the calendar changes a few times a year, deadlines are computed on every case page.
/// </summary>
/// <typeparam name="TContext">The application's DbContext, which maps <see cref="CalendarDay"/>.</typeparam>
public sealed class DbWorkingDayCalendarProvider<TContext> : IWorkingDayCalendarProvider
    where TContext : DbContext
{
    /// <summary>Shared by every scope, so that an invalidation in one request is seen by all.</summary>
    public const string CacheKey = "EnforcementPortal.WorkingDayCalendar";

    // A safety net for edits made outside the application (a SQL script); the admin pages call Invalidate.
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromHours(1);

    private readonly TContext _db;
    private readonly IMemoryCache _cache;

    public DbWorkingDayCalendarProvider(TContext db, IMemoryCache cache)
    {
        _db = db;
        _cache = cache;
    }

    public async Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_cache.TryGetValue(CacheKey, out WorkingDayCalendar? cached) && cached is not null)
        {
            return cached;
        }

        var days = await _db.Set<CalendarDay>().AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var calendar = new WorkingDayCalendar(days);
        _cache.Set(CacheKey, calendar, CacheLifetime);
        return calendar;
    }

    public void Invalidate() => _cache.Remove(CacheKey);
}
