using EnforcementPortal.Infrastructure;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// Each provider's migrations build the schema the model describes (a model change without its migration fails here,
/// since the start-up applies migrations only when the history table says one is pending), and SQL Server's filtered
/// indexes use only the predicates SQL Server accepts. Nothing connects to a server: the models are compared offline.
/// </summary>
public sealed class MigrationsMatchTheModel
{
    public static TheoryData<string> Providers => ["Sqlite", "SqlServer", "PostgreSql"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheMigrationsSnapshotEqualsTheModel(string provider)
    {
        using var db = Create(provider);

        db.Database.HasPendingModelChanges().ShouldBeFalse($"{provider}: the model has changes no migration applies (run the migrations tool for {provider})");
    }

    [Fact]
    public void SqlServerFilteredIndexesUseOnlyWhatSqlServerAccepts()
    {
        using var db = Create("SqlServer");
        var filters = db.GetService<IDesignTimeModel>().Model.GetEntityTypes()
            .SelectMany(e => e.GetIndexes())
            .Where(i => i.GetFilter() is not null)
            .Select(i => (Name: i.GetDatabaseName(), Filter: i.GetFilter()!))
            .ToList();

        filters.ShouldContain(f => f.Name == "IX_Cases_List_Open", "the open-case list has a filtered index");
        foreach (var (name, filter) in filters)
        {
            // CREATE INDEX … WHERE: comparisons, IN (…) and IS [NOT] NULL joined by AND; no NOT IN, OR, LIKE or functions.
            filter.ShouldNotContain("NOT IN", Case.Insensitive, name);
            filter.ShouldNotContain(" OR ", Case.Insensitive, name);
            filter.ShouldNotContain("LIKE", Case.Insensitive, name);
        }
    }

    private static AppDbContext Create(string provider) => provider switch
    {
        "SqlServer" => new SqlServerAppDbContext(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=localhost;Database=ep_model_check;TrustServerCertificate=true").Options),
        "PostgreSql" => new PostgreSqlAppDbContext(PostgreSqlOptions()),
        _ => new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options),
    };

    private static DbContextOptions<PostgreSqlAppDbContext> PostgreSqlOptions()
    {
        var builder = new DbContextOptionsBuilder<PostgreSqlAppDbContext>();
        DependencyInjection.UsePostgreSql(builder, "Host=localhost;Database=ep_model_check;Username=ep");
        return builder.Options;
    }
}
