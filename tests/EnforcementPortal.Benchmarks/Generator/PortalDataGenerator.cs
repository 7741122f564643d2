using System.Diagnostics;
using System.Threading.Channels;
using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure;
using EnforcementPortal.Infrastructure.Complaints;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Seeding;
using EnforcementPortal.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;

namespace EnforcementPortal.Benchmarks.Generator;

/// <summary>What to generate.</summary>
/// <param name="Now">The bureau's clock (Beijing time) the cases are walked up to; the machine's by default.</param>
/// <param name="FirstYear">Cases are opened from 3 January of this year to the day before <paramref name="Now"/>.</param>
/// <param name="KeepRecords">Keep the statistics records of every case (for tests comparing the portal's counts).</param>
/// <param name="FilesRoot">The portal's file store (Storage:Root) to put the evidence photos in; the portal must run with it.</param>
/// <param name="QueueFloor">Walk a page's worth of cases and complaints into each queue section the web benchmark's users see (<see cref="Generator.QueueFloor"/>).</param>
public sealed record GeneratorOptions(
    DatabaseProvider Provider,
    string ConnectionString,
    int Cases,
    int Seed = 20261203,
    DateTime? Now = null,
    int FirstYear = 2023,
    bool KeepRecords = false,
    IProgress<GeneratorProgress>? Progress = null,
    string? FilesRoot = null,
    bool QueueFloor = true);

public sealed record GeneratorProgress(int Done, int Total, TimeSpan Elapsed);

/// <summary>What was generated: counts, and (when asked) the records to recount the statistics from.</summary>
public sealed class GeneratorResult
{
    public int Cases { get; set; }

    public int Complaints { get; set; }

    public int Rows { get; set; }

    public Dictionary<DepartmentCode, int> CasesByDepartment { get; } = [];

    public Dictionary<CaseState, int> CasesByState { get; } = [];

    public int Overdue { get; set; }

    /// <summary>The cases and complaints of the queue floor (walked to a waiting state; part of the counts above).</summary>
    public (int Cases, int Complaints) Floor { get; set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>Time the writer thread spent writing rows (the rest of the load overlapped with building cases).</summary>
    public TimeSpan WriteTime { get; set; }

    /// <summary>Time after the last row: indexes and the search index built (SQLite), statistics (PostgreSQL), counters.</summary>
    public TimeSpan FinishTime { get; set; }

    public DateTime Now { get; set; }

    public List<StatisticsRecords> Records { get; } = [];

    /// <summary>The annual figures of a department-year as <see cref="AnnualCounter"/> counts them from the generated cases.</summary>
    public AnnualCounts Tally(DepartmentCode department, int year, DateOnly asOf)
    {
        if (Records.Count == 0)
        {
            throw new InvalidOperationException("Generate with KeepRecords to tally.");
        }

        var all = new StatisticsRecords(
            [.. Records.SelectMany(r => r.Visits)],
            [.. Records.SelectMany(r => r.Findings)],
            [.. Records.SelectMany(r => r.Notices)],
            [.. Records.SelectMany(r => r.Reviews)],
            [.. Records.SelectMany(r => r.Interviews)],
            [.. Records.SelectMany(r => r.Transfers)]);
        return AnnualCounter.Count(all, department, year, asOf);
    }
}

/// <summary>
/// Fills a database the portal opens as it is: its own migrations and reference data (the start-up's
/// <see cref="DatabaseInitializer"/>), the demo logins (created with <see cref="UserManager{TUser}"/> and the demo
/// password, as the demo seeder creates them), then cases of all five departments opened evenly from
/// <see cref="GeneratorOptions.FirstYear"/> to yesterday, each walked through the case aggregate (<see cref="CaseWalker"/>),
/// and complaints in their states. The records are written in bulk from the portal's own EF Core model
/// (<see cref="TableShape"/>, <see cref="BulkSink"/>), not through the change tracker.
/// </summary>
public static class PortalDataGenerator
{
    /// <summary>Cases built and written per round: enough for the bulk writers, small enough to keep memory flat.</summary>
    private const int Round = 2000;

    /// <summary>One complaint per this many cases (the bureau's 12345 hotline and online complaints).</summary>
    private const int CasesPerComplaint = 25;

