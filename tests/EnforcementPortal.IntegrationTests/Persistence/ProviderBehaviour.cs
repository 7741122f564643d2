using System.Data.Common;
using System.Globalization;
using System.Net;
using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure;
using EnforcementPortal.Infrastructure.Calendar;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Seeding;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// What only a real database server can get wrong, run against the whole portal (demo data, real forms) on every
/// reachable provider: SQLite always, PostgreSQL when EP_TEST_POSTGRES names a server (.ci/run starts one).
/// </summary>
public abstract class ProviderBehaviour(PortalFactory factory)
{
    /// <summary>Supplementary Ideographic Plane (surrogate pair), the last CJK Unified Ideograph of Unicode 5.1, Uyghur (Arabic script).</summary>
    public const string RareText = "𠀀鿏 ئىلى ۋىلايىتى غۇلجا شەھىرى";

    private static readonly WorkingDayCalendar Calendar = new(HolidayCalendarJsonReader.ReadEmbeddedSeed());

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoOfficersSubmittingToOneCaseAtOnceOneWinsTheOtherIsToldToRefresh()
    {
        _ = factory.Server;
        Guid id;
        int version;
        await using (var db = factory.CreateDbContext())
        {
            var target = await db.Cases.OrderBy(c => c.Sequence).FirstAsync(c => c.Department == DepartmentCode.Housing && c.State == CaseState.Rectifying, Ct);
            (id, version) = (target.Id, target.Version);
        }

        using var first = await PortalClient.SignedInAsync(factory, "fc.officer1");
        using var second = await PortalClient.SignedInAsync(factory, "fc.officer2");
        var page = $"/Cases/Details/{id}";
        var tokens = await Task.WhenAll(TokenAsync(first, page), TokenAsync(second, page));

        var responses = await Task.WhenAll(
            PostReplyAsync(first, id, version, tokens[0], "第一位执法人员录入的回复。"),
            PostReplyAsync(second, id, version, tokens[1], "第二位执法人员录入的回复。"));

        responses.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        var loser = responses.Single(r => r.StatusCode != HttpStatusCode.Redirect);
        var loserPage = await PortalClient.ParseAsync(loser);
        loser.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        loserPage.QuerySelector("[data-testid=status-error]")!.TextContent.ShouldContain("该案件已被他人更新，请刷新后重试");
        var winnerText = responses[0].StatusCode == HttpStatusCode.Redirect ? "第一位执法人员录入的回复。" : "第二位执法人员录入的回复。";
        await using var check = factory.CreateDbContext();
        var saved = await check.Cases.SingleAsync(c => c.Id == id, Ct);
        saved.Replies.Single().Content.ShouldBe(winnerText);
        saved.Version.ShouldBeGreaterThan(version);
        saved.VerifyTimeline().IsIntact.ShouldBeTrue(customMessage: string.Join("\n", saved.Events.OrderBy(e => e.Sequence).Select(e => $"{e.Sequence} {e.OccurredAt.Ticks} {e.Hash[..8]} {e.ComputeHash()[..8]} {e.PreviousHash}")) + saved.VerifyTimeline());
    }

