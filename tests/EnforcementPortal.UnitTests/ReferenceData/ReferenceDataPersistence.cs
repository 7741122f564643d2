using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Infrastructure.PenaltyMatters;
using Microsoft.EntityFrameworkCore;
using static EnforcementPortal.UnitTests.Calendar.OfficialCalendar;

namespace EnforcementPortal.UnitTests.ReferenceData;

/// <summary>The EF configurations on the two providers the application supports.</summary>
public class ReferenceDataPersistence
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RoundTripsAPenaltyMatterWithItsProvisionsOnSqlite()
    {
        using var database = new ReferenceDataDatabase();
        var parsed = PenaltyMatterSeedParser.ParseEmbeddedSeed();
        await using (var db = database.NewContext())
        {
            db.AddRange(parsed);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = database.NewContext())
        {
            var first = await db.Set<PenaltyMatter>().SingleAsync(m => m.Sequence == 1, Ct);

            first.Name.ShouldBe(parsed[0].Name);
            first.LegalBasis.ShouldBe(parsed[0].LegalBasis);
            first.Responsibilities.ShouldBe(parsed[0].Responsibilities);
            first.Provisions.ShouldBe(parsed[0].Provisions);

            var longest = parsed.MaxBy(m => m.LegalBasis.Length)!;
            (await db.Set<PenaltyMatter>().SingleAsync(m => m.Sequence == longest.Sequence, Ct))
                .LegalBasis.ShouldBe(longest.LegalBasis);
        }
    }

    [Fact]
    public async Task RefusesTheSameCalendarDateTwiceOnSqlite()
    {
        using var database = new ReferenceDataDatabase();
        await using var db = database.NewContext();
        db.AddRange(CalendarDay.Holiday(D("2025-10-01"), "国庆节"), CalendarDay.Holiday(D("2025-10-01"), "国庆节"));

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task StoresTheKindOfADayByName()
    {
        using var database = new ReferenceDataDatabase();
        await using var db = database.NewContext();
        db.Add(CalendarDay.MakeUpWorkday(D("2025-10-11"), "国庆节调休上班"));
        await db.SaveChangesAsync(Ct);

        var kinds = await db.Database.SqlQueryRaw<string>("SELECT \"Kind\" AS \"Value\" FROM \"CalendarDays\"").ToListAsync(Ct);

        kinds.ShouldBe(["MakeUpWorkday"]);
    }

    [Fact]
    public void MapsToSqlServerWithUnboundedTextAndAJsonColumn()
    {
        // Generating the script needs no server.
        var options = new DbContextOptionsBuilder<ReferenceDataDbContext>()
            .UseSqlServer("Server=unused;Database=unused;Trusted_Connection=True;TrustServerCertificate=True")
            .Options;
        using var db = new ReferenceDataDbContext(options);

        var script = db.Database.GenerateCreateScript();

        script.ShouldContain("CREATE TABLE [PenaltyMatters]");
        script.ShouldContain("[LegalBasis] nvarchar(max) NOT NULL");
        script.ShouldContain("[Responsibilities] nvarchar(max) NULL");
        script.ShouldContain($"[Name] nvarchar({PenaltyMatter.NameMaxLength}) NOT NULL");
        script.ShouldContain("[Provisions] nvarchar(max)");
        script.ShouldContain("CREATE TABLE [CalendarDays]");
        script.ShouldContain("[Date] date NOT NULL");
        script.ShouldContain($"[Note] nvarchar({CalendarDay.NoteMaxLength}) NOT NULL");
        script.ShouldContain("CREATE UNIQUE INDEX [IX_CalendarDays_Date] ON [CalendarDays] ([Date]);");
        script.ShouldContain("CREATE UNIQUE INDEX [IX_PenaltyMatters_Name] ON [PenaltyMatters] ([Name]);");
    }
}