    /// <summary>How the cases spread over the departments: the inspection-heavy stations hold most of them.</summary>
    private static readonly (DepartmentCode Department, int Weight)[] Spread =
    [
        (DepartmentCode.Housing, 2), (DepartmentCode.ConstructionManagement, 2), (DepartmentCode.CivilAirDefense, 1), (DepartmentCode.Safety, 3), (DepartmentCode.Quality, 3),
    ];

    public static async Task<GeneratorResult> GenerateAsync(GeneratorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var files = Path.Combine(Path.GetTempPath(), "ep-generator", Guid.NewGuid().ToString("N"));
        var filesRoot = options.FilesRoot ?? Path.Combine(files, "files");
        await using var app = BuildHost(options, files, filesRoot);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(new DatabaseStartup(Migrate: true, SeedDemoData: false, AdminUserName: null), cancellationToken);
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Cases.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The database already holds cases; the generator fills an empty one.");
        }

        // Whole seconds: every provider stores them exactly (PostgreSQL keeps microseconds), and the timeline's hash covers them.
        var clockNow = options.Now ?? services.GetRequiredService<IBureauClock>().Now;
        var now = new DateTime(clockNow.Ticks - clockNow.Ticks % TimeSpan.TicksPerSecond, clockNow.Kind);
        var users = await CreateUsersAsync(services.GetRequiredService<UserManager<AppUser>>(), now, cancellationToken);
        var calendar = await services.GetRequiredService<IWorkingDayCalendarProvider>().GetAsync(cancellationToken);
        var catalogue = await db.PenaltyMatters.AsNoTracking().ToListAsync(cancellationToken);
        var protection = services.GetRequiredService<ComplainantProtection>();
        var random = new Random(options.Seed);
        var numbers = new GeneratedNumbers();
        var staff = Enum.GetValues<DepartmentCode>().ToDictionary(d => d, d => StaffOf(users, d));
        var legal = users.Single(u => u.UserName == "legal");
        var photos = await PhotosAsync(services.GetRequiredService<Infrastructure.Files.IFileStore>(), cancellationToken);
        var walker = new CaseWalker(calendar, now, staff, new Actor(legal.Id, legal.FullName), catalogue, numbers, random, photos);
        var tables = new PortalTables(db);
        var result = new GeneratorResult { Now = now };

        var parties = Parties(options.Cases, random);
        var written = new[] { tables.Of<ResponsibleParty>(), tables.Of<EnforcementCase>(), tables.Of<Domain.Documents.IssuedDocument>(), tables.Of<Complaint>() }
            .SelectMany(t => t.SelfAndOwned()).Select(t => t.Name).ToList();

        // The complainants' encryption and hash keys are created (and stored) at their first use: before the bulk write
        // holds the database.
        _ = await protection.ProtectAsync("王建新", "13900000000", cancellationToken);

        // The start-up's connections would keep SQLite from switching the journal off: this scope's context keeps its
        // connection open until disposed (SqliteConnectionPerContext), so it is closed here, then the pool is emptied.
        await db.Database.GetDbConnection().CloseAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var sink = await BulkSink.OpenAsync(options.Provider, options.ConnectionString, written, cancellationToken);
        var rows = new RowBatch();
        foreach (var party in parties)
        {
            tables.Of<ResponsibleParty>().Flatten(party, null, rows);
        }

        await sink.WriteAsync(rows, cancellationToken);

        // Two threads: this one builds the next round of cases while the other writes the last one.
        var channel = Channel.CreateBounded<(RowBatch Rows, int Done)>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var writeTime = Stopwatch.StartNew();
        writeTime.Stop();
        var writer = Task.Run(
            async () =>
            {
                await foreach (var (batch, done) in channel.Reader.ReadAllAsync(cancellationToken))
                {
                    writeTime.Start();
                    await sink.WriteAsync(batch, cancellationToken);
                    writeTime.Stop();
                    options.Progress?.Report(new GeneratorProgress(done, options.Cases, watch.Elapsed));
                }
            },
            cancellationToken);

        var first = new DateTime(options.FirstYear, 1, 3, 0, 0, 0);
        var last = now.Date.AddDays(-1);
        var span = (last - first).TotalDays;
        var weights = Spread.SelectMany(s => Enumerable.Repeat(s.Department, s.Weight)).ToArray();
        var today = DateOnly.FromDateTime(now);