    [Fact]
    public async Task ATransactionKilledMidwayLeavesNothing()
    {
        _ = factory.Server;
        var year = 2032;
        var committed = false;
        await using (var db = CreateContextWithoutRetries())
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(Ct);
                var party = await db.Parties.OrderBy(p => p.Name).FirstAsync(Ct);
                db.Cases.Add(await NewCaseAsync(db, party.Id, DepartmentCode.Quality, year, "中途断开的检查"));
                await db.SaveChangesAsync(Ct);
                (await db.Cases.CountAsync(c => c.SiteName == "中途断开的检查", Ct)).ShouldBe(1);

                // The rows are written inside the open transaction; now the connection dies before COMMIT.
                await KillConnectionAsync(db.Database.GetDbConnection());
                await transaction.CommitAsync(Ct);
                committed = true;
            }
            catch (Exception killed) when (killed is DbException or InvalidOperationException)
            {
                TestContext.Current.SendDiagnosticMessage($"{Provider}: {killed.GetType().Name}: {killed.Message}");
            }
        }

        committed.ShouldBeFalse();

        await using var check = factory.CreateDbContext();
        (await check.Cases.AnyAsync(c => c.SiteName == "中途断开的检查", Ct)).ShouldBeFalse();
        (await check.NumberSequences.AnyAsync(s => s.Scope.EndsWith($":{year}"), Ct)).ShouldBeFalse();
        (await check.Cases.AnyAsync(c => c.Department == DepartmentCode.Quality && c.Year == year, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task TwentyParallelCreatorsGetUniqueGapFreeCaseNumbersAndDocumentNumbers()
    {
        _ = factory.Server;
        const int creators = 20;
        var year = 2031;
        Guid partyId;
        await using (var db = factory.CreateDbContext())
        {
            partyId = (await db.Parties.OrderBy(p => p.Name).FirstAsync(Ct)).Id;
        }

        var attempts = 0;
        await Task.WhenAll(Enumerable.Range(1, creators).Select(i => Task.Run(
            async () =>
            {
                // Like an officer who is told "请重试" and submits again: a creator that collides tries again.
                for (var attempt = 0; ; attempt++)
                {
                    Interlocked.Increment(ref attempts);
                    await using var db = factory.CreateDbContext();
                    db.Cases.Add(await NewCaseAsync(db, partyId, DepartmentCode.Safety, year, $"并发检查{i:00}"));
                    try
                    {
                        await db.SaveChangesAsync(Ct);
                        return;
                    }
                    catch (DbUpdateException) when (attempt < 200)
                    {
                        await Task.Delay(Random.Shared.Next(5, 40), Ct);
                    }
                }
            },
            Ct)));

        await using var check = factory.CreateDbContext();
        var created = await check.Cases.Where(c => c.Department == DepartmentCode.Safety && c.Year == year).ToListAsync(Ct);
        created.Count.ShouldBe(creators);
        created.Select(c => c.Sequence).Order().ShouldBe(Enumerable.Range(1, creators));
        var prefix = DepartmentPolicy.For(DepartmentCode.Safety).NumberPrefix;
        created.Select(c => c.Notices.Single().DocumentNumber).Order(StringComparer.Ordinal)
            .ShouldBe(Enumerable.Range(1, creators).Select(n => $"{prefix}整〔{year}〕{n}号").Order(StringComparer.Ordinal));
        TestContext.Current.SendDiagnosticMessage($"{Provider}: {creators} creators needed {attempts} attempts.");
    }

    [Fact]
    public async Task RareCharactersAndUyghurScriptRoundTripAndAreFound()
    {
        _ = factory.Server;
        Guid caseId;
        var partyName = "伊宁市" + RareText + "建设有限公司" + Guid.NewGuid().ToString("N")[..4];
        await using (var db = factory.CreateDbContext())
        {
            var party = new ResponsibleParty(Guid.NewGuid(), partyName, DemoPeople.CreditCodeFor(Random.Shared.Next(200_000, 900_000)), PartyKind.Contractor, "阿不都热合曼·买买提", null, null, "伊宁市 " + RareText);
            db.Parties.Add(party);
            var enforcementCase = await NewCaseAsync(db, party.Id, DepartmentCode.Housing, factory.Today.Year, "项目 " + RareText);
            db.Cases.Add(enforcementCase);
            await db.SaveChangesAsync(Ct);
            caseId = enforcementCase.Id;
        }

        await using (var check = factory.CreateDbContext())
        {
            var party = await check.Parties.SingleAsync(p => p.Name.Contains("𠀀鿏") && p.Name == partyName, Ct);
            party.Address.ShouldBe("伊宁市 " + RareText);
            (await check.Cases.SingleAsync(c => c.Id == caseId, Ct)).SiteName.ShouldBe("项目 " + RareText);
            (await check.Cases.CountAsync(c => c.SiteName.Contains("ئىلى ۋىلايىتى"), Ct)).ShouldBeGreaterThanOrEqualTo(1);
        }

        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var page = await officer.GetPageAsync($"/Cases/Details/{caseId}");
        page.Body!.TextContent.ShouldContain("项目 " + RareText);
        page.Body!.TextContent.ShouldContain(partyName);
    }

    [Fact]
    public async Task DateTimesAreStoredAsBeijingWallClockAndShownInChinaStandardTime()
    {
        _ = factory.Server;
        Guid caseId;
        var inspectedAt = new DateTime(2026, 3, 2, 7, 30, 0); // Beijing time: 2026-03-01 23:30 UTC, the day before in UTC
        await using (var db = factory.CreateDbContext())
        {
            var party = await db.Parties.OrderBy(p => p.Name).FirstAsync(Ct);
            var enforcementCase = await NewCaseAsync(db, party.Id, DepartmentCode.Housing, 2026, "清晨检查的项目", inspectedAt);
            db.Cases.Add(enforcementCase);
            await db.SaveChangesAsync(Ct);
            caseId = enforcementCase.Id;
        }

        var lockoutEnd = new DateTimeOffset(2030, 1, 1, 8, 0, 0, TimeSpan.FromHours(8));
        await using (var db = factory.CreateDbContext())
        {
            // What the column holds, read past EF: the Beijing wall-clock time, no zone conversion on the way.
            var raw = await ScalarAsync(db, $"SELECT {Quote("StartedAt")} FROM {Quote("CaseInspections")} WHERE {Quote("CaseId")} = @id", caseId);
            ReadDateTime(raw).ShouldBe(inspectedAt);
            var loaded = await db.Cases.SingleAsync(c => c.Id == caseId, Ct);
            loaded.Inspections.Single().StartedAt.ShouldBe(inspectedAt);
            (await db.Cases.CountAsync(c => c.Id == caseId && c.Inspections.Any(i => i.StartedAt.Date == new DateTime(2026, 3, 2)), Ct)).ShouldBe(1);

            // An instant with an offset (Identity's lockout end) keeps the instant on every provider.
            var user = await db.Users.OrderBy(u => u.UserName).FirstAsync(u => u.UserName == "fc.officer2", Ct);
            user.LockoutEnd = lockoutEnd;
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = factory.CreateDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "fc.officer2", Ct);
            user.LockoutEnd!.Value.UtcDateTime.ShouldBe(lockoutEnd.UtcDateTime);
            user.LockoutEnd = null;
            await db.SaveChangesAsync(Ct);
        }

        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var page = await officer.GetPageAsync($"/Cases/Details/{caseId}");
        page.Body!.TextContent.ShouldContain("2026-03-02 07:30");
    }

    protected DatabaseProvider Provider => factory.Provider;

    protected PortalFactory Factory => factory;

    /// <summary>A context that does not retry a failed connection (a retry would run the transaction again).</summary>
    protected virtual AppDbContext CreateContextWithoutRetries() => factory.CreateDbContext();

    /// <summary>Ends the connection's session as a crash or a network failure would: the server sees no COMMIT.</summary>
    protected virtual async Task KillConnectionAsync(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await connection.CloseAsync();
    }

    private string Quote(string name) => Provider == DatabaseProvider.SqlServer ? $"[{name}]" : $"\"{name}\"";

    private static DateTime ReadDateTime(object? value) => value switch
    {
        DateTime dateTime => dateTime,
        string text => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None),
        _ => throw new InvalidOperationException($"Unexpected column value {value}"),
    };

    private async Task<object?> ScalarAsync(AppDbContext db, string sql, Guid id)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = Provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync(Ct);
    }

    private static async Task<string> TokenAsync(PortalClient client, string page) =>
        (await client.GetPageAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private Task<HttpResponseMessage> PostReplyAsync(PortalClient client, Guid id, int version, string token, string content) =>
        client.Http.PostAsync(
            new Uri($"/Cases/{id}/RecordReply", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Reply.Version"] = version.ToString(CultureInfo.InvariantCulture),
                ["Reply.ReceivedOn"] = factory.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["Reply.Kind"] = "Statement",
                ["Reply.Content"] = content,
            }),
            Ct);

    /// <summary>An inspection with two findings and its notice, numbered by the allocator of <paramref name="db"/>.</summary>
    private static async Task<EnforcementCase> NewCaseAsync(AppDbContext db, Guid partyId, DepartmentCode department, int year, string siteName, DateTime? inspectedAt = null)
    {
        var at = inspectedAt ?? new DateTime(year, 3, 2, 9, 0, 0);
        var officers = new List<OfficerOnDuty>
        {
            new(Guid.NewGuid(), "古丽米拉·阿不都", "65400220244002", new DateOnly(2024, 3, 1), new DateOnly(2035, 2, 28)),
            new(Guid.NewGuid(), "吴斌", "65400220244003", new DateOnly(2024, 3, 1), new DateOnly(2035, 2, 28)),
        };
        var actor = new Actor(officers[0].UserId, officers[0].Name);
        var numbers = new SequenceAllocator(db);
        var number = await numbers.NextCaseNumberAsync(department, year, Ct);
        var opening = new CaseOpening(department, Trigger.RoutinePatrol, partyId, siteName, "伊宁市斯大林街", at, "现场检查。", officers,
            [new FindingDraft("外脚手架剪刀撑不连续", FindingSeverity.General, "北立面"), new FindingDraft("临边防护缺失", FindingSeverity.General, null)], new GeoPoint(43.91, 81.32));
        var enforcementCase = EnforcementCase.Open(Guid.NewGuid(), number, opening, actor, at.AddHours(1), Calendar);
        var noticeNumber = await numbers.NextNoticeNumberAsync(department, year, Ct);
        var day = DateOnly.FromDateTime(at);
        enforcementCase.IssueNotice(new NoticeDraft(noticeNumber, day, "立即整改。", [1, 2], 7, ServiceMethod.InPerson, day, "孟凡东", officers), actor, at.AddHours(6), Calendar);
        return enforcementCase;
    }
}

public sealed class SqliteProviderBehaviour(PortalFactory factory) : ProviderBehaviour(factory), IClassFixture<PortalFactory>;

public sealed class PostgreSqlProviderBehaviour(PostgreSqlPortalFactory factory) : ProviderBehaviour(Require(factory)), IClassFixture<PostgreSqlPortalFactory>
{
    protected override AppDbContext CreateContextWithoutRetries() =>
        new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(Factory.ConnectionString).Options);

    protected override async Task KillConnectionAsync(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var pid = connection.CreateCommand();
        pid.CommandText = "SELECT pg_backend_pid()";
        var backend = (int)(await pid.ExecuteScalarAsync(Ct))!;
        await using var admin = new NpgsqlConnection(TestPostgreSql.AdminConnectionString);
        await admin.OpenAsync(Ct);
        await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", admin) { Parameters = { new("pid", backend) } };
        (await kill.ExecuteScalarAsync(Ct)).ShouldBe(true);
    }

    private static PostgreSqlPortalFactory Require(PostgreSqlPortalFactory factory)
    {
        TestPostgreSql.Require();
        return factory;
    }
}
