using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Numbering;
using EnforcementPortal.Infrastructure.Persistence;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// The demo cases: for each department, cases left at the interesting points of its procedure
/// (rectifying, awaiting review, awaiting interview, awaiting the chief's approval, transferred, overdue, archived).
/// </summary>
internal sealed partial class DemoCaseStories(
    AppDbContext db,
    SequenceAllocator numbers,
    WorkingDayCalendar calendar,
    DateTime now,
    IReadOnlyList<AppUser> staff,
    IReadOnlyList<ResponsibleParty> parties)
{
    private AppDbContext Db => db;

    private SequenceAllocator Numbers => numbers;

    private IReadOnlyList<AppUser> Staff => staff;

    private WorkingDayCalendar Calendar => calendar;

    public async Task WriteAllAsync(CancellationToken cancellationToken)
    {
        // 房产科
        await Story(DepartmentCode.Housing, Trigger.RoutinePatrol, 1, "天山路经纪门店", "伊宁市新华东路56号", 6,
                [("未在经营场所醒目位置公示房地产经纪服务内容、收费标准", FindingSeverity.General, "门店大厅")])
            .Notice(5, 15).SaveAsync(cancellationToken);
        await Story(DepartmentCode.Housing, Trigger.Complaint, 4, "金源·锦绣华府售楼中心", "伊宁市上海路66号", 30,
                [("未在售楼现场公示商品房预售许可证", FindingSeverity.General, "售楼大厅"), ("销售人员未佩戴工作牌", FindingSeverity.General, null)])
            .Notice(29, 15).Reply(12, "已在售楼大厅显著位置公示预售许可证及一房一价表，销售人员统一佩戴工作牌。").SaveAsync(cancellationToken);
        await Story(DepartmentCode.Housing, Trigger.SpecialCampaign, 0, "恒基·伊犁河畔花园二期售楼中心", "伊宁市解放西路188号", 80,
                [("商品房买卖合同未使用示范文本", FindingSeverity.General, "签约区")])
            .Notice(79, 15).Reply(68, "已全面改用自治区商品房买卖合同示范文本，并对已签合同补充说明。")
            .Review(62, passed: true).Archive(50).SaveAsync(cancellationToken);
        await Story(DepartmentCode.Housing, Trigger.Complaint, 2, "安家置业门店", "伊宁市斯大林街一巷12号", 12,
                [("代理销售未取得商品房预售许可证的项目并收取购房意向金", FindingSeverity.Serious, "门店")])
            .Notice(12, 7).Interview(10, cooperative: false).RequestTransfer(8).SaveAsync(cancellationToken);
        await Story(DepartmentCode.Housing, Trigger.RoutinePatrol, 3, "诚信评估公司经营场所", "伊宁市飞机场路9号", 20, [])
            .SaveAsync(cancellationToken);
        await Story(DepartmentCode.Housing, Trigger.RoutinePatrol, 1, "天山房产经纪北京路门店", "伊宁市北京路88号", 28,
                [("房源信息未标明房源核验编码", FindingSeverity.General, "门店橱窗")])
            .Notice(27, 10).SaveAsync(cancellationToken);

        // 建管科
        await Story(DepartmentCode.ConstructionManagement, Trigger.RoutinePatrol, 6, "伊宁市城北片区棚户区改造配套道路工程", "伊宁市天津路北延段", 18,
                [("未取得施工许可证擅自开工建设", FindingSeverity.Serious, "施工现场")])
            .Notice(18, 10).Interview(17, cooperative: true).RequestTransfer(16).Approve(15).SaveAsync(cancellationToken);
        await Story(DepartmentCode.ConstructionManagement, Trigger.SpecialCampaign, 7, "伊宁市第八中学教学楼项目", "伊宁市斯大林街3巷21号", 9, [])
            .SaveAsync(cancellationToken);
        await Story(DepartmentCode.ConstructionManagement, Trigger.RoutinePatrol, 5, "经济合作区标准化厂房三期", "伊宁市经济合作区福州路18号", 4,
                [("项目负责人未按规定到岗履职", FindingSeverity.General, "项目部"), ("施工合同未按规定备案", FindingSeverity.General, null)])
            .Notice(3, 10).SaveAsync(cancellationToken);
        await Story(DepartmentCode.ConstructionManagement, Trigger.AssignedBySuperior, 10, "英也尔乡农民安置房项目", "伊宁市英也尔乡", 70,
                [("将工程违法分包给不具备资质的个人", FindingSeverity.Serious, "施工现场")])
            .Notice(70, 10).Interview(69, cooperative: true).RequestTransfer(68).Approve(66).Filing(62).Disposal(30, "伊宁市城市管理局对该单位违法分包行为罚款人民币12万元，责令改正。").SaveAsync(cancellationToken);

        // 人防
        await Story(DepartmentCode.CivilAirDefense, Trigger.SpecialCampaign, 4, "金源·锦绣华府地下人防工程", "伊宁市上海路66号", 40,
                [("防护密闭门未按设计要求安装", FindingSeverity.General, "地下一层人防区"), ("人防工程内堆放易燃杂物", FindingSeverity.General, "B区")])
            .Notice(39, 15).Reply(22, "已按设计图纸重新安装防护密闭门，清理杂物。").Review(15, passed: false).SaveAsync(cancellationToken);
        await Story(DepartmentCode.CivilAirDefense, Trigger.RoutinePatrol, 0, "恒基·伊犁河畔花园人防工程", "伊宁市解放西路188号", 15, [])
            .SaveAsync(cancellationToken);
        await Story(DepartmentCode.CivilAirDefense, Trigger.Complaint, 6, "城北片区安置小区人防工程", "伊宁市天津路北延段", 7,
                [("擅自改变人防工程主体结构用作商业仓储", FindingSeverity.Serious, "地下二层")])
            .Notice(7, 10).Interview(6, cooperative: false).SaveAsync(cancellationToken);

        // 安监站
        await Story(DepartmentCode.Safety, Trigger.RoutinePatrol, 5, "伊犁河谷花园12#楼", "伊宁市解放西路188号", 45,
                [("塔吊标准节连接螺栓松动", FindingSeverity.General, "1号塔吊"), ("外脚手架连墙件缺失", FindingSeverity.General, "北立面"), ("临边防护栏杆高度不足", FindingSeverity.General, "8层")])
            .Notice(44, 7).Reply(36, "已紧固塔吊螺栓，补设连墙件，临边防护已加高至1.2米。").Review(30, passed: false)
            .Interview(27, cooperative: true).SaveAsync(cancellationToken);
        await Story(DepartmentCode.Safety, Trigger.SpecialCampaign, 7, "伊宁市城北片区棚户区改造配套道路工程", "伊宁市天津路北延段", 3,
                [("深基坑未按专项施工方案支护", FindingSeverity.Serious, "K1+200基坑")])
            .Notice(3, 5).Interview(2, cooperative: true).SaveAsync(cancellationToken);
        await Story(DepartmentCode.Safety, Trigger.RoutinePatrol, 10, "英也尔乡农民安置房项目", "伊宁市英也尔乡", 60,
                [("施工用电未做到一机一闸一漏", FindingSeverity.General, "配电箱")])
            .Notice(59, 5).Reply(55, "已更换配电箱，实行一机一闸一漏一箱。").Review(52, passed: true).Archive(40).SaveAsync(cancellationToken);

        // 质监站
        await Story(DepartmentCode.Quality, Trigger.Complaint, 7, "伊宁市城建大厦", "伊宁市天津路2号", 50,
                [("剪力墙混凝土强度回弹检测不合格", FindingSeverity.General, "5层剪力墙")])
            .Notice(49, 15).Reply(33, "已委托检测机构钻芯取样，正在制定加固方案。").Review(30, passed: false)
            .Interview(28, cooperative: false).RequestTransfer(26).Approve(25).Filing(21).SaveAsync(cancellationToken);
        await Story(DepartmentCode.Quality, Trigger.RoutinePatrol, 11, "伊宁市第八中学教学楼项目", "伊宁市斯大林街3巷21号", 5,
                [("钢筋保护层厚度不足", FindingSeverity.General, "3层梁板")])
            .Notice(4, 10).SaveAsync(cancellationToken);
        await Story(DepartmentCode.Quality, Trigger.RoutinePatrol, 8, "经济合作区标准化厂房三期", "伊宁市经济合作区福州路18号", 11, [])
            .SaveAsync(cancellationToken);
    }

    private CaseScript Story(DepartmentCode department, Trigger trigger, int partyIndex, string site, string address, int daysAgo, IReadOnlyList<(string Description, FindingSeverity Severity, string? Location)> findings) =>
        new(this, department, trigger, parties[partyIndex], site, address, daysAgo, findings);

    /// <summary>The 约谈通知书 of a demo interview went out two days before it (never before the inspection).</summary>
    private static DateOnly NoticeDayBefore(EnforcementCase c, DateTime interviewAt)
    {
        var day = DateOnly.FromDateTime(interviewAt).AddDays(-2);
        return day < c.OpenedOn ? c.OpenedOn : day;
    }

    private DateTime DaysAgo(int days, int hour) => now.Date.AddDays(-days).AddHours(hour) is var at && at <= now ? at : now.AddMinutes(-1);

    private List<OfficerOnDuty> OfficersOf(DepartmentCode department) =>
        [.. staff.Where(u => u.Department == department && u.Certificate is not null && u.Certificate.IsValidOn(DateOnly.FromDateTime(now)) && !u.UserName!.EndsWith("chief", StringComparison.Ordinal))
            .OrderBy(u => u.UserName, StringComparer.Ordinal).Take(2).Select(u => u.ToOfficerOnDuty())];

    private Actor ChiefOf(DepartmentCode department)
    {
        var chief = staff.Single(u => u.Department == department && u.UserName!.EndsWith("chief", StringComparison.Ordinal));
        return new Actor(chief.Id, chief.FullName);
    }

    private sealed class CaseScript(DemoCaseStories stories, DepartmentCode department, Trigger trigger, ResponsibleParty party, string site, string address, int daysAgo, IReadOnlyList<(string Description, FindingSeverity Severity, string? Location)> findings)
    {
        private readonly List<Func<EnforcementCase, Task>> _steps = [];

        private List<OfficerOnDuty> Officers => stories.OfficersOf(department);

        private Actor Officer => new(Officers[0].UserId, Officers[0].Name);

        public CaseScript Notice(int days, int deadlineDays)
        {
            _steps.Add(async c =>
            {
                var at = stories.DaysAgo(days, 16);
                var number = await stories.Numbers.NextNoticeNumberAsync(department, at.Year, CancellationToken.None);
                var items = c.Findings.Where(f => !f.IsRectified).Select(f => f.Number).ToList();
                var requirements = string.Join("\n", c.Findings.Where(f => items.Contains(f.Number)).Select(f => $"{f.Number}. 针对“{f.Description}”，立即整改并提交整改材料。"));
                c.IssueNotice(new NoticeDraft(number, DateOnly.FromDateTime(at), requirements, items, deadlineDays, ServiceMethod.InPerson, DateOnly.FromDateTime(at), party.ContactPerson ?? party.LegalRepresentative, Officers), Officer, at, stories.Calendar);
            });
            return this;
        }

        public CaseScript Reply(int days, string content)
        {
            _steps.Add(c =>
            {
                var at = stories.DaysAgo(days, 11);
                c.RecordReply(new ReplyDraft(DateOnly.FromDateTime(at), department is DepartmentCode.Safety or DepartmentCode.Quality ? ReplyKind.Receipt : ReplyKind.Statement, content), Officer, at, stories.Calendar);
                return Task.CompletedTask;
            });
            return this;
        }

        public CaseScript Review(int days, bool passed)
        {
            _steps.Add(c =>
            {
                var at = stories.DaysAgo(days, 10);
                var open = c.OpenFindingNumbers(c.CurrentNotice!);
                var items = open.Select((n, i) => new ReviewItemResult(n, passed || i > 0, passed || i > 0 ? "已整改到位" : "现场复查仍未整改到位")).ToList();
                var outcome = passed ? ReviewOutcome.Rectified : ReviewOutcome.NotRectified;
                c.RecordReview(new ReviewDraft(at, outcome, passed ? "经现场复查，各项问题均已整改到位。" : "经现场复查，第" + open[0] + "项仍未整改到位。", items, Officers), Officer, at, stories.Calendar);
                return Task.CompletedTask;
            });
            return this;
        }

        public CaseScript Interview(int days, bool cooperative)
        {
            _steps.Add(async c =>
            {
                var at = stories.DaysAgo(days, 15);
                if (c.CanDo(CaseAction.IssueNotice, DateOnly.FromDateTime(at)) && c.State == CaseState.AwaitingInterview)
                {
                    var number = await stories.Numbers.NextNoticeNumberAsync(department, at.Year, CancellationToken.None);
                    var items = c.Findings.Where(f => !f.IsRectified).Select(f => f.Number).ToList();
                    c.IssueNotice(new NoticeDraft(number, DateOnly.FromDateTime(at), "约谈后限期完成全部未整改事项，并提交整改回执及佐证材料。", items, 7, ServiceMethod.InPerson, DateOnly.FromDateTime(at), party.LegalRepresentative, Officers), Officer, at, stories.Calendar);
                }

                c.RecordInterview(
                    new InterviewDraft(at, "伊宁市住建局（伊犁河路9号）三楼会议室", $"{party.LegalRepresentative}（法定代表人）", Officers,
                        "执法人员通报了检查发现的问题及法律依据，听取了责任单位负责人的陈述，要求其限期整改。",
                        cooperative ? InterviewOutcome.Cooperative : InterviewOutcome.Refused,
                        cooperative ? 10 : null,
                        NoticeDayBefore(c, at)),
                    Officer, at, stories.Calendar);
            });
            return this;
        }

        public CaseScript RequestTransfer(int days)
        {
            _steps.Add(c =>
            {
                var at = stories.DaysAgo(days, 9);
                var catalogue = stories.Db.Set<Domain.PenaltyMatters.PenaltyMatter>().ToList();
                var fitting = Domain.PenaltyMatters.PenaltyMatterChoice.BestFor(catalogue, c.Department, c.Findings.Select(f => f.Description), DateOnly.FromDateTime(at))
                    ?? throw new InvalidOperationException($"No penalty matter of {c.Department} in the catalogue.");
                List<int> matters = [fitting.Id];
                c.RequestTransfer(new TransferDraft(
                    $"{party.Name}在{site}存在{string.Join("；", c.Findings.Select(f => f.Description))}等问题，经约谈仍未整改，涉嫌违法，需予以行政处罚。",
                    "1. 现场检查笔录；2. 现场照片；3. 整改通知书及送达回证；4. 约谈笔录。",
                    matters,
                    null), Officer, at);
                return Task.CompletedTask;
            });
            return this;
        }

        public CaseScript Approve(int days)
        {
            _steps.Add(c =>
            {
                LegalReviewDemoData.AgreeToTransfer(c, LegalReviewDemoData.ReviewerOf(stories.Staff), stories.DaysAgo(days, 14), stories.Calendar);
                c.ApproveTransfer(stories.ChiefOf(department), stories.DaysAgo(days, 17), stories.Calendar);
                return Task.CompletedTask;
            });
            return this;
        }

        public CaseScript Filing(int days)
        {
            _steps.Add(c =>
            {
                var at = stories.DaysAgo(days, 10);
                c.RecordFiling(FilingDecision.Filed, DateOnly.FromDateTime(at), $"伊城管立字〔{at.Year}〕{100 + days}号", Officer, at, stories.Calendar);
                return Task.CompletedTask;
            });
            return this;
        }

        public CaseScript Disposal(int days, string summary)
        {
            _steps.Add(c =>
            {
                var at = stories.DaysAgo(days, 10);
                c.RecordDisposal(DateOnly.FromDateTime(at), DateOnly.FromDateTime(at), summary, Officer, at, stories.Calendar);
                return Task.CompletedTask;
            });
            return this;
        }

        public CaseScript Archive(int days)
        {
            _steps.Add(c =>
            {
                c.Archive(Officer, stories.DaysAgo(days, 18), stories.Calendar);
                return Task.CompletedTask;
            });
            return this;
        }

        public async Task SaveAsync(CancellationToken cancellationToken, bool saveNow = true)
        {
            var inspectedAt = stories.DaysAgo(daysAgo, 10);
            var number = await stories.Numbers.NextCaseNumberAsync(department, inspectedAt.Year, cancellationToken);
            var opening = new CaseOpening(
                department,
                trigger,
                party.Id,
                site,
                address,
                inspectedAt,
                findings.Count == 0
                    ? $"执法人员出示执法证件，对{site}进行现场检查，查阅相关资料，{DepartmentPolicy.For(department).NoFindingLabel}。"
                    : $"执法人员出示执法证件，对{site}进行现场检查，发现{findings.Count}项{DepartmentPolicy.For(department).FindingNoun}，已拍照取证。",
                Officers,
                [.. findings.Select(f => new FindingDraft(f.Description, f.Severity, f.Location))],
                new GeoPoint(43.9168 + (daysAgo % 7) * 0.003, 81.3244 + (daysAgo % 5) * 0.004));
            var enforcementCase = EnforcementCase.Open(Guid.NewGuid(), number, opening, Officer, inspectedAt.AddHours(1), stories.Calendar);
            foreach (var step in _steps)
            {
                await step(enforcementCase);
            }

            stories.Db.Cases.Add(enforcementCase);
            if (saveNow)
            {
                await stories.Db.SaveChangesAsync(cancellationToken);
            }
        }
    }
}
