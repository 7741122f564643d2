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
            result.PenaltyMattersAdded.ShouldBe(78 + 9);
        }

        await using (var db = database.NewContext())
        {
            (await db.Set<CalendarDay>().CountAsync(Ct)).ShouldBe(72);
            var matters = await db.Set<PenaltyMatter>().ToListAsync(Ct);
            matters.Count.ShouldBe(87);
            matters.Count(m => m.IsExample).ShouldBe(78);
            matters.Where(m => m.IsExample).ShouldAllBe(m => m.Departments.SequenceEqual(new[] { Domain.Departments.DepartmentCode.Housing }));
            foreach (var department in new[] { Domain.Departments.DepartmentCode.CivilAirDefense, Domain.Departments.DepartmentCode.Quality, Domain.Departments.DepartmentCode.Safety, Domain.Departments.DepartmentCode.ConstructionManagement })
            {
                matters.Where(m => !m.IsExample && m.AppliesTo(department)).ShouldNotBeEmpty(department.ToString());
            }

            matters.Single(m => m.Provisions.Any(p => p.Citation == "《中华人民共和国人民防空法》第四十八条")).LegalBasis
                .ShouldBe("《中华人民共和国人民防空法》第四十八条 城市新建民用建筑，违反国家有关规定不修建战时可用于防空的地下室的，由县级以上人民政府人民防空主管部门对当事人给予警告，并责令限期修建，可以并处十万元以下的罚款。");
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
