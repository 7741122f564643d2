using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Calendar;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Seed;
using EnforcementPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Testcontainers.MsSql;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// The same persistence checks on each provider: migrations apply, reference data imports, a case with its parts and
/// timeline round-trips, the department filter hides other departments, and a stale update is refused.
/// SQL Server runs in a Testcontainers container where a Docker engine is reachable and is skipped, with the reason, where not;
/// PostgreSQL runs on a database of its own on the server named by EP_TEST_POSTGRES (<see cref="TestPostgreSql"/>).
/// </summary>
public abstract class PersistenceContract
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<AppDbContext> CreateContextAsync(IDepartmentScope scope);

    [Fact]
    public async Task MigrationsApplyAndReferenceDataImports()
    {
        await using var db = await CreateContextAsync(FixedDepartmentScope.Unrestricted);

        (await db.PenaltyMatters.CountAsync(Ct)).ShouldBe(87);
        (await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 10, 1), Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task CaseWithItsPartsAndTimelineRoundTripsAndIsScopedByDepartment()
    {
        Guid id;
        await using (var db = await CreateContextAsync(FixedDepartmentScope.Unrestricted))
        {
            id = await SaveCaseAsync(db);
        }

        await using (var same = await CreateContextAsync(FixedDepartmentScope.Only(DepartmentCode.Safety)))
        {
            var loaded = await same.Cases.SingleAsync(c => c.Id == id, Ct);
            loaded.State.ShouldBe(CaseState.Rectifying);
            loaded.Findings.Count.ShouldBe(2);
            loaded.Notices.Single().FindingNumbers.ShouldBe([1, 2]);
            loaded.Inspections.Single().Officers.Count.ShouldBe(2);
            loaded.VerifyTimeline().IsIntact.ShouldBeTrue();
        }

        await using var other = await CreateContextAsync(FixedDepartmentScope.Only(DepartmentCode.Housing));
        (await other.Cases.AnyAsync(c => c.Id == id, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task StaleUpdateOfACaseIsRefused()
    {
        Guid id;
        await using (var db = await CreateContextAsync(FixedDepartmentScope.Unrestricted))
        {
            id = await SaveCaseAsync(db);
        }

        var calendar = new WorkingDayCalendar(HolidayCalendarJsonReader.ReadEmbeddedSeed());
        var actor = new Actor(Guid.NewGuid(), "吴斌");
        await using var first = await CreateContextAsync(FixedDepartmentScope.Unrestricted);
        await using var second = await CreateContextAsync(FixedDepartmentScope.Unrestricted);
        var a = await first.Cases.SingleAsync(c => c.Id == id, Ct);
        var b = await second.Cases.SingleAsync(c => c.Id == id, Ct);
        a.RecordReply(new ReplyDraft(new DateOnly(2026, 3, 4), ReplyKind.Receipt, "已整改。"), actor, new DateTime(2026, 3, 4, 10, 0, 0), calendar);
        await first.SaveChangesAsync(Ct);
        b.RecordReply(new ReplyDraft(new DateOnly(2026, 3, 4), ReplyKind.Receipt, "也已整改。"), actor, new DateTime(2026, 3, 4, 10, 5, 0), calendar);

        // Refused by the version token or, first, by the timeline's unique (case, sequence) index; either way nothing is written.
        await Should.ThrowAsync<DbUpdateException>(() => second.SaveChangesAsync(Ct));
        await using var check = await CreateContextAsync(FixedDepartmentScope.Unrestricted);
        (await check.Cases.SingleAsync(c => c.Id == id, Ct)).Replies.Single().Content.ShouldBe("已整改。");
    }

    [Fact]
    public async Task SearchFindsSubstringsOfEveryLengthAndFollowsAPartyRename()
    {
        Guid id;
        await using (var db = await CreateContextAsync(FixedDepartmentScope.Unrestricted))
        {
            id = await SaveCaseAsync(db);
        }

        await using (var db = await CreateContextAsync(FixedDepartmentScope.Unrestricted))
        {
            var saved = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id, Ct);
            var party = await db.Parties.AsNoTracking().SingleAsync(p => p.Id == saved.PartyId, Ct);
            var suffix = party.Name[^6..];
            string[] terms = ["华", "城北", "3#楼", "华宇建设", suffix[..3], suffix, saved.Number[^4..], party.CreditCode, "没有这样的名称",
                // FTS5 syntax and the department token (#4# is 安监站's) are text to a search, never a query.
                CaseSearch.DepartmentToken(DepartmentCode.Safety), "Department : \"#4#\"", "\"华宇\" OR \"城北\"", "华宇*", party.CreditCode[..10]];
            var everything = await (from c in db.Cases.AsNoTracking() join p in db.Parties.AsNoTracking() on c.PartyId equals p.Id select new { c.Id, c.Number, c.SiteName, p.Name, p.CreditCode }).ToListAsync(Ct);
            foreach (var term in terms)
            {
                var expected = everything.Where(r => r.Number.Contains(term, StringComparison.Ordinal) || r.SiteName.Contains(term, StringComparison.Ordinal)
                    || r.Name.Contains(term, StringComparison.Ordinal) || r.CreditCode == term).Select(r => r.Id);
                // Each way of reading the hits (from the hits; the list walked with the substring test) and the chosen one.
                foreach (var limit in new[] { int.MaxValue, 1, CaseSearch.HitListLimit })
                {
                    var found = await (await db.Cases.MatchingAsync(db, term, null, limit, Ct)).Select(c => c.Id).ToListAsync(Ct);
                    found.ShouldBe(expected, ignoreOrder: true, $"search for “{term}”, hit list up to {limit}");
                }
            }

            (await FindAsync(db, suffix)).ShouldContain(id);
            var renamed = "伊宁新城建筑安装有限公司" + Guid.NewGuid().ToString("N")[..6];
            await db.Parties.Where(p => p.Id == party.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, renamed), Ct);
            (await FindAsync(db, renamed[^6..])).ShouldBe([id]);
            (await FindAsync(db, suffix)).ShouldNotContain(id);
            var recoded = DemoPeople.CreditCodeFor(Random.Shared.Next(100000, 900000)).Value;
            await db.Parties.Where(p => p.Id == party.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CreditCode, recoded), Ct);
            (await FindAsync(db, recoded)).ShouldBe([id]);
            (await FindAsync(db, party.CreditCode)).ShouldNotContain(id);
        }
    }

    /// <summary>
    /// A term shared by many cases of one department and few (or none) of another: each department finds exactly its own,
    /// whichever way the list is read (its own hits are counted, not the bureau's), and a case moved to another
    /// department is found there.
    /// </summary>
    [Fact]
    public async Task SearchOfATermCommonInOneDepartmentFindsEachDepartmentsOwn()
    {
        var term = "伊宁共同" + Guid.NewGuid().ToString("N")[..6];
        List<Guid> safety = [];
        Guid housing;
        await using (var db = await CreateContextAsync(FixedDepartmentScope.Unrestricted))
        {
            for (var i = 0; i < 4; i++)
            {
                safety.Add(await SaveCaseAsync(db, DepartmentCode.Safety, term + "建筑工程有限公司"));
            }

            housing = await SaveCaseAsync(db, DepartmentCode.Housing, "伊犁" + term + "物业服务有限公司");
        }

        // With a hit-list limit of 2, the bureau's 5 hits would choose the walk; the Housing's one hit chooses the hit list.
        foreach (var limit in new[] { 2, 1, int.MaxValue })
        {
            await using (var db = await CreateContextAsync(FixedDepartmentScope.Only(DepartmentCode.Housing)))
            {
                (await (await db.CasesInScope.MatchingAsync(db, term, null, limit, Ct)).Select(c => c.Id).ToListAsync(Ct)).ShouldBe([housing], $"hit list up to {limit}");
            }

            await using (var db = await CreateContextAsync(FixedDepartmentScope.Only(DepartmentCode.Safety)))
            {
                (await (await db.CasesInScope.MatchingAsync(db, term, null, limit, Ct)).Select(c => c.Id).ToListAsync(Ct)).ShouldBe(safety, ignoreOrder: true, $"hit list up to {limit}");
            }

            await using (var db = await CreateContextAsync(FixedDepartmentScope.Only(DepartmentCode.Quality)))
            {
                (await (await db.CasesInScope.MatchingAsync(db, term, null, limit, Ct)).Select(c => c.Id).ToListAsync(Ct)).ShouldBeEmpty($"hit list up to {limit}");
            }

            await using (var db = await CreateContextAsync(FixedDepartmentScope.Unrestricted))
            {
                var filtered = db.CasesInScope.Where(c => c.Department == DepartmentCode.Housing);
                (await (await filtered.MatchingAsync(db, term, DepartmentCode.Housing, limit, Ct)).Select(c => c.Id).ToListAsync(Ct)).ShouldBe([housing], $"hit list up to {limit}");
                (await (await db.CasesInScope.MatchingAsync(db, term, null, limit, Ct)).Select(c => c.Id).ToListAsync(Ct)).ShouldBe([.. safety, housing], ignoreOrder: true, $"hit list up to {limit}");
            }
        }

        await using (var db = await CreateContextAsync(FixedDepartmentScope.Unrestricted))
        {
            await db.Cases.Where(c => c.Id == safety[0]).ExecuteUpdateAsync(s => s.SetProperty(c => c.Department, DepartmentCode.Quality), Ct);
        }

        await using (var db = await CreateContextAsync(FixedDepartmentScope.Only(DepartmentCode.Quality)))
        {
            (await (await db.CasesInScope.MatchingAsync(db, term, null, int.MaxValue, Ct)).Select(c => c.Id).ToListAsync(Ct)).ShouldBe([safety[0]]);
        }
    }

    private static async Task<List<Guid>> FindAsync(AppDbContext db, string term) =>
        await (await db.Cases.MatchingAsync(db, term, null, Ct)).Select(c => c.Id).ToListAsync(Ct);

    internal static async Task<Guid> SaveCaseAsync(AppDbContext db, DepartmentCode department = DepartmentCode.Safety, string? partyName = null)
    {
        var calendar = new WorkingDayCalendar(HolidayCalendarJsonReader.ReadEmbeddedSeed());
        var party = new ResponsibleParty(Guid.NewGuid(), partyName ?? "伊犁华宇建设工程有限公司" + Guid.NewGuid().ToString("N")[..6], DemoPeople.CreditCodeFor(Random.Shared.Next(1000, 100000)), PartyKind.Contractor, "孟凡东", null, null, null);
        db.Parties.Add(party);
        var officers = new List<OfficerOnDuty>
        {
            new(Guid.NewGuid(), "古丽米拉·阿不都", "65400220244002", new DateOnly(2024, 3, 1), new DateOnly(2029, 2, 28)),
            new(Guid.NewGuid(), "吴斌", "65400220244003", new DateOnly(2024, 3, 1), new DateOnly(2029, 2, 28)),
        };
        var actor = new Actor(officers[0].UserId, officers[0].Name);
        var numbers = new SequenceAllocator(db);
        var number = await numbers.NextCaseNumberAsync(department, 2026, Ct);
        var opening = new CaseOpening(department, Trigger.RoutinePatrol, party.Id, "城北安置小区3#楼", "伊宁市天津路北延段", new DateTime(2026, 3, 2, 9, 0, 0), "现场检查。", officers,
            [new FindingDraft("外脚手架剪刀撑不连续", FindingSeverity.General, "北立面"), new FindingDraft("临边防护缺失", FindingSeverity.General, null)], new GeoPoint(43.91, 81.32));
        var enforcementCase = EnforcementCase.Open(Guid.NewGuid(), number, opening, actor, new DateTime(2026, 3, 2, 10, 0, 0), calendar);
        var noticeNumber = await numbers.NextNoticeNumberAsync(department, 2026, Ct);
        enforcementCase.IssueNotice(new NoticeDraft(noticeNumber, new DateOnly(2026, 3, 2), "立即整改。", [1, 2], 7, ServiceMethod.InPerson, new DateOnly(2026, 3, 2), "孟凡东", officers), actor, new DateTime(2026, 3, 2, 16, 0, 0), calendar);
        db.Cases.Add(enforcementCase);
        await db.SaveChangesAsync(Ct);
        return enforcementCase.Id;
    }

    protected static async Task PrepareAsync(AppDbContext db)
    {
        await db.Database.MigrateAsync(Ct);
        await ShippedReferenceData.ImportAsync(db, Ct);
        if (!await db.Departments.AnyAsync(Ct))
        {
            db.Departments.AddRange(ReferenceDataSeeder.Departments.Select(d => new Department(d.Code, d.Name, d.ShortName, d.Phone, d.Office)));
            await db.SaveChangesAsync(Ct);
        }
    }
}

