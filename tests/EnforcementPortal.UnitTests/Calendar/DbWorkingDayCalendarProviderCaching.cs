using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Infrastructure.Calendar;
using EnforcementPortal.Infrastructure.Seed;
using EnforcementPortal.UnitTests.ReferenceData;
using Microsoft.Extensions.Caching.Memory;
using static EnforcementPortal.UnitTests.Calendar.OfficialCalendar;

namespace EnforcementPortal.UnitTests.Calendar;

public class DbWorkingDayCalendarProviderCaching
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BuildsTheCalendarFromTheTableAndKeepsItUntilInvalidated()
    {
        using var database = new ReferenceDataDatabase();
        using var cache = new MemoryCache(new MemoryCacheOptions());
        await using (var db = database.NewContext())
        {
            await ShippedReferenceData.ImportAsync(db, Ct);
        }

        WorkingDayCalendar first;
        await using (var db = database.NewContext())
        {
            first = await new DbWorkingDayCalendarProvider<ReferenceDataDbContext>(db, cache).GetAsync(Ct);
            first.CoveredYears.ShouldBe([2025, 2026]);
            first.AddWorkingDays(D("2025-09-26"), 10).Date.ShouldBe(D("2025-10-16"));
        }

        // The administrator enters 元旦 2027 in another request.
        await using (var db = database.NewContext())
        {
            db.Add(CalendarDay.Holiday(D("2027-01-01"), "元旦"));
            await db.SaveChangesAsync(Ct);

            var provider = new DbWorkingDayCalendarProvider<ReferenceDataDbContext>(db, cache);
            (await provider.GetAsync(Ct)).ShouldBeSameAs(first);

            provider.Invalidate();
        }

        await using (var db = database.NewContext())
        {
            var refreshed = await new DbWorkingDayCalendarProvider<ReferenceDataDbContext>(db, cache).GetAsync(Ct);

            refreshed.ShouldNotBeSameAs(first);
            refreshed.CoveredYears.ShouldBe([2025, 2026, 2027]);
            refreshed.IsWorkingDay(D("2027-01-01")).ShouldBeFalse();
        }
    }
}
