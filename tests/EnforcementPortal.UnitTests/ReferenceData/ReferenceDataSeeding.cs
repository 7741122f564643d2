using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;
using static EnforcementPortal.UnitTests.Calendar.OfficialCalendar;

namespace EnforcementPortal.UnitTests.ReferenceData;

public class ReferenceDataSeeding
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportsTheShippedDataIntoAnEmptyDatabase()
    {
        using var database = new ReferenceDataDatabase();

        await using (var db = database.NewContext())
        {
            var result = await ShippedReferenceData.ImportAsync(db, Ct);

            result.CalendarDaysAdded.ShouldBe(28 + 5 + 33 + 6);
            result.CalendarYearsAdded.ShouldBe([2025, 2026]);
            result.PenaltyMattersAdded.ShouldBe(78);
        }

        await using (var db = database.NewContext())
        {
            (await db.Set<CalendarDay>().CountAsync(Ct)).ShouldBe(72);
            (await db.Set<PenaltyMatter>().CountAsync(Ct)).ShouldBe(78);
        }
    }

    [Fact]
    public async Task ImportsNothingTheSecondTime()
    {
        using var database = new ReferenceDataDatabase();
        await using (var db = database.NewContext())
        {
            await ShippedReferenceData.ImportAsync(db, Ct);
        }

        await using (var db = database.NewContext())
        {
            var again = await ShippedReferenceData.ImportAsync(db, Ct);

            again.ShouldBe(new ReferenceDataSeedResult(0, again.CalendarYearsAdded, 0));
            again.CalendarYearsAdded.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task LeavesAYearTheAdministratorAlreadyKeepsAlone()
    {
        using var database = new ReferenceDataDatabase();
        await using (var db = database.NewContext())
        {
            db.Add(CalendarDay.Holiday(D("2026-01-01"), "元旦（管理员录入）"));
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = database.NewContext())
        {
            var result = await ShippedReferenceData.ImportAsync(db, Ct);

            result.CalendarYearsAdded.ShouldBe([2025]);
        }

        await using (var db = database.NewContext())
        {
            var days2026 = await db.Set<CalendarDay>().Where(d => d.Date >= D("2026-01-01")).ToListAsync(Ct);
            days2026.ShouldHaveSingleItem().Note.ShouldBe("元旦（管理员录入）");
        }
    }
}