/// <summary>The embedded default provider, on a temporary file.</summary>
public sealed class SqlitePersistence : PersistenceContract, IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ep-persistence-{Guid.NewGuid():N}.db");

    public async ValueTask InitializeAsync()
    {
        await using var db = Create(FixedDepartmentScope.Unrestricted);
        await PrepareAsync(db);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    protected override Task<AppDbContext> CreateContextAsync(IDepartmentScope scope) => Task.FromResult<AppDbContext>(Create(scope));

    private SqliteAppDbContext Create(IDepartmentScope scope) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_path}").Options) { DepartmentScope = scope };
}

/// <summary>One SQL Server 2022 container for the class, when Docker is there.</summary>
public sealed class SqlServerContainer : IAsyncLifetime
{
    private MsSqlContainer? _container;

    public string? ConnectionString { get; private set; }

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrEmpty(dockerHost) && !File.Exists("/var/run/docker.sock"))
        {
            SkipReason = "No Docker engine is reachable (no DOCKER_HOST, no /var/run/docker.sock): the SQL Server persistence tests need Testcontainers.";
            return;
        }

        _container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
        await _container.StartAsync();
        ConnectionString = _container.GetConnectionString();
        await using var db = new SqlServerAppDbContext(new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer(ConnectionString).Options);
        await db.Database.MigrateAsync();
        await ShippedReferenceData.ImportAsync(db);
        db.Departments.AddRange(ReferenceDataSeeder.Departments.Select(d => new Department(d.Code, d.Name, d.ShortName, d.Phone, d.Office)));
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}