        // The departments are drawn first, so that the queue floor can choose its cases among the newest of each.
        var departments = new DepartmentCode[options.Cases];
        for (var k = 0; k < departments.Length; k++)
        {
            departments[k] = weights[random.Next(weights.Length)];
        }

        var dayOf = (int k) => first.AddDays(Math.Floor(span * k / options.Cases));
        var floor = options.QueueFloor
            ? QueueFloor.Plan(departments, k => today.DayNumber - DateOnly.FromDateTime(dayOf(k)).DayNumber, k => k % CasesPerComplaint == CasesPerComplaint - 1)
            : QueueFloor.None;
        result.Floor = (floor.Cases, floor.Complaints);
        var dispatcher = Person(users, "dispatcher");
        var batchCases = new List<EnforcementCase>(Round);
        rows = new RowBatch();
        try
        {
            for (var k = 0; k < options.Cases; k++)
            {
                var department = departments[k];
                var day = dayOf(k);
                var inspectedAt = day.AddHours(9 + random.Next(8)).AddMinutes(random.Next(60));
                var trigger = (Trigger)(1 + random.Next(4));
                var party = parties[random.Next(parties.Count)];
                var (c, documents) = walker.Walk(department, trigger, party, SiteOf(random), inspectedAt, floor.CaseGoalOf(k));
                tables.Of<EnforcementCase>().Flatten(c, null, rows);
                foreach (var document in documents)
                {
                    tables.Of<Domain.Documents.IssuedDocument>().Flatten(document, null, rows);
                }

                Count(result, c, today);
                batchCases.Add(c);
                if (k % CasesPerComplaint == CasesPerComplaint - 1)
                {
                    var complaint = await ComplaintAsync(numbers, protection, calendar, users, dispatcher, random, c, now, floor.ComplaintGoalOf(k), cancellationToken);
                    tables.Of<Complaint>().Flatten(complaint, null, rows);
                    result.Complaints++;
                }

                if (batchCases.Count == Round || k == options.Cases - 1)
                {
                    if (options.KeepRecords)
                    {
                        result.Records.Add(StatisticsRecords.From(batchCases));
                    }

                    result.Rows += rows.Count;
                    await channel.Writer.WriteAsync((rows, k + 1), cancellationToken);
                    rows = new RowBatch();
                    batchCases.Clear();
                }
            }
        }
        finally
        {
            channel.Writer.Complete();
        }

        await writer;
        var finishing = Stopwatch.StartNew();
        await sink.CompleteAsync(cancellationToken);
        await sink.DisposeAsync();
        await WriteNumberSequencesAsync(db, numbers, cancellationToken);
        result.WriteTime = writeTime.Elapsed;
        result.FinishTime = finishing.Elapsed;
        result.Cases = options.Cases;
        result.Elapsed = watch.Elapsed;
        TryDelete(files);
        return result;
    }

