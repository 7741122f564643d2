using System.Diagnostics;
using System.Globalization;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Statistics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Benchmarks;

/// <summary>One generated department-year: how many cases were opened in it, and whether it is published.</summary>
internal sealed record GeneratedYear(DepartmentCode Department, int Year, int Cases, bool Publish);

/// <summary>
/// SQLite databases for the statistics benchmarks: the portal's schema (its own migrations), then case records written
/// with plain SQL inserts — not through the case aggregate, which would take hours for a million cases — and the
/// publications made through <see cref="StatisticsPublishing"/>, as a chief's click makes them.
/// </summary>
/// <remarks>
/// The records have the shape of 质监站 2025 in the demo data (1 064 cases): one first inspection per case; about one
/// case in 7.5 with findings (2.5 on average), a rectification notice, a reply, and a review visit that finds them
/// rectified; about one in 100 with a serious finding, an interview and a transfer to 城市管理局, most with the
/// disposal reported; a 专项检查 campaign on six days of the year; one inspected site per 2.5 cases. Text columns are as
/// long as the demo's, so rows are as large as real ones. Deterministic: a fixed random seed.
/// A file is generated under a temporary name and renamed when complete, so an interrupted run never leaves a
/// half-filled database to be reused; its name carries the schema's latest migration, so a new migration regenerates it.
/// </remarks>
internal static class StatisticsBenchmarkData
{
    /// <summary>Bump when the generated records change, so stale files are not reused.</summary>
    private const int GeneratorVersion = 2;

    private const string Narrative = "执法人员出示执法证件，对施工现场进行质量监督检查，查阅工程质量控制资料，抽查实体质量，发现的问题已拍照取证并告知现场负责人。";
    private const string Officers = """[{"UserId":"5a7547ac-a4d3-41c5-a425-3957ebab19fb","Name":"\u4E70\u5408\u6728\u63D0\u00B7\u70ED\u5408\u66FC","CertificateNumber":"65400220245002","CertificateValidFrom":"2024-03-01","CertificateValidTo":"2029-02-28"},{"UserId":"0d71742f-a5bb-480b-a2eb-d64b702922fb","Name":"\u90D1\u6653\u71D5","CertificateNumber":"65400220245003","CertificateValidFrom":"2024-03-01","CertificateValidTo":"2029-02-28"}]""";
    private const string Requirements = "1. 针对检查发现的质量问题，立即组织整改，整改完成后报送《整改回执》及佐证材料。\n2. 整改期间加强现场质量管理，不得擅自进行下道工序施工。";
    private const string ReplyText = "已按整改通知书要求完成全部问题的整改，附整改前后对比照片及相关检测报告。";
    private const string ReviewRemarks = "经现场复查，各项问题均已整改到位。";
    private const string ReviewItems = """[{"FindingNumber":1,"Rectified":true,"Remarks":"\u5DF2\u6574\u6539\u5230\u4F4D"}]""";
    private const string InterviewPlace = "伊宁市住建局（伊犁河路9号）三楼会议室";
    private const string InterviewText = "执法人员通报了检查发现的问题及法律依据，听取了责任单位负责人的陈述，要求其限期整改。";
    private const string TransferFacts = "该单位在施工过程中存在严重质量问题，经约谈仍未整改，涉嫌违法，需予以行政处罚。";
    private const string TransferEvidence = "1. 现场检查笔录；2. 现场照片；3. 整改通知书及送达回证；4. 约谈笔录。";

    private static readonly Guid Chief = Guid.Parse("5a7547ac-a4d3-41c5-a425-3957ebab19fb");

    public static string Folder => Path.Combine(Path.GetTempPath(), "ep-bench");

    /// <summary>The path of a database holding <paramref name="years"/>, generated now unless a complete one exists.</summary>
    public static string Ensure(string name, params GeneratedYear[] years)
    {
        Directory.CreateDirectory(Folder);
        var migration = LatestMigration();
        var path = Path.Combine(Folder, $"{name}-g{GeneratorVersion}-{migration}.db");
        if (File.Exists(path))
        {
            return path;
        }

        var partial = path + ".partial";
        File.Delete(partial);
        var watch = Stopwatch.StartNew();
        Console.WriteLine($"// Generating {path} ({string.Join(", ", years.Select(y => $"{y.Department} {y.Year}: {y.Cases:N0} cases"))}) …");
        Migrate(partial);
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={partial};Pooling=False"))
        {
            connection.Open();

            // No journal while generating (a failure discards the file anyway), then back to the WAL mode in which
            // EF Core creates the portal's database.
            Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY;");
            var random = new Random(20251231);
            foreach (var year in years)
            {
                Write(connection, year, random);
            }

            Execute(connection, "PRAGMA journal_mode=WAL;");
        }

        foreach (var year in years.Where(y => y.Publish))
        {
            Publish(partial, year);
        }

        SqliteConnection.ClearAllPools();
        File.Move(partial, path);
        Console.WriteLine($"// Generated in {watch.Elapsed:mm\\:ss}, {new FileInfo(path).Length / 1024 / 1024:N0} MB");
        return path;
    }

