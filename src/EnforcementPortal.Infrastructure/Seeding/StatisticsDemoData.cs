using System.Diagnostics;
using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Statistics;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// The figures 《伊宁市住建局 执法流程与办事指南》 publishes, as the demo generator reproduces them (docs/statistics.md explains each choice).
/// <see cref="FirstInspections"/> is given for 建管科 only: its "200余次" can only be first inspections (see the docs).
/// </summary>
public sealed record StatisticsDemoTarget(
    DepartmentCode Department,
    int Year,
    int SupervisedObjects,
    int? Inspections,
    int? FirstInspections,
    int SpecialCampaigns,
    int? Findings,
    int Notices,
    int Interviews,
    int Transferred,
    int Disposed);

/// <summary>
/// Case records for the years 《伊宁市住建局 执法流程与办事指南》 publishes (房产科, 建管科, 质监站 2025; 安监站 2024), and 建管科 2024 for the
/// year-over-year comparison, generated through the case
/// aggregate itself (<see cref="EnforcementCase.Open"/>, <c>IssueNotice</c>, <c>RecordReview</c> …) with past dates and
/// the working-day calendar, so that the statistics computed from them equal the published figures; then the
/// departments' supplementary indicators and one publication per department-year (房产科 2025 twice: the second is a
/// correction). Deterministic: a fixed random seed and fixed dates, whatever day the database is created.
/// </summary>
public sealed class StatisticsDemoData
{
    /// <summary>The published figures the generator reproduces (what the tests read back through the public pages).</summary>
    public static readonly IReadOnlyList<StatisticsDemoTarget> Targets =
    [
        new(DepartmentCode.Housing, 2025, SupervisedObjects: 155, Inspections: 278, FirstInspections: null, SpecialCampaigns: 3, Findings: null, Notices: 26, Interviews: 10, Transferred: 10, Disposed: 8),
        new(DepartmentCode.ConstructionManagement, 2025, SupervisedObjects: 150, Inspections: null, FirstInspections: 206, SpecialCampaigns: 4, Findings: null, Notices: 203, Interviews: 29, Transferred: 16, Disposed: 11),
        new(DepartmentCode.Safety, 2024, SupervisedObjects: 160, Inspections: null, FirstInspections: 300, SpecialCampaigns: 8, Findings: 2121, Notices: 243, Interviews: 8, Transferred: 8, Disposed: 8),
        new(DepartmentCode.Quality, 2025, SupervisedObjects: 419, Inspections: 1200, FirstInspections: null, SpecialCampaigns: 6, Findings: null, Notices: 141, Interviews: 9, Transferred: 9, Disposed: 9),

        // Not in 《伊宁市住建局 执法流程与办事指南》: the year before 建管科 2025, so that the year-over-year page has two years to compare.
        new(DepartmentCode.ConstructionManagement, 2024, SupervisedObjects: 140, Inspections: null, FirstInspections: 178, SpecialCampaigns: 3, Findings: null, Notices: 172, Interviews: 12, Transferred: 12, Disposed: 12),
    ];

    /// <summary>The cut-off (and publication day) of each published department-year.</summary>
    public static readonly IReadOnlyList<(DepartmentCode Department, int Year, DateTime PublishedAt, string? CorrectionNote)> Publications =
    [
        (DepartmentCode.Safety, 2024, new DateTime(2025, 1, 20, 10, 0, 0), null),
        (DepartmentCode.ConstructionManagement, 2024, new DateTime(2025, 1, 21, 10, 0, 0), null),
        (DepartmentCode.Housing, 2025, new DateTime(2026, 1, 12, 10, 0, 0), null),
        (DepartmentCode.ConstructionManagement, 2025, new DateTime(2026, 1, 20, 10, 0, 0), null),
        (DepartmentCode.CivilAirDefense, 2025, new DateTime(2026, 1, 20, 11, 0, 0), null),
        (DepartmentCode.Quality, 2025, new DateTime(2026, 1, 20, 15, 0, 0), null),
        (DepartmentCode.Housing, 2025, new DateTime(2026, 1, 26, 10, 0, 0), CorrectionNote),
    ];

    /// <summary>The correction of 房产科 2025: a disposal reported after the first publication.</summary>
    public const string CorrectionNote = "伊宁市城市管理局于2026年1月15日反馈了1件2025年12月移交案件的处置结果，“跟踪处置完成”由7件更正为8件。";

    private const int SaveEvery = 300;
    private const string InterviewPlace = "伊宁市住建局（伊犁河路9号）三楼会议室";

