using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Seed;
using EnforcementPortal.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// The portal's contexts come from a pool (one lease per request). A context keeps nothing of the user it served: the
/// next request, leased the same context object, sees its own department's cases only, and a request with no scope of
/// its own sees every department only where the app registered no scope at all.
/// </summary>
public sealed class PooledContextScope : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ep-pooled-scope-{Guid.NewGuid():N}.db");
    private IDepartmentScope _nextScope = FixedDepartmentScope.Nothing;
    private ServiceProvider _services = null!;
    private Guid _housingCase;
    private Guid _safetyCase;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = $"Data Source={_path}" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(configuration, Path.GetTempPath());
        // As the portal's HttpDepartmentScope: one per DI scope (request), decided by whoever is signed in.
        services.AddScoped<IDepartmentScope>(_ => _nextScope);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_path}").Options);
        await db.Database.MigrateAsync(Ct);
        await ShippedReferenceData.ImportAsync(db, Ct);
        db.Departments.AddRange(ReferenceDataSeeder.Departments.Select(d => new Department(d.Code, d.Name, d.ShortName, d.Phone, d.Office)));
        await db.SaveChangesAsync(Ct);
        _housingCase = await PersistenceContract.SaveCaseAsync(db, DepartmentCode.Housing, "伊宁市房产测试有限公司");
        _safetyCase = await PersistenceContract.SaveCaseAsync(db, DepartmentCode.Safety, "伊宁市安监测试有限公司");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Fact]
    public async Task NoDepartmentScopeSurvivesALease()
    {
        var (leader, leaderSees) = await RequestAsync(FixedDepartmentScope.Unrestricted);
        leaderSees.ShouldBe([_housingCase, _safetyCase], ignoreOrder: true);

        // The same pooled context object serves each following request, with that request's scope only.
        var (housing, housingSees) = await RequestAsync(FixedDepartmentScope.Only(DepartmentCode.Housing));
        housing.ShouldBeSameAs(leader);
        housingSees.ShouldBe([_housingCase]);

        var (visitor, visitorSees) = await RequestAsync(FixedDepartmentScope.Nothing);
        visitor.ShouldBeSameAs(leader);
        visitorSees.ShouldBeEmpty();

        var (safety, safetySees) = await RequestAsync(FixedDepartmentScope.Only(DepartmentCode.Safety));
        safety.ShouldBeSameAs(leader);
        safetySees.ShouldBe([_safetyCase]);
        safety.DepartmentScope.ShouldBe(FixedDepartmentScope.Nothing, "a context back in the pool has no one's scope");
    }

    [Fact]
    public async Task AContextBackInThePoolHasNoOnesScopeAndForgetsWhatItTracked()
    {
        AppDbContext leased;
        await using (var scope = _services.CreateAsyncScope())
        {
            _nextScope = FixedDepartmentScope.Only(DepartmentCode.Housing);
            leased = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await leased.Cases.SingleAsync(Ct)).Id.ShouldBe(_housingCase);
            leased.ChangeTracker.Entries().ShouldNotBeEmpty();
        }

        leased.DepartmentScope.ShouldBe(FixedDepartmentScope.Nothing);
        await using (var scope = _services.CreateAsyncScope())
        {
            _nextScope = FixedDepartmentScope.Only(DepartmentCode.Safety);
            var again = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            again.ShouldBeSameAs(leased);
            again.ChangeTracker.Entries().ShouldBeEmpty();
            (await again.Cases.SingleAsync(Ct)).Id.ShouldBe(_safetyCase);
        }
    }

    private async Task<(AppDbContext Context, List<Guid> Sees)> RequestAsync(IDepartmentScope scope)
    {
        _nextScope = scope;
        await using var request = _services.CreateAsyncScope();
        var db = request.ServiceProvider.GetRequiredService<AppDbContext>();
        var sees = await db.Cases.AsNoTracking().Select(c => c.Id).ToListAsync(Ct);
        var inScope = await db.CasesInScope.AsNoTracking().Select(c => c.Id).ToListAsync(Ct);
        inScope.ShouldBe(sees, ignoreOrder: true);
        return (db, sees);
    }
}
