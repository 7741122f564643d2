using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Infrastructure.Calendar;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Seed;
using EnforcementPortal.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.UnitTests.Statistics;

/// <summary>
/// The portal's real model on an in-memory SQLite database, with the reference data and the statistics demo years
/// generated once for the test class (the generator is what proves the published figures).
/// </summary>
public sealed class StatisticsDatabase : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public static WorkingDayCalendar Calendar { get; } = new(HolidayCalendarJsonReader.ReadEmbeddedSeed());

    /// <summary>The demo staff (not stored: the generator only needs their names, departments and certificates).</summary>
    public static IReadOnlyList<AppUser> Staff { get; } =
        [.. DemoPeople.Users.Select((u, i) => new AppUser
        {
            Id = new Guid(i + 1, 0, 0, new byte[8]),
            UserName = u.UserName,
            FullName = u.FullName,
            Department = u.Department,
            Certificate = u.Certificate,
        })];

    public AppDbContext NewContext() =>
        new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(_connection).Options);

    public async ValueTask InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = NewContext();
        await db.Database.EnsureCreatedAsync();
        await ShippedReferenceData.ImportAsync(db);
        await new StatisticsDemoData(db, new SequenceAllocator(db), Calendar, Staff).WriteAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}

/// <summary>The test classes that read the generated demo years share one database (generating it takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class StatisticsDatabaseCollection : ICollectionFixture<StatisticsDatabase>
{
    public const string Name = "statistics demo database";
}