    private static WebApplication BuildHost(GeneratorOptions options, string files, string filesRoot)
    {
        // The portal's own composition (AddPortal), so the migrations, reference data, Identity's password hasher and the
        // data protection keys (which encrypt the complainants) are exactly the app's.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Generator", ContentRootPath = AppContext.BaseDirectory });
        var provider = options.Provider;
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            [$"ConnectionStrings:{provider}"] = options.ConnectionString,
            ["Storage:Root"] = filesRoot,
            ["Logging:FilePath"] = Path.Combine(files, "logs", "generator-.json"),
            ["Serilog:MinimumLevel:Default"] = "Error",
            ["Serilog:MinimumLevel:Override:Microsoft"] = "Error",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Error",
            ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Error",

            // The migrator's first look for its history table on an empty server database fails by design: not an error here.
            ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command"] = "Fatal",
        });
        builder.AddPortal();
        builder.Services.RemoveAll<IDepartmentScope>();
        builder.Services.AddSingleton<IDepartmentScope>(FixedDepartmentScope.Unrestricted);
        if (options.Now is { } now)
        {
            builder.Services.RemoveAll<TimeProvider>();
            builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(new DateTimeOffset(now, TimeSpan.FromHours(8))));
        }

        return builder.Build();
    }

    /// <summary>
    /// The demo logins, created as the demo seeder creates them. Their certificates are the demo's numbers, issued
    /// 2022-03-01 so that two certified officers stand behind every generated inspection from 2023 on.
    /// </summary>
    private static async Task<List<AppUser>> CreateUsersAsync(UserManager<AppUser> users, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var demo in DemoPeople.Users)
        {
            var user = await users.FindByNameAsync(demo.UserName);
            if (user is null)
            {
                var certificate = demo.Certificate is { } c ? new Certificate(c.Number, c.IssuingAuthority, new DateOnly(2022, 3, 1), c.ValidTo) : null;
                user = new AppUser
                {
                    Id = Guid.NewGuid(),
                    UserName = demo.UserName,
                    FullName = demo.FullName,
                    Department = demo.Department,
                    Certificate = certificate,
                    EmailConfirmed = true,
                    CreatedAt = now,
                };
                Check(await users.CreateAsync(user, DemoPeople.Password), demo.UserName);
            }
            else if (!await users.HasPasswordAsync(user))
            {
                // The start-up's first administrator, created without a password: the demo's password is set instead.
                Check(await users.AddPasswordAsync(user, DemoPeople.Password), demo.UserName);
            }

            if (!await users.IsInRoleAsync(user, demo.Role))
            {
                Check(await users.AddToRoleAsync(user, demo.Role), demo.UserName);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return [.. users.Users.AsNoTracking()];
    }

    /// <summary>
    /// Twelve photos saved through the portal's own file store: the evidence records point at them (many records share a
    /// file), so the case page's check of every evidence file against its SHA-256 passes, as on a real installation.
    /// </summary>
    private static async Task<IReadOnlyList<StoredPhoto>> PhotosAsync(Infrastructure.Files.IFileStore store, CancellationToken cancellationToken)
    {
        var photos = new List<StoredPhoto>();
        for (var i = 0; i < 12; i++)
        {
            using var bitmap = new SkiaSharp.SKBitmap(320, 240);
            using (var canvas = new SkiaSharp.SKCanvas(bitmap))
            {
                canvas.Clear(new SkiaSharp.SKColor((byte)(60 + i * 15), (byte)(120 + i * 9), (byte)(200 - i * 12)));
                using var paint = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.White };
                canvas.DrawRect(20 + i * 10, 40, 120, 90, paint);
            }

            using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
            using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 80);
            var bytes = data.ToArray();
            using var content = new MemoryStream(bytes, writable: false);
            var key = await store.SaveAsync(content, "jpg", cancellationToken);
            photos.Add(new StoredPhoto(key, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), bytes.LongLength));
        }

        return photos;
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Generated user {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    private static DepartmentStaff StaffOf(List<AppUser> users, DepartmentCode department)
    {
        var officers = users
            .Where(u => u.Department == department && u.Certificate is not null && !u.UserName!.EndsWith("chief", StringComparison.Ordinal) && u.Certificate.ValidTo >= new DateOnly(2029, 1, 1))
            .OrderBy(u => u.UserName, StringComparer.Ordinal)
            .Take(2)
            .Select(u => u.ToOfficerOnDuty())
            .ToList();
        var chief = users.Single(u => u.Department == department && u.UserName!.EndsWith("chief", StringComparison.Ordinal));
        return new DepartmentStaff(officers, new Actor(officers[0].UserId, officers[0].Name), new Actor(chief.Id, chief.FullName));
    }

    private static Actor Person(List<AppUser> users, string userName)
    {
        var user = users.Single(u => u.UserName == userName);
        return new Actor(user.Id, user.FullName);
    }

    private static readonly string[] Districts = ["经济合作区", "解放路街道", "新华街道", "英也尔乡", "汉宾乡", "巴彦岱镇", "墩买里街道", "伊犁河路街道"];
    private static readonly string[] Streets = ["解放西路", "新华东路", "上海路", "天津路", "斯大林街", "飞机场路", "北京路", "福州路", "广州街", "阿合买提江路"];

    /// <summary>About one enterprise per 25 cases (at least 40), every kind of party the departments inspect.</summary>
    private static List<ResponsibleParty> Parties(int cases, Random random)
    {
        var count = Math.Max(40, cases / 25);
        var kinds = Enum.GetValues<PartyKind>();
        var result = new List<ResponsibleParty>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = kinds[i % kinds.Length];
            var district = Districts[random.Next(Districts.Length)];
            var name = $"伊宁市{district}第{i + 1}{KindName(kind)}";
            result.Add(new ResponsibleParty(Guid.NewGuid(), name, CreditCode(i), kind, "孟凡东", "王静", $"139{random.Next(10_000_000, 99_999_999)}", $"伊宁市{Streets[random.Next(Streets.Length)]}{1 + random.Next(300)}号"));
        }

        return result;
    }

    private static string KindName(PartyKind kind) => kind switch
    {
        PartyKind.Developer => "房地产开发有限公司",
        PartyKind.Brokerage => "房地产经纪有限公司",
        PartyKind.Appraiser => "房地产评估有限公司",
        PartyKind.Contractor => "建筑工程有限公司",
        PartyKind.Supervisor => "工程监理有限公司",
        PartyKind.PropertyManager => "物业服务有限公司",
        PartyKind.ConstructionOwner => "城建投资有限公司",
        _ => "工程有限公司",
    };

    /// <summary>A valid, unique 统一社会信用代码 per index (伊宁市 area code 654002).</summary>
    private static UnifiedSocialCreditCode CreditCode(int index)
    {
        const string digits = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        Span<char> org = stackalloc char[8];
        var n = index;
        org[0] = 'G';
        for (var i = 7; i >= 1; i--)
        {
            org[i] = digits[n % digits.Length];
            n /= digits.Length;
        }

        var first17 = $"91654002{org}{UnifiedSocialCreditCode.ComputeOrganizationCodeCheck(org)}";
        return UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17));
    }

    private static string SiteOf(Random random) => $"{Streets[random.Next(Streets.Length)]}{1 + random.Next(60)}号";

    private static void Count(GeneratorResult result, EnforcementCase c, DateOnly today)
    {
        result.CasesByDepartment[c.Department] = result.CasesByDepartment.GetValueOrDefault(c.Department) + 1;
        result.CasesByState[c.State] = result.CasesByState.GetValueOrDefault(c.State) + 1;
        if (c.IsOverdue(today))
        {
            result.Overdue++;
        }
    }

    private static readonly (ComplaintChannel Channel, BusinessLine Line, string Description)[] ComplaintKinds =
    [
        (ComplaintChannel.Hotline, BusinessLine.Brokerage, "来电反映该中介收取看房费，交易未成后拒不退还。"),
        (ComplaintChannel.OnlinePublic, BusinessLine.Development, "反映该项目延期交房，开发商未作任何说明。"),
        (ComplaintChannel.Hotline, BusinessLine.ConstructionSafety, "来电反映该工地夜间高处作业未系安全带、无安全防护网。"),
        (ComplaintChannel.District, BusinessLine.EngineeringQuality, "街道办转来：该小区新建楼房外墙出现裂缝，居民担心质量问题。"),
        (ComplaintChannel.OnlinePublic, BusinessLine.CivilAirDefence, "反映该小区地下人防车库被改作仓库出租。"),
        (ComplaintChannel.Hotline, BusinessLine.ConstructionMarket, "来电反映该项目拖欠农民工工资。"),
    ];

    /// <summary>
    /// A complaint received on the day of the case just written, walked as far as its age allows: recent ones wait for
    /// the dispatcher or the department, older ones are answered and closed (some with a return visit), a few refused. A
    /// complaint of the queue floor (<paramref name="goal"/>) stops where its goal waits.
    /// </summary>
    private static async Task<Complaint> ComplaintAsync(GeneratedNumbers numbers, ComplainantProtection protection, WorkingDayCalendar calendar, List<AppUser> users, Actor dispatcher, Random random, EnforcementCase enforcementCase, DateTime now, ComplaintGoal goal, CancellationToken cancellationToken)
    {
        var receivedAt = enforcementCase.CreatedAt.Date.AddDays(-8).AddHours(9).AddMinutes(random.Next(480));
        var (channel, line, description) = ComplaintKinds[random.Next(ComplaintKinds.Length)];
        var sequence = numbers.Next($"complaint:{receivedAt.Year}");
        var receipt = $"TS{receivedAt.Year}-{sequence:00000}";
        var named = random.NextDouble() < 0.7;
        var complainant = await protection.ProtectAsync(named ? "王建新" : null, named ? $"139{random.Next(10_000_000, 99_999_999)}" : null, cancellationToken);
        var intake = new ComplaintIntake(channel, line, $"伊宁市第{random.Next(1, 500)}号项目相关单位", $"伊宁市{Streets[random.Next(Streets.Length)]}{1 + random.Next(300)}号", description, complainant, channel == ComplaintChannel.Hotline ? $"12345热线工单 {receivedAt:yyyyMMdd}{sequence % 1000:000}" : null);
        var code = ComplainantProtection.NewQueryCode();
        var actor = channel == ComplaintChannel.OnlinePublic ? Complaint.PublicComplainant : dispatcher;
        var complaint = Complaint.Receive(Guid.NewGuid(), receivedAt.Year, sequence, intake, await protection.HashQueryCodeAsync(receipt, code, cancellationToken), actor, receivedAt);
        var age = (now - receivedAt).TotalDays;
        if (age < 1 || goal == ComplaintGoal.ToRoute)
        {
            return complaint;
        }

        var department = ComplaintRouting.DepartmentFor(line, []);
        complaint.Route(department, department, null, dispatcher, receivedAt.AddHours(2));
        if (age < 2)
        {
            return complaint;
        }

        var prefix = DepartmentPrefix(department);
        var handler = Person(users, prefix + ".officer1");
        var chief = Person(users, prefix + ".chief");
        if (random.NextDouble() < 0.05 && goal == ComplaintGoal.None)
        {
            complaint.RequestRefusal("投诉未指明具体企业、地址和事实，无法核查；请补充具体情况后重新投诉。", handler, receivedAt.AddDays(1));
            complaint.ApprovePendingRequest(chief, receivedAt.AddDays(1).AddHours(4));
            return complaint;
        }

        complaint.Accept(handler, chief, receivedAt.AddDays(1), calendar);
        if (age < 10 || (random.NextDouble() < 0.03 && goal == ComplaintGoal.None) || goal == ComplaintGoal.Overdue)
        {
            return complaint;
        }

        var violation = random.NextDouble() < 0.3;
        complaint.RecordOpinion(
            violation ? ComplaintOutcome.Violation : ComplaintOutcome.NoViolation,
            violation ? "经调查，反映情况属实，已责令整改并依法处理。" : "经调查核实，未发现反映的违法违规行为，已向投诉人说明。",
            null,
            handler,
            receivedAt.AddDays(6),
            calendar);
        if (violation)
        {
            // A violation is closed once an enforcement case is opened on it: the case just generated.
            complaint.LinkCase(enforcementCase.Id, enforcementCase.Number, handler, enforcementCase.CreatedAt);
            complaint.Close(handler, enforcementCase.CreatedAt.AddHours(1));
        }
        else
        {
            complaint.Close(handler, receivedAt.AddDays(7));
        }

        if (complaint.ComplainantNameCipher is not null && random.NextDouble() < 0.5 && goal != ComplaintGoal.ToVisit)
        {
            complaint.RecordVisit(VisitSatisfaction.Satisfied, "投诉人对处理结果表示满意。", dispatcher, receivedAt.AddDays(9));
        }

        return complaint;
    }

    private static string DepartmentPrefix(DepartmentCode department) => department switch
    {
        DepartmentCode.Housing => "fc",
        DepartmentCode.ConstructionManagement => "jg",
        DepartmentCode.CivilAirDefense => "rf",
        DepartmentCode.Safety => "aj",
        _ => "zj",
    };

    /// <summary>The running numbers the generated records took, so the portal's next case or 文号 continues after them.</summary>
    private static async Task WriteNumberSequencesAsync(AppDbContext db, GeneratedNumbers numbers, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        foreach (var (scope, last) in numbers.Last)
        {
            var sequence = new NumberSequence(scope);
            db.NumberSequences.Add(sequence);
            db.Entry(sequence).Property(s => s.LastValue).CurrentValue = last;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
        catch (UnauthorizedAccessException)
        {
            // Left for the temp cleaner.
        }
    }

    /// <summary>A clock standing at the given instant (the generator's "now" in tests).</summary>
    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
