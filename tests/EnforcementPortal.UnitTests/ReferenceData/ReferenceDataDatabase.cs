using EnforcementPortal.Infrastructure.Persistence.Configurations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.UnitTests.ReferenceData;

/// <summary>Stands in for the application's DbContext: only the reference-data configurations.</summary>
public sealed class ReferenceDataDbContext(DbContextOptions<ReferenceDataDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new CalendarDayConfiguration());
        modelBuilder.ApplyConfiguration(new PenaltyMatterConfiguration());
    }
}

/// <summary>A real SQLite database in memory, alive as long as this object; each context is a fresh unit of work.</summary>
public sealed class ReferenceDataDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ReferenceDataDatabase()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public ReferenceDataDbContext NewContext() =>
        new(new DbContextOptionsBuilder<ReferenceDataDbContext>().UseSqlite(_connection).Options);

    public void Dispose() => _connection.Dispose();
}