    private readonly AppDbContext _db;
    private readonly SequenceAllocator _numbers;
    private readonly WorkingDayCalendar _calendar;
    private readonly IReadOnlyList<AppUser> _staff;
    private readonly Random _random = new(20250101);
    private readonly HashSet<string> _creditCodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _partyNames = new(StringComparer.Ordinal);
    private int _creditIndex = 1000;
    private List<PenaltyMatter> _penaltyMatters = [];

    private readonly Func<CancellationToken, Task>? _beforePublishing;

    public StatisticsDemoData(AppDbContext db, SequenceAllocator numbers, WorkingDayCalendar calendar, IReadOnlyList<AppUser> staff, Func<CancellationToken, Task>? beforePublishing = null)
    {
        _beforePublishing = beforePublishing;
        _db = db;
        _numbers = numbers;
        _calendar = calendar;
        _staff = staff;
    }

    private enum Path
    {
        /// <summary>No finding: ended (or archived for 建管科/人防).</summary>
        NoViolation,

        /// <summary>Notice → reply → review passed → archive.</summary>
        Rectified,

        /// <summary>Notice → reply → review failed → interview (cooperative) → reply → review passed → archive.</summary>
        FailedThenRectified,

        /// <summary>Serious finding: notice with the interview (refused) → transfer.</summary>
        SeriousTransfer,

        /// <summary>Notice → reply → review failed → interview (refused) → transfer.</summary>
        FailedReviewTransfer,
    }

    private enum StepKind
    {
        Notice,
        Reply,
        LateReply,
        ReviewPassed,
        ReviewFailed,
        InterviewCooperative,
        InterviewRefused,
        RequestTransfer,
        Approve,
        Filing,
        Disposal,
        Archive,
    }

    /// <summary>How long the whole generation took (for the start-up log).</summary>
    public TimeSpan Elapsed { get; private set; }

    public int CasesWritten { get; private set; }

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        if (await _db.Set<StatisticsPublication>().AnyAsync(cancellationToken))
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        _penaltyMatters = await _db.Set<PenaltyMatter>().AsNoTracking().ToListAsync(cancellationToken);
        if (_penaltyMatters.Count == 0)
        {
            throw new InvalidOperationException("The penalty-matter catalogue must be seeded before the statistics demo data.");
        }

        foreach (var code in await _db.Parties.Select(p => p.CreditCode).ToListAsync(cancellationToken))
        {
            _creditCodes.Add(code);
        }

        foreach (var name in await _db.Parties.Select(p => p.Name).ToListAsync(cancellationToken))
        {
            _partyNames.Add(name);
        }

        var housingParties = HousingParties(155);
        var (owners, contractors) = (ConstructionParties(60, owner: true), ConstructionParties(80, owner: false));
        _db.Parties.AddRange(housingParties);
        _db.Parties.AddRange(owners);
        _db.Parties.AddRange(contractors);
        await _db.SaveChangesAsync(cancellationToken);
        var projects = Projects(450, owners, contractors);

        var plans = new List<CasePlan>();
        plans.AddRange(PlanYear(Targets[0], [.. housingParties.Select(p => new Target(p, HousingSite(p), p.Address!))], rectified: 16, failedThenRectified: 0, seriousTransfers: 6, failedReviewTransfers: 4, awaitingDisposal: 2, yearEndEdges: true));
        plans.AddRange(PlanYear(Targets[1], [.. projects.Take(150).Select(p => new Target(p.Owner, p.Name, p.Address))], rectified: 174, failedThenRectified: 13, seriousTransfers: 16, failedReviewTransfers: 0, awaitingDisposal: 5, yearEndEdges: false));
        plans.AddRange(PlanYear(Targets[2], [.. projects.Skip(200).Take(160).Select(p => new Target(p.Contractor, p.Name, p.Address))], rectified: 235, failedThenRectified: 0, seriousTransfers: 8, failedReviewTransfers: 0, awaitingDisposal: 0, yearEndEdges: false));
        plans.AddRange(PlanYear(Targets[3], [.. projects.Take(419).Select(p => new Target(p.Contractor, p.Name, p.Address))], rectified: 132, failedThenRectified: 0, seriousTransfers: 5, failedReviewTransfers: 4, awaitingDisposal: 0, yearEndEdges: false));

        await WriteCasesAsync(plans, cancellationToken);