    public static SqliteAppDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={path}").Options);

    private static string LatestMigration()
    {
        using var db = Open(":memory:");
        return db.Database.GetMigrations().Last().Split('_')[0];
    }

    private static void Migrate(string path)
    {
        using var db = Open(path);
        db.Database.Migrate();
    }

    private static void Publish(string path, GeneratedYear year)
    {
        using var db = Open(path);
        var at = new DateTime(year.Year + 1, 1, 20, 10, 0, 0);
        new StatisticsPublishing(db, new AnnualStatisticsQueries(db))
            .PublishAsync(year.Department, year.Year, null, new Actor(Chief, "何文博"), at, CancellationToken.None)
            .GetAwaiter().GetResult();
    }

    private static void Write(SqliteConnection connection, GeneratedYear spec, Random random)
    {
        var (department, year, count) = (spec.Department, spec.Year, spec.Cases);
        var policy = DepartmentPolicy.For(department);
        var parties = Math.Max(20, count / 25);
        var sites = Math.Max(10, (int)(count / 2.5));
        var partyIds = new string[parties];
        using (var transaction = connection.BeginTransaction())
        {
            using var party = Insert(connection, transaction, "Parties", "Id", "Name", "CreditCode", "Kind", "LegalRepresentative", "ContactPerson", "ContactPhone", "Address");
            for (var p = 0; p < parties; p++)
            {
                partyIds[p] = NewId(random);
                Run(party, partyIds[p], $"伊犁{year}{(int)department}第{p + 1}建筑工程有限公司", $"91654{(int)department}{year % 100:00}{p:D10}", 2, "孟凡东", "孟凡东", "13909998765", "伊宁市经济合作区福州路18号");
            }

            transaction.Commit();
        }

        var first = new DateOnly(year, 1, 2);
        var span = new DateOnly(year, 12, 28).DayNumber - first.DayNumber;
        int[] campaignDays = [40, 95, 150, 210, 260, 300];
        const int batch = 50_000;
        for (var start = 0; start < count; start += batch)
        {
            using var transaction = connection.BeginTransaction();
            using var cases = Insert(connection, transaction, "Cases", "Id", "Number", "Department", "Year", "Sequence", "Trigger", "PartyId", "SiteName", "SiteAddress", "State", "Determination", "OpenedOn", "DeterminedOn", "CreatedAt", "CreatedById", "Round", "PendingInterviewReason", "RectificationDeadline", "TransferDeterminedOn", "ConcludedOn", "ArchivedOn", "OpenDeadlineKind", "OpenDeadline", "Version", "TimelineLength", "TimelineHead", "SeriousFindingNeedsLegalReview");
            using var inspections = Insert(connection, transaction, "CaseInspections", "Id", "Kind", "StartedAt", "Location", "Narrative", "Latitude", "Longitude", "Officers", "CaseId", "Department", "Trigger", "PartyId", "SiteName", "StartedYear");
            using var findings = Insert(connection, transaction, "CaseFindings", "Id", "Number", "InspectionId", "Description", "Severity", "Location", "IsRectified", "RectifiedOn", "CaseId", "Department", "InspectedAt");
            using var notices = Insert(connection, transaction, "CaseNotices", "Id", "Round", "DocumentNumber", "IssuedOn", "Requirements", "FindingNumbers", "DeadlineDays", "Deadline", "ServiceMethod", "ServedOn", "Recipient", "ServedBy", "CaseId", "Department", "LoopClosedOn");
            using var replies = Insert(connection, transaction, "CaseReplies", "Id", "NoticeId", "ReceivedOn", "Kind", "Content", "IsFailureToReply", "CaseId");
            using var reviews = Insert(connection, transaction, "CaseReviews", "Id", "NoticeId", "InspectionId", "ReviewedOn", "Outcome", "Remarks", "Items", "CaseId");
            using var interviews = Insert(connection, transaction, "CaseInterviews", "Id", "Round", "Reason", "NoticeIssuedOn", "HeldAt", "Place", "PartyAttendees", "Officers", "Content", "Outcome", "NewDeadline", "CaseId", "Department");
            using var transfers = Insert(connection, transaction, "CaseTransfers", "Id", "RequestedAt", "RequestedById", "RequestedByName", "Facts", "EvidenceList", "PenaltyMatterIds", "ReceivingBureau", "Status", "ReturnReason", "DecidedById", "DecidedByName", "DecidedAt", "TransferredOn", "FilingDecision", "FilingDecidedOn", "FilingReference", "DisposalReportedOn", "DisposalSummary", "CaseId", "Department");
            for (var k = start; k < Math.Min(count, start + batch); k++)
            {
                var id = NewId(random);
                var campaign = k % 200 == 0;
                var opened = campaign ? first.AddDays(campaignDays[k / 200 % campaignDays.Length]) : first.AddDays((int)((long)k * span / count));
                var roll = random.NextDouble();
                var transfer = roll < 0.0094;
                var notice = roll < 0.134;
                var site = random.Next(sites);
                var siteName = $"伊宁市第{site + 1}号建设工程项目";
                var inspectionId = NewId(random);
                var startedAt = opened.ToDateTime(new TimeOnly(9 + (k % 8), 30));
                var state = transfer ? CaseState.Archived : notice ? CaseState.Archived : CaseState.Ended;
                var determination = transfer ? Determination.Serious : notice ? Determination.General : Determination.NoViolation;
                var deadline = opened.AddDays(15);
                var reviewed = opened.AddDays(16);
                var transferredOn = opened.AddDays(5);
                var concluded = transfer ? opened.AddDays(40) : notice ? reviewed : opened;
                var partyId = partyIds[random.Next(parties)];
                var trigger = (int)(campaign ? Trigger.SpecialCampaign : Trigger.RoutinePatrol);
                Run(
                    cases, id, $"{policy.ShortName} {year} 年第 {k + 1:0000} 号", (int)department, year, k + 1, trigger,
                    partyId, siteName, $"伊宁市第{site % 300 + 1}号路{site % 97 + 1}号", (int)state, (int)determination, Day(opened), Day(opened),
                    Time(startedAt.AddHours(1)), Chief.ToString("D").ToUpperInvariant(), 1, null, notice ? Day(deadline) : null, transfer ? Day(opened) : null, Day(concluded), Day(concluded.AddDays(4)), null, null, 3, 0, string.Empty, 0);
                Run(inspections, inspectionId, (int)InspectionKind.Initial, Time(startedAt), siteName, Narrative, 43.9 + (site % 100 / 1000.0), 81.3 + (site % 77 / 1000.0), Officers, id, (int)department, trigger, partyId, siteName, startedAt.Year);
                if (!notice)
                {
                    continue;
                }

                var findingCount = 1 + random.Next(4);
                for (var f = 1; f <= findingCount; f++)
                {
                    Run(findings, NewId(random), f, inspectionId, "混凝土结构构件外观质量存在蜂窝、麻面等缺陷，未按规定进行处理", (int)(transfer && f == 1 ? FindingSeverity.Serious : FindingSeverity.General), $"{f}号楼", transfer ? 0 : 1, transfer ? null : Day(reviewed), id, (int)department, Time(startedAt));
                }

                var noticeId = NewId(random);
                Run(notices, noticeId, 1, $"伊建质整〔{year}〕{k + 1}号", Day(opened), Requirements, "[" + string.Join(',', Enumerable.Range(1, findingCount)) + "]", 15, Day(deadline), (int)ServiceMethod.InPerson, Day(opened), "孟凡东", Officers, id, (int)department, Day(transfer ? transferredOn : reviewed));
                if (transfer)
                {
                    Run(interviews, NewId(random), 1, (int)InterviewReason.SeriousFinding, Day(opened), Time(opened.AddDays(1).ToDateTime(new TimeOnly(15, 0))), InterviewPlace, "孟凡东（法定代表人）", Officers, InterviewText, (int)InterviewOutcome.Refused, null, id, (int)department);
                    var disposed = random.NextDouble() < 0.8;
                    Run(
                        transfers, NewId(random), Time(opened.AddDays(3).ToDateTime(new TimeOnly(9, 0))), Chief.ToString("D").ToUpperInvariant(), "买合木提·热合曼", TransferFacts, TransferEvidence, "[1]", "伊宁市城市管理局",
                        (int)TransferStatus.Approved, null, Chief.ToString("D").ToUpperInvariant(), "何文博", Time(transferredOn.ToDateTime(new TimeOnly(17, 0))), Day(transferredOn), (int)FilingDecision.Filed, Day(transferredOn.AddDays(4)),
                        $"伊城管立字〔{year}〕{k + 1}号", disposed ? Day(opened.AddDays(40)) : null, disposed ? "伊宁市城市管理局对该单位依法作出行政处罚，责令改正。" : null, id, (int)department);
                    continue;
                }

                var reviewInspection = NewId(random);
                Run(replies, NewId(random), noticeId, Day(opened.AddDays(12)), 2, ReplyText, 0, id);
                Run(inspections, reviewInspection, (int)InspectionKind.Review, Time(reviewed.ToDateTime(new TimeOnly(10, 0))), siteName, Narrative, null, null, Officers, id, (int)department, trigger, partyId, siteName, reviewed.Year);
                Run(reviews, NewId(random), noticeId, reviewInspection, Day(reviewed), (int)ReviewOutcome.Rectified, ReviewRemarks, ReviewItems, id);
            }

            transaction.Commit();
        }
    }

    private static string NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString("D").ToUpperInvariant();
    }

    /// <summary>EF Core's SQLite format for DateOnly.</summary>
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>EF Core's SQLite format for DateTime (whole seconds).</summary>
    private static string Time(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Table and column names are constants of this class; the values are parameters.
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
#pragma warning restore CA2100
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