public sealed class SqlServerPersistence(SqlServerContainer server) : PersistenceContract, IClassFixture<SqlServerContainer>
{
    protected override Task<AppDbContext> CreateContextAsync(IDepartmentScope scope)
    {
        if (server.SkipReason is not null)
        {
            Assert.Skip(server.SkipReason);
        }

        AppDbContext db = new SqlServerAppDbContext(new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer(server.ConnectionString).Options) { DepartmentScope = scope };
        return Task.FromResult(db);
    }
}

/// <summary>A database of its own on the test PostgreSQL server, migrated once for the class.</summary>
public sealed class PostgreSqlDatabase : IAsyncLifetime
{
    public string? ConnectionString { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (TestPostgreSql.AdminConnectionString is null)
        {
            return;
        }

        ConnectionString = TestPostgreSql.CreateDatabase();
        await using var db = Create(FixedDepartmentScope.Unrestricted);
        await db.Database.MigrateAsync();
        await ShippedReferenceData.ImportAsync(db);
        db.Departments.AddRange(ReferenceDataSeeder.Departments.Select(d => new Department(d.Code, d.Name, d.ShortName, d.Phone, d.Office)));
        await db.SaveChangesAsync();
    }

    public PostgreSqlAppDbContext Create(IDepartmentScope scope)
    {
        var connectionString = ConnectionString ?? TestPostgreSql.Require();
        var builder = new DbContextOptionsBuilder<PostgreSqlAppDbContext>();
        EnforcementPortal.Infrastructure.DependencyInjection.UsePostgreSql(builder, connectionString);
        return new PostgreSqlAppDbContext(builder.Options) { DepartmentScope = scope };
    }