        // 建管科 2024 is planned and written after the seed years, so that adding it changed none of their records (the
        // random sequence they draw from is the same). Its projects are among 建管科 2025's, and it uses no path whose
        // steps could fall into 2025 and change that year's published counts (no failed review, no late interview).
        var previousYear = Targets.Single(t => t.Department == DepartmentCode.ConstructionManagement && t.Year == 2024);
        await WriteCasesAsync(PlanYear(previousYear, [.. projects.Take(140).Select(p => new Target(p.Owner, p.Name, p.Address))], rectified: 160, failedThenRectified: 0, seriousTransfers: 12, failedReviewTransfers: 0, awaitingDisposal: 0, yearEndEdges: false), cancellationToken);

        _db.AddRange(SupplementaryIndicators());
        _db.Add(new SiteSetting(SiteSetting.IllustrativeYearsKey, SiteSetting.IllustrativeYear(previousYear.Department, previousYear.Year)));
        await FlushAsync(cancellationToken);

        if (_beforePublishing is not null)
        {
            // Records of the published years written by other features (建管科's 督办函), so that they are published too.
            await _beforePublishing(cancellationToken);
        }

        var publishing = new StatisticsPublishing(_db, new AnnualStatisticsQueries(_db));
        foreach (var (department, year, at, note) in Publications)
        {
            await publishing.PublishAsync(department, year, note, Chief(department), at, cancellationToken);
        }

        _db.ChangeTracker.Clear();
        Elapsed = watch.Elapsed;
    }

    private static string HousingSite(ResponsibleParty party) => party.Kind switch
    {
        PartyKind.Developer => party.Name.Replace("房地产开发有限公司", string.Empty, StringComparison.Ordinal) + "·售楼中心",
        PartyKind.Appraiser => party.Name + "经营场所",
        _ => party.Name.Replace("有限公司", string.Empty, StringComparison.Ordinal) + "门店",
    };

    private IEnumerable<SupplementaryIndicator> SupplementaryIndicators()
    {
        var rows = new (DepartmentCode Department, int Year, IndicatorGroup Group, string Name, decimal Value, string Unit, string? Remark)[]
        {
            (DepartmentCode.ConstructionManagement, 2025, IndicatorGroup.Supervision, "办理施工许可证", 198m, "项", null),
            (DepartmentCode.CivilAirDefense, 2025, IndicatorGroup.Other, "审批人防易地建设项目", 56m, "个", null),
            (DepartmentCode.CivilAirDefense, 2025, IndicatorGroup.Other, "人防费审批额", 4328.37m, "万元", "其中今年审批821.81万元，州人防审批往年未缴费项目3506.46万元。"),
            (DepartmentCode.CivilAirDefense, 2025, IndicatorGroup.Other, "已缴纳人防费", 4189.58m, "万元", null),
            (DepartmentCode.CivilAirDefense, 2025, IndicatorGroup.Other, "审批人防建设项目", 16m, "个", null),
            (DepartmentCode.CivilAirDefense, 2025, IndicatorGroup.Other, "人防建设项目总面积", 80128.22m, "平方米", null),
            (DepartmentCode.Quality, 2025, IndicatorGroup.Supervision, "竣工备案项目", 108m, "个", null),
            (DepartmentCode.ConstructionManagement, 2024, IndicatorGroup.Supervision, "办理施工许可证", 176m, "项", null),
        };
        return [.. rows.Select((r, i) => SupplementaryIndicator.Enter(r.Department, r.Year, r.Group, r.Name, r.Value, r.Unit, r.Remark, i + 1, Chief(r.Department), new DateTime(r.Year + 1, 1, 8, 9, 0, 0).AddMinutes(i)))];
    }

    private async Task WriteCasesAsync(IEnumerable<CasePlan> plans, CancellationToken cancellationToken)
    {
        var autoDetect = _db.ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            // Thousands of tracked cases: detect changes once per batch, not at every number allocated.
            _db.ChangeTracker.AutoDetectChangesEnabled = false;
            var pending = 0;
            foreach (var plan in plans.OrderBy(p => p.OpenedAt).ThenBy(p => p.Department))
            {
                _db.Cases.Add(await BuildAsync(plan, cancellationToken));
                CasesWritten++;
                if (++pending == SaveEvery)
                {
                    await FlushAsync(cancellationToken);
                    pending = 0;
                }
            }

            await FlushAsync(cancellationToken);
        }
        finally
        {
            _db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        _db.ChangeTracker.DetectChanges();
        await _db.SaveChangesAsync(cancellationToken);
        _db.ChangeTracker.Clear();
    }

    /// <summary>
    /// The cases of one department-year: the notice paths first (their dates decide how many review visits fall in the
    /// year), then as many no-violation inspections as the inspection target leaves, spread over the objects so that
    /// each object is visited at least once.
    /// </summary>
    private List<CasePlan> PlanYear(StatisticsDemoTarget target, IReadOnlyList<Target> objects, int rectified, int failedThenRectified, int seriousTransfers, int failedReviewTransfers, int awaitingDisposal, bool yearEndEdges)
    {
        if (objects.Count != target.SupervisedObjects)
        {
            throw new InvalidOperationException($"{target.Department} {target.Year}: {objects.Count} objects for a target of {target.SupervisedObjects}.");
        }

        var department = target.Department;
        var year = target.Year;
        var earliest = year == 2024 ? new DateOnly(2024, 3, 4) : new DateOnly(year, 1, 6);
        var plans = new List<CasePlan>();
        var transferPaths = Enumerable.Repeat(Path.SeriousTransfer, seriousTransfers).Concat(Enumerable.Repeat(Path.FailedReviewTransfer, failedReviewTransfers)).ToList();
        for (var i = 0; i < transferPaths.Count; i++)
        {
            var edge = yearEndEdges && i == 0;
            var opened = edge ? new DateOnly(year, 12, 1) : RandomWorkingDay(earliest, new DateOnly(year, 10, 31));
            var outcome = i >= transferPaths.Count - awaitingDisposal ? TransferEnd.AwaitingDisposal : TransferEnd.Disposed;
            plans.Add(Plan(department, transferPaths[i], opened, outcome, edge ? new DateOnly(year + 1, 1, 15) : null));
        }

        for (var i = 0; i < failedThenRectified; i++)
        {
            plans.Add(Plan(department, Path.FailedThenRectified, RandomWorkingDay(earliest, new DateOnly(year, 11, 10)), TransferEnd.None, null));
        }

        for (var i = 0; i < rectified; i++)
        {
            var edge = yearEndEdges && i == 0;
            plans.Add(Plan(department, Path.Rectified, edge ? new DateOnly(year, 12, 18) : RandomWorkingDay(earliest, new DateOnly(year, 11, 25)), TransferEnd.None, null));
        }

        // Findings: a fixed total when the department publishes it, otherwise one to four items per notice case.
        var findingCounts = target.Findings is { } total
            ? Distribute(total, plans.Count, 3, 15)
            : [.. plans.Select(_ => _random.Next(1, 5))];
        for (var i = 0; i < plans.Count; i++)
        {
            plans[i] = plans[i] with { Findings = findingCounts[i] };
        }

        var visitsInYear = plans.Sum(p => p.VisitsIn(year));
        var first = target.FirstInspections ?? (target.Inspections!.Value - (visitsInYear - plans.Count));
        var noViolation = first - plans.Count;
        if (noViolation < 0 || first < objects.Count)
        {
            throw new InvalidOperationException($"{department} {year}: the targets leave {noViolation} no-violation inspections.");
        }

        for (var i = 0; i < noViolation; i++)
        {
            plans.Add(Plan(department, Path.NoViolation, RandomWorkingDay(earliest, new DateOnly(year, 12, 26)), TransferEnd.None, null));
        }

        // Every object at least once, then the rest at random; edge cases keep their dates.
        var order = plans.OrderBy(_ => _random.Next()).ToList();
        for (var i = 0; i < order.Count; i++)
        {
            order[i] = order[i] with { Target = i < objects.Count ? objects[i] : objects[_random.Next(objects.Count)] };
        }

        // 专项检查: a few campaign days, each with several cases started on that day.
        var campaignDays = Enumerable.Range(0, target.SpecialCampaigns)
            .Select(i => NextWorkingDayOnOrAfter(new DateOnly(year, 4, 8).AddDays(i * (170 / Math.Max(1, target.SpecialCampaigns)))))
            .ToList();
        var movable = order.Select((p, i) => (p, i)).Where(x => !x.p.FixedDate).Select(x => x.i).OrderBy(_ => _random.Next()).ToList();
        var perDay = department == DepartmentCode.Safety ? 6 : 4;
        var next = 0;
        foreach (var day in campaignDays)
        {
            for (var k = 0; k < perDay; k++)
            {
                var index = movable[next++];
                order[index] = order[index] with { Trigger = Trigger.SpecialCampaign, OpenedOn = day };
            }
        }

        // The year's last month has inspections too: the living demo's twelve months reach back into it, and a department
        // that seems to stop working in December misleads. When the random dates left December empty (建管科 2025 has
        // only three no-violation inspections), the latest no-violation inspections off the campaign days move into
        // December — the same inspections in the same year, drawing no random number, so every figure stays as published.
        if (!order.Any(p => p.OpenedOn.Year == year && p.OpenedOn.Month == 12))
        {
            DateOnly[] december = [NextWorkingDayOnOrAfter(new DateOnly(year, 12, 8)), NextWorkingDayOnOrAfter(new DateOnly(year, 12, 17))];
            var moved = order.Select((p, i) => (p, i))
                .Where(x => x.p.Path == Path.NoViolation && x.p.Trigger != Trigger.SpecialCampaign)
                .OrderByDescending(x => x.p.OpenedOn).ThenBy(x => x.i)
                .Take(december.Length)
                .ToList();
            for (var k = 0; k < moved.Count; k++)
            {
                order[moved[k].i] = order[moved[k].i] with { OpenedOn = december[k] };
            }
        }

        return order;
    }

    private CasePlan Plan(DepartmentCode department, Path path, DateOnly opened, TransferEnd end, DateOnly? disposalOn)
    {
        var trigger = _random.Next(100) switch
        {
            < 62 => Trigger.RoutinePatrol,
            < 84 => Trigger.Complaint,
            < 94 => Trigger.AssignedBySuperior,
            _ => Trigger.DataMonitoring,
        };
        var deadlineDays = department switch
        {
            DepartmentCode.Safety => 7,
            DepartmentCode.ConstructionManagement => 10,
            _ => 15,
        };
        return new CasePlan(department, path, trigger, opened, end, disposalOn, deadlineDays, LateReply: path == Path.Rectified && _random.Next(100) < 6, FixedDate: disposalOn is not null || (opened.Month == 12 && path != Path.NoViolation), Target: null!, Findings: 0, Calendar: _calendar);
    }

    private async Task<EnforcementCase> BuildAsync(CasePlan plan, CancellationToken cancellationToken)
    {
        var department = plan.Department;
        var policy = DepartmentPolicy.For(department);
        var openedAt = plan.OpenedAt;
        var officers = Officers(department, plan.OpenedOn);
        var actor = new Actor(officers[0].UserId, officers[0].Name);
        var findings = FindingsFor(plan);
        var number = await _numbers.NextCaseNumberAsync(department, openedAt.Year, cancellationToken);
        var site = plan.Target.SiteName;
        var narrative = findings.Count == 0
            ? $"执法人员出示执法证件，对{site}进行{CaseNames.Of(plan.Trigger)}现场检查，查阅相关资料，{policy.NoFindingLabel}。"
            : $"执法人员出示执法证件，对{site}进行{CaseNames.Of(plan.Trigger)}现场检查，发现{findings.Count}项{policy.FindingNoun}，已拍照取证。";
        var opening = new CaseOpening(department, plan.Trigger, plan.Target.Party.Id, site, plan.Target.Address, openedAt, narrative, officers, findings, null);
        var enforcementCase = EnforcementCase.Open(Guid.NewGuid(), number, opening, actor, openedAt.AddHours(1), _calendar);

        foreach (var (kind, at) in plan.Steps())
        {
            await StepAsync(enforcementCase, plan, kind, at, cancellationToken);
        }

        return enforcementCase;
    }

    private async Task StepAsync(EnforcementCase c, CasePlan plan, StepKind kind, DateTime at, CancellationToken cancellationToken)
    {
        var department = plan.Department;
        var day = DateOnly.FromDateTime(at);
        var officers = Officers(department, day);
        var actor = new Actor(officers[0].UserId, officers[0].Name);
        var party = plan.Target.Party;
        switch (kind)
        {
            case StepKind.Notice:
                await IssueNoticeAsync(c, plan, at, officers, actor, cancellationToken);
                break;
            case StepKind.Reply:
            case StepKind.LateReply:
                c.RecordReply(new ReplyDraft(day, department is DepartmentCode.Safety or DepartmentCode.Quality ? ReplyKind.Receipt : ReplyKind.Statement, "已按整改通知书要求完成整改，附整改前后照片及相关资料。"), actor, at, _calendar);
                break;
            case StepKind.ReviewPassed:
            case StepKind.ReviewFailed:
                var passed = kind == StepKind.ReviewPassed;
                var open = c.OpenFindingNumbers(c.CurrentNotice!);
                var items = open.Select((n, i) => new ReviewItemResult(n, passed || i > 0, passed || i > 0 ? "已整改到位" : "现场复查仍未整改到位")).ToList();
                c.RecordReview(new ReviewDraft(at, passed ? ReviewOutcome.Rectified : ReviewOutcome.NotRectified, passed ? "经现场复查，各项问题均已整改到位。" : $"经现场复查，第{open[0]}项仍未整改到位。", items, officers), actor, at, _calendar);
                break;
            case StepKind.InterviewCooperative:
            case StepKind.InterviewRefused:
                if (c.State == CaseState.AwaitingInterview && c.CanDo(CaseAction.IssueNotice, day))
                {
                    await IssueNoticeAsync(c, plan, at.AddMinutes(-30), officers, actor, cancellationToken);
                }

                var cooperative = kind == StepKind.InterviewCooperative;
                c.RecordInterview(
                    new InterviewDraft(at, InterviewPlace, $"{party.LegalRepresentative}（法定代表人）", officers, "执法人员通报了检查发现的问题及法律依据，听取了责任单位负责人的陈述，要求其限期整改。", cooperative ? InterviewOutcome.Cooperative : InterviewOutcome.Refused, cooperative ? 10 : null, NoticeIssuedBefore(c, at)),
                    actor,
                    at,
                    _calendar);
                break;
            case StepKind.RequestTransfer:
                c.RequestTransfer(
                    new TransferDraft(
                        $"{party.Name}在{c.SiteName}存在{string.Join("；", c.Findings.Where(f => !f.IsRectified).Select(f => f.Description))}等问题，经约谈仍未整改，涉嫌违法，需予以行政处罚。",
                        "1. 现场检查笔录；2. 现场照片；3. 整改通知书及送达回证；4. 约谈笔录。",
                        [FittingMatter(c, day)],
                        null),
                    actor,
                    at);
                break;
            case StepKind.Approve:
                LegalReviewDemoData.AgreeToTransfer(c, LegalReviewDemoData.ReviewerOf(_staff), at.AddHours(-2), _calendar);
                c.ApproveTransfer(Chief(department), at, _calendar);
                break;
            case StepKind.Filing:
                c.RecordFiling(FilingDecision.Filed, day, $"伊城管立字〔{day.Year}〕{_random.Next(10, 400)}号", actor, at, _calendar);
                break;
            case StepKind.Disposal:
                c.RecordDisposal(day, day, StatisticsDemoNames.Disposals[_random.Next(StatisticsDemoNames.Disposals.Length)], actor, at, _calendar);
                break;
            case StepKind.Archive:
                c.Archive(actor, at, _calendar);
                break;
        }
    }

    private async Task IssueNoticeAsync(EnforcementCase c, CasePlan plan, DateTime at, List<OfficerOnDuty> officers, Actor actor, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(at);
        var number = await _numbers.NextNoticeNumberAsync(plan.Department, at.Year, cancellationToken);
        var items = c.Findings.Where(f => !f.IsRectified).Select(f => f.Number).ToList();
        var requirements = string.Join("\n", c.Findings.Where(f => items.Contains(f.Number)).Select(f => $"{f.Number}. 针对“{f.Description}”，限期整改到位并提交整改材料。"));
        var party = plan.Target.Party;
        c.IssueNotice(new NoticeDraft(number, day, requirements, items, plan.DeadlineDays, ServiceMethod.InPerson, day, party.ContactPerson ?? party.LegalRepresentative, officers), actor, at, _calendar);
    }

    private List<FindingDraft> FindingsFor(CasePlan plan)
    {
        if (plan.Path == Path.NoViolation)
        {
            return [];
        }

        var general = StatisticsDemoNames.GeneralFindings(plan.Department);
        var result = new List<FindingDraft>();
        var serious = plan.Path == Path.SeriousTransfer;
        if (serious)
        {
            var list = StatisticsDemoNames.SeriousFindings(plan.Department);
            result.Add(new FindingDraft(list[_random.Next(list.Count)], FindingSeverity.Serious, "现场"));
        }

        var start = _random.Next(general.Count);
        while (result.Count < plan.Findings)
        {
            var (description, location) = general[(start + result.Count) % general.Count];
            var repeat = (start + result.Count) / general.Count;
            result.Add(new FindingDraft(repeat == 0 ? description : $"{description}（第{repeat + 1}处）", FindingSeverity.General, location));
        }

        return result;
    }

    private List<OfficerOnDuty> Officers(DepartmentCode department, DateOnly day)
    {
        var officers = _staff
            .Where(u => u.Department == department && u.Certificate is not null && u.Certificate.IsValidOn(day) && !IsChief(u))
            .OrderBy(u => u.UserName, StringComparer.Ordinal)
            .Take(2)
            .Select(u => u.ToOfficerOnDuty())
            .ToList();
        return officers.Count == 2 ? officers : throw new InvalidOperationException($"No two certified officers of {department} on {day}.");
    }

    private Actor Chief(DepartmentCode department)
    {
        var chief = _staff.First(u => u.Department == department && IsChief(u));
        return new Actor(chief.Id, chief.FullName);
    }

    /// <summary>The department's matter that fits the case's findings (the transfer cites what was found).</summary>
    private int FittingMatter(EnforcementCase c, DateOnly day) =>
        (PenaltyMatterChoice.BestFor(_penaltyMatters, c.Department, c.Findings.Where(f => !f.IsRectified).Select(f => f.Description), day)
            ?? throw new InvalidOperationException($"No penalty matter of {c.Department} in the catalogue.")).Id;

    /// <summary>The 约谈通知书 of a demo interview went out two days before it (never before the inspection).</summary>
    private static DateOnly NoticeIssuedBefore(EnforcementCase c, DateTime interviewAt)
    {
        var day = DateOnly.FromDateTime(interviewAt).AddDays(-2);
        return day < c.OpenedOn ? c.OpenedOn : day;
    }

    private static bool IsChief(AppUser user) => user.UserName?.EndsWith("chief", StringComparison.Ordinal) == true;

    private DateOnly RandomWorkingDay(DateOnly from, DateOnly to) =>
        NextWorkingDayOnOrAfter(from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1)));

    private DateOnly NextWorkingDayOnOrAfter(DateOnly day) => _calendar.OnOrNextWorkingDay(day).Date;

    /// <summary><paramref name="total"/> split into <paramref name="count"/> parts between the bounds, at random but exactly.</summary>
    private int[] Distribute(int total, int count, int min, int max)
    {
        var parts = Enumerable.Range(0, count).Select(_ => min).ToArray();
        var left = total - (min * count);
        if (left < 0 || total > max * count)
        {
            throw new InvalidOperationException($"Cannot split {total} into {count} parts of {min}..{max}.");
        }

        while (left > 0)
        {
            var i = _random.Next(count);
            if (parts[i] < max)
            {
                parts[i]++;
                left--;
            }
        }

        return parts;
    }

    private UnifiedSocialCreditCode NextCreditCode()
    {
        while (true)
        {
            var code = DemoPeople.CreditCodeFor(_creditIndex++);
            if (_creditCodes.Add(code.Value))
            {
                return code;
            }
        }
    }

    private string Person() => StatisticsDemoNames.People[_random.Next(StatisticsDemoNames.People.Length)];

    private string Phone() => _random.Next(2) == 0 ? $"0999-8{_random.Next(100000, 999999)}" : $"139{_random.Next(10000000, 99999999)}";

    private string Address() => $"伊宁市{StatisticsDemoNames.Streets[_random.Next(StatisticsDemoNames.Streets.Length)]}{_random.Next(1, 300)}号";

    private List<ResponsibleParty> HousingParties(int count)
    {
        var result = new List<ResponsibleParty>();
        var combos =
            from brand in StatisticsDemoNames.Brands
            from prefix in StatisticsDemoNames.Prefixes
            from kind in StatisticsDemoNames.HousingKinds
            select (Name: prefix + brand + kind.Suffix, kind.Kind);
        foreach (var (name, kind) in combos.OrderBy(_ => _random.Next()))
        {
            if (result.Count == count)
            {
                break;
            }

            if (_partyNames.Add(name))
            {
                var person = Person();
                result.Add(new ResponsibleParty(Guid.NewGuid(), name, NextCreditCode(), kind, person, Person(), Phone(), Address()));
            }
        }

        return result;
    }

    private List<ResponsibleParty> ConstructionParties(int count, bool owner)
    {
        var suffixes = owner ? new[] { "置业有限公司", "城市建设投资有限公司", "实业有限公司" } : ["建设工程有限公司", "建筑安装工程有限公司", "建工集团有限公司"];
        var result = new List<ResponsibleParty>();
        var combos =
            from brand in StatisticsDemoNames.Brands
            from prefix in StatisticsDemoNames.Prefixes
            from suffix in suffixes
            select prefix + brand + suffix;
        foreach (var name in combos.OrderBy(_ => _random.Next()))
        {
            if (result.Count == count)
            {
                break;
            }

            if (_partyNames.Add(name))
            {
                result.Add(new ResponsibleParty(Guid.NewGuid(), name, NextCreditCode(), owner ? PartyKind.ConstructionOwner : PartyKind.Contractor, Person(), Person(), Phone(), Address()));
            }
        }

        return result;
    }

    private List<Project> Projects(int count, List<ResponsibleParty> owners, List<ResponsibleParty> contractors)
    {
        var names =
            from area in StatisticsDemoNames.Areas
            from kind in StatisticsDemoNames.ProjectKinds
            select $"伊宁市{area}{kind}项目";
        return [.. names.OrderBy(_ => _random.Next()).Take(count)
            .Select(name => new Project(name, Address(), owners[_random.Next(owners.Count)], contractors[_random.Next(contractors.Count)]))];
    }

    private enum TransferEnd
    {
        None,
        Disposed,
        AwaitingDisposal,
    }

    private sealed record Target(ResponsibleParty Party, string SiteName, string Address);

    private sealed record Project(string Name, string Address, ResponsibleParty Owner, ResponsibleParty Contractor);

    /// <summary>One generated case: its path through the procedure and the dates of its steps.</summary>
    private sealed record CasePlan(
        DepartmentCode Department,
        Path Path,
        Trigger Trigger,
        DateOnly OpenedOn,
        TransferEnd End,
        DateOnly? DisposalOn,
        int DeadlineDays,
        bool LateReply,
        bool FixedDate,
        Target Target,
        int Findings,
        WorkingDayCalendar Calendar)
    {
        public DateTime OpenedAt => OpenedOn.ToDateTime(new TimeOnly(9, 30));

        /// <summary>The visits (first inspection and reviews) of the case that fall in <paramref name="year"/>.</summary>
        public int VisitsIn(int year) =>
            (OpenedOn.Year == year ? 1 : 0) + Steps().Count(s => s.Kind is StepKind.ReviewPassed or StepKind.ReviewFailed && s.At.Year == year);

        public IEnumerable<(StepKind Kind, DateTime At)> Steps()
        {
            var day = OpenedOn;
            DateOnly After(int workingDays) => day = Calendar.AddWorkingDays(day, workingDays).Date;
            static DateTime At(DateOnly d, int hour, int minute = 0) => d.ToDateTime(new TimeOnly(hour, minute));

            switch (Path)
            {
                case Path.NoViolation:
                    yield break;
                case Path.Rectified when FixedDate:
                    // The year-end case: noticed in December, reviewed and archived in January.
                    yield return (StepKind.Notice, At(After(1), 15));
                    yield return (StepKind.Reply, At(new DateOnly(OpenedOn.Year, 12, 30), 11));
                    day = Calendar.OnOrNextWorkingDay(new DateOnly(OpenedOn.Year + 1, 1, 6)).Date;
                    yield return (StepKind.ReviewPassed, At(day, 10));
                    yield return (StepKind.Archive, At(After(2), 17, 30));
                    yield break;
                case Path.Rectified:
                case Path.FailedThenRectified:
                case Path.FailedReviewTransfer:
                    yield return (StepKind.Notice, At(After(1), 15));
                    var replyDay = LateReply ? day.AddDays(DeadlineDays + 4) : day.AddDays(Math.Max(2, DeadlineDays - 3));
                    day = Calendar.OnOrNextWorkingDay(replyDay).Date;
                    yield return (LateReply ? StepKind.LateReply : StepKind.Reply, At(day, 11));
                    if (Path == Path.Rectified)
                    {
                        yield return (StepKind.ReviewPassed, At(After(2), 10));
                        yield return (StepKind.Archive, At(After(3), 17, 30));
                        yield break;
                    }

                    yield return (StepKind.ReviewFailed, At(After(2), 10));
                    if (Path == Path.FailedThenRectified)
                    {
                        yield return (StepKind.InterviewCooperative, At(After(3), 15, 30));
                        yield return (StepKind.Reply, At(After(5), 11));
                        yield return (StepKind.ReviewPassed, At(After(2), 10));
                        yield return (StepKind.Archive, At(After(3), 17, 30));
                        yield break;
                    }

                    yield return (StepKind.InterviewRefused, At(After(3), 15, 30));
                    break;
                case Path.SeriousTransfer:
                    yield return (StepKind.Notice, At(After(1), 15));
                    yield return (Department == DepartmentCode.ConstructionManagement && OpenedOn.Day % 2 == 0 ? StepKind.InterviewCooperative : StepKind.InterviewRefused, At(After(1), 15, 30));
                    break;
            }

            yield return (StepKind.RequestTransfer, At(After(1), 9));
            yield return (StepKind.Approve, At(After(1), 17));
            yield return (StepKind.Filing, At(After(4), 10));
            if (End == TransferEnd.AwaitingDisposal)
            {
                yield break;
            }

            day = DisposalOn ?? Calendar.AddWorkingDays(day, 15 + (OpenedOn.DayNumber % 20)).Date;
            yield return (StepKind.Disposal, At(day, 10));
            yield return (StepKind.Archive, At(After(3), 17, 30));
        }
    }
}