    public ValueTask DisposeAsync()
    {
        if (ConnectionString is not null)
        {
            TestPostgreSql.DropDatabase(ConnectionString);
        }

        return ValueTask.CompletedTask;
    }
}

public sealed class PostgreSqlPersistence(PostgreSqlDatabase database) : PersistenceContract, IClassFixture<PostgreSqlDatabase>
{
    protected override Task<AppDbContext> CreateContextAsync(IDepartmentScope scope) => Task.FromResult<AppDbContext>(database.Create(scope));

    /// <summary>
    /// The search's SQL, as EF Core writes it for a department's list, can be served by the pg_trgm GIN indexes of the
    /// SearchIndexes migration. The test database is nearly empty, where a sequential scan (or a full walk of any
    /// B-tree) is always cheapest, so both are priced out for the EXPLAIN, leaving bitmap scans, which need an index
    /// condition: the plan shows which indexes match the predicates (docs/benchmarks.md lists it).
    /// </summary>
    [Fact]
    public async Task SearchCanBeServedByTheTrigramIndexes()
    {
        await using var db = await CreateContextAsync(FixedDepartmentScope.Only(DepartmentCode.Safety));
        var query = (await db.CasesInScope.MatchingAsync(db, "华宇建设", null, int.MaxValue, Ct)).OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Number).Select(c => c.Id).Take(21);
        await db.Database.OpenConnectionAsync(Ct);
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off; SET enable_indexscan = off", Ct);
        await using var explain = query.CreateDbCommand();
#pragma warning disable CA2100 // EF Core's own SQL for the query above.
        explain.CommandText = "EXPLAIN " + explain.CommandText;
#pragma warning restore CA2100
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                plan.Add(reader.GetString(0));
            }
        }

        var text = string.Join("\n", plan);
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        text.ShouldContain("IX_Cases_Number_Trigram", customMessage: text);
        text.ShouldContain("IX_Cases_SiteName_Trigram", customMessage: text);
        text.ShouldContain("IX_Parties_Name_Trigram", customMessage: text);
        text.ShouldNotContain("Seq Scan on \"Cases\"", customMessage: text);
    }
}

/// <summary>
/// Every provider's migrations describe the whole model: a model change without a regenerated migration fails here
/// (and would make MigrateAsync refuse to start the app). No database is needed to compare.
/// </summary>
public sealed class MigrationsCoverTheModel
{
    [Fact]
    public void SqliteMigrationsCoverTheModel()
    {
        using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run dotnet ef migrations add for SqliteAppDbContext (docs/operations.md)");
    }

    [Fact]
    public void SqlServerMigrationsCoverTheModel()
    {
        using var db = new SqlServerAppDbContext(new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer("Server=localhost;Database=none;TrustServerCertificate=True").Options);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run dotnet ef migrations add for SqlServerAppDbContext (docs/operations.md)");
    }

    [Fact]
    public void PostgreSqlMigrationsCoverTheModel()
    {
        using var db = new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql("Host=localhost;Database=none").Options);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run dotnet ef migrations add for PostgreSqlAppDbContext (docs/operations.md)");
    }
}
