using System.Globalization;
using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.Benchmarks.Generator;

/// <summary>A photo in the portal's file store that generated evidence records point at.</summary>
internal sealed record StoredPhoto(string StorageKey, string Sha256, long Length);

/// <summary>The people of one department who act on its generated cases.</summary>
internal sealed record DepartmentStaff(IReadOnlyList<OfficerOnDuty> Officers, Actor Officer, Actor Chief);

/// <summary>Running numbers (case numbers, 文号, complaint numbers) per scope, written to NumberSequences at the end.</summary>
internal sealed class GeneratedNumbers
{
    public Dictionary<string, int> Last { get; } = new(StringComparer.Ordinal);

    public int Next(string scope)
    {
        Last.TryGetValue(scope, out var last);
        Last[scope] = ++last;
        return last;
    }
}

/// <summary>
/// Walks one generated case through the case aggregate's own step methods, as far as its dates allow, exactly as the
/// living demo bureau does (<c>DemoCaseStories.Living</c>): its state is one the department's machine reached, its
/// timeline and hash chain are the domain's, its deadlines follow the working-day calendar. On top of the demo's walk,
/// each case gets the photos of its inspection (and of a reply) as evidence records, and each notice an issued
/// 整改通知书 record with its verification code, noted on the timeline as the document service notes it.
/// </summary>
internal sealed class CaseWalker(
    WorkingDayCalendar calendar,
    DateTime now,
    IReadOnlyDictionary<DepartmentCode, DepartmentStaff> staff,
    Actor legalReviewer,
    IReadOnlyList<PenaltyMatter> catalogue,
    GeneratedNumbers numbers,
    Random random,
    IReadOnlyList<StoredPhoto> photos)
{
    private static readonly Dictionary<DepartmentCode, (string Site, (string Text, string? Location)[] General, string Serious)> Material = new()
    {
        [DepartmentCode.Housing] = ("房产经纪门店", [("未在经营场所公示房地产经纪服务收费标准", "门店大厅"), ("房源信息未标明核验编码", "门店橱窗"), ("未在售楼现场公示商品房预售许可证", "售楼大厅")], "未取得商品房预售许可证即收取购房定金"),
        [DepartmentCode.ConstructionManagement] = ("在建项目", [("项目负责人未按规定到岗履职", "项目部"), ("施工合同未按规定备案", null), ("农民工工资专用账户未按规定设立", null)], "未取得施工许可证擅自施工"),
        [DepartmentCode.CivilAirDefense] = ("地下人防工程", [("防护密闭门未按设计要求安装", "地下一层"), ("人防工程内堆放杂物", "B区")], "擅自改变人防工程主体结构"),
        [DepartmentCode.Safety] = ("施工现场", [("外脚手架连墙件缺失", "北立面"), ("临边防护栏杆高度不足", "8层"), ("施工用电未做到一机一闸一漏", "配电箱")], "深基坑未按专项施工方案支护"),
        [DepartmentCode.Quality] = ("在建工程", [("钢筋保护层厚度不足", "3层梁板"), ("砌体灰缝砂浆饱满度不足", "2层"), ("混凝土试块留置数量不足", null)], "主体结构混凝土强度检测不合格"),
    };

    private readonly Dictionary<DepartmentCode, int> _penaltyMatter = [];

    public DateTime Now => now;

    private Random Rng => random;

    private WorkingDayCalendar Days => calendar;

    private Actor LegalReviewer => legalReviewer;

    private GeneratedNumbers Numbers => numbers;

    /// <summary>
    /// Opens a case inspected on <paramref name="inspectedAt"/> and takes every step whose day has come; a case of the
    /// queue floor (<paramref name="goal"/>) takes the path to its goal and stops there (<see cref="QueueFloor"/>).
    /// </summary>
    public (EnforcementCase Case, List<IssuedDocument> Documents) Walk(DepartmentCode department, Trigger trigger, ResponsibleParty party, string site, DateTime inspectedAt, CaseGoal goal = CaseGoal.None)
    {
        var people = staff[department];
        var (kind, general, serious) = Material[department];
        var roll = goal switch
        {
            CaseGoal.None => random.NextDouble(),
            CaseGoal.Overdue or CaseGoal.ClosingAwaitingLegalReview => 0.5,
            _ => 0.9,
        };
        var finding = general[random.Next(general.Length)];

        // 整改后结案 waits for the legal review when a finding cites a penalty matter (the officer chose one at inspection).
        int? cited = goal == CaseGoal.ClosingAwaitingLegalReview ? PenaltyMatterFor(department, finding.Text, DateOnly.FromDateTime(inspectedAt)) : null;
        IReadOnlyList<FindingDraft> findings = roll switch
        {
            < 0.3 => [],
            < 0.85 => [new FindingDraft(finding.Text, FindingSeverity.General, finding.Location, cited)],
            _ => [new FindingDraft(serious, FindingSeverity.Serious, "施工现场")],
        };
        if (findings.Count == 1 && findings[0].Severity == FindingSeverity.General && random.NextDouble() < 0.3)
        {
            var second = general[(Array.IndexOf(general, finding) + 1) % general.Length];
            findings = [findings[0], new FindingDraft(second.Text, FindingSeverity.General, second.Location)];
        }

        var policy = DepartmentPolicy.For(department);
        var siteName = $"{party.Name}{site}{kind}";
        var number = new CaseNumber(department, inspectedAt.Year, numbers.Next(EnforcementPortal.Infrastructure.Numbering.SequenceAllocator.CaseScope(department, inspectedAt.Year)));
        var opening = new CaseOpening(
            department,
            trigger,
            party.Id,
            siteName,
            party.Address ?? "伊宁市",
            inspectedAt,
            findings.Count == 0
                ? $"执法人员出示执法证件，对{siteName}进行现场检查，查阅相关资料，{policy.NoFindingLabel}。"
                : $"执法人员出示执法证件，对{siteName}进行现场检查，发现{findings.Count}项{policy.FindingNoun}，已拍照取证。",
            people.Officers,
            findings,
            new GeoPoint(43.9 + random.Next(400) / 10000.0, 81.3 + random.Next(400) / 10000.0));
        var createdAt = inspectedAt.AddHours(1);
        var photos = Enumerable.Range(1, 1 + random.Next(3))
            .Select(i => Photo(EvidenceStep.Inspection, findings.Count == 0 ? null : 1 + (i - 1) % findings.Count, people.Officer, createdAt, $"现场照片{i}"))
            .ToList();
        var c = EnforcementCase.Open(Guid.NewGuid(), number, opening, people.Officer, createdAt, calendar, photos);
        var documents = new List<IssuedDocument>();
        if (findings.Count > 0)
        {
            var daysAgo = (DateOnly.FromDateTime(now).DayNumber - DateOnly.FromDateTime(inspectedAt).DayNumber);
            new Script(this, c, people, party, site, documents, goal).Walk(daysAgo, findings[0].Severity == FindingSeverity.Serious, policy);
        }

        return (c, documents);
    }

    private EvidenceFile Photo(EvidenceStep step, int? finding, Actor by, DateTime at, string caption)
    {
        var photo = photos[random.Next(photos.Count)];
        return new EvidenceFile(Guid.NewGuid(), step, null, finding, $"IMG_{at:yyyyMMdd}_{random.Next(100000):00000}.jpg", "image/jpeg", photo.Length, photo.Sha256, photo.StorageKey, at, by, caption);
    }

    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);

    /// <summary>A verification code in the document service's form, unique like the service's (its column is unique).</summary>
    private string VerificationCode()
    {
        Span<char> chars = stackalloc char[8];
        while (true)
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = VerificationCodes.Alphabet[random.Next(VerificationCodes.Alphabet.Length)];
            }

            var code = string.Concat(chars[..4], "-", chars[4..]);
            if (_codes.Add(code))
            {
                return code;
            }
        }
    }

    private readonly Dictionary<(DepartmentCode, string), int> _citedMatter = [];

    /// <summary>The penalty matter an officer would cite for a finding at inspection: the catalogue's best fit.</summary>
    private int PenaltyMatterFor(DepartmentCode department, string finding, DateOnly day)
    {
        if (!_citedMatter.TryGetValue((department, finding), out var id))
        {
            var fitting = PenaltyMatterChoice.BestFor(catalogue, department, [finding], day)
                ?? (catalogue.Count > 0 ? catalogue[0] : throw new InvalidOperationException("The penalty matter catalogue is empty."));
            _citedMatter[(department, finding)] = id = fitting.Id;
        }

        return id;
    }

    private int PenaltyMatterFor(EnforcementCase c, DateOnly day)
    {
        if (!_penaltyMatter.TryGetValue(c.Department, out var id))
        {
            var fitting = PenaltyMatterChoice.BestFor(catalogue, c.Department, c.Findings.Select(f => f.Description), day)
                ?? (catalogue.Count > 0 ? catalogue[0] : throw new InvalidOperationException("The penalty matter catalogue is empty."));
            _penaltyMatter[c.Department] = id = fitting.Id;
        }

        return id;
    }

    /// <summary>The steps of one case; a step is taken only when its day (counted from the inspection) has passed.</summary>
    private sealed class Script(CaseWalker walker, EnforcementCase c, DepartmentStaff people, ResponsibleParty party, string site, List<IssuedDocument> documents, CaseGoal goal)
    {
        private Random Random => walker.Rng;

        private WorkingDayCalendar Calendar => walker.Days;

        private DateTime At(int daysAgo, int hour) => walker.Now.Date.AddDays(-daysAgo).AddHours(hour) is var at && at <= walker.Now ? at : walker.Now.AddMinutes(-1);

        public void Walk(int daysAgo, bool serious, DepartmentPolicy policy)
        {
            var t = new StepDays(daysAgo);
            if (serious)
            {
                Notice(daysAgo, 10);
                if (!t.Reached(2))
                {
                    return;
                }

                var cooperative = !policy.SeriousFindingGoesStraightToTransfer && Random.NextDouble() < 0.6 && goal == CaseGoal.None;
                Interview(t.Ago, cooperative);
                if (cooperative)
                {
                    RectifyAndReview(t, 10, daysAgo);
                }
                else
                {
                    Transfer(t);
                }

                return;
            }

            // A few notices of the last days are still being drafted (待下发整改通知书).
            if (daysAgo < 10 && Random.NextDouble() < 0.3 && goal == CaseGoal.None)
            {
                return;
            }

            var deadline = Random.Next(3) switch { 0 => 7, 1 => 10, _ => 15 };
            Notice(daysAgo, deadline);
            RectifyAndReview(t, deadline, daysAgo);
        }

        private void RectifyAndReview(StepDays t, int deadline, int daysAgo)
        {
            // Some parties answer late or not at all: their cases stay overdue until the officer acts. Among older cases
            // the officer has acted on most of them, so the overdue cases are few and mostly recent.
            var silent = daysAgo < 60 ? 0.12 : 0.01;
            var isSilent = goal switch
            {
                CaseGoal.Overdue => true,
                CaseGoal.ClosingAwaitingLegalReview => false,
                _ => Random.NextDouble() < silent,
            };
            if (isSilent || !t.Reached(2 + Random.Next(Math.Max(1, deadline - 2))))
            {
                return;
            }

            Reply(t.Ago, "已按整改通知书要求完成整改，附整改前后照片。");
            if (!t.Reached(1 + Random.Next(6)))
            {
                return;
            }

            var passed = Random.NextDouble() < 0.8 || goal == CaseGoal.ClosingAwaitingLegalReview;
            Review(t.Ago, passed);
            if (passed && c.ClosingAwaitsLegalReview)
            {
                // 已办结: archived only after a legal reviewer's opinion that no penalty is due (the floor leaves it waiting).
                return;
            }

            if (passed)
            {
                // A recent case may still wait to be archived; an older one has been.
                if ((daysAgo > 90 || Random.NextDouble() < 0.85) && t.Reached(3 + Random.Next(25)))
                {
                    Archive(t.Ago);
                }

                return;
            }

            if (!t.Reached(2 + Random.Next(4)))
            {
                return;
            }

            var cooperative = Random.NextDouble() < 0.6;
            Interview(t.Ago, cooperative);
            if (!cooperative)
            {
                Transfer(t);
                return;
            }

            if (t.Reached(3 + Random.Next(6)))
            {
                Reply(t.Ago, "约谈后已全面整改。");
                if (t.Reached(1 + Random.Next(4)))
                {
                    Review(t.Ago, passed: true);
                    if (t.Reached(5 + Random.Next(20)))
                    {
                        Archive(t.Ago);
                    }
                }
            }
        }

        private void Transfer(StepDays t)
        {
            // Some transfers are not yet prepared (the 10 working days run), some wait for the legal review or the chief.
            if (!t.Reached(1 + Random.Next(8)))
            {
                return;
            }

            var requestedAt = At(t.Ago, 9);
            c.RequestTransfer(new TransferDraft(
                $"{party.Name}在{site}存在{string.Join("；", c.Findings.Select(f => f.Description))}等问题，经约谈仍未整改，涉嫌违法，需予以行政处罚。",
                "1. 现场检查笔录；2. 现场照片；3. 整改通知书及送达回证；4. 约谈笔录。",
                [walker.PenaltyMatterFor(c, DateOnly.FromDateTime(requestedAt))],
                null), people.Officer, requestedAt);
            if (goal == CaseGoal.TransferAwaitingLegalReview || !t.Reached(1 + Random.Next(3)))
            {
                return;
            }

            var reviewedAt = At(t.Ago, 14);
            c.RecordLegalReview(new LegalReviewDraft(LegalReviewOpinion.Agreed, "案件事实清楚，证据确实充分，引用的行政处罚事项及依据适当，移交程序合法，同意移交。"), walker.LegalReviewer, reviewedAt < requestedAt ? requestedAt.AddMinutes(30) : reviewedAt, Calendar);
            var approvedAt = At(t.Ago, 17);
            c.ApproveTransfer(people.Chief, approvedAt < requestedAt ? requestedAt.AddHours(1) : approvedAt, Calendar);
            if (goal == CaseGoal.Transferred || !t.Reached(2 + Random.Next(8)))
            {
                return;
            }

            var filedAt = At(t.Ago, 10);
            c.RecordFiling(FilingDecision.Filed, DateOnly.FromDateTime(filedAt), $"伊城管立字〔{filedAt.Year}〕{c.Sequence}号", people.Officer, filedAt, Calendar);
            if (goal == CaseGoal.AwaitingDisposal || !t.Reached(10 + Random.Next(40)))
            {
                return;
            }

            var disposedAt = At(t.Ago, 10);
            c.RecordDisposal(DateOnly.FromDateTime(disposedAt), DateOnly.FromDateTime(disposedAt), "伊宁市城市管理局作出行政处罚决定：罚款，责令限期改正。", people.Officer, disposedAt, Calendar);
            if (t.Reached(3 + Random.Next(20)))
            {
                Archive(t.Ago);
            }
        }

        private void Notice(int daysAgo, int deadlineDays)
        {
            var at = At(daysAgo, 16);
            Issue(at, deadlineDays, string.Join("\n", c.Findings.Where(f => !f.IsRectified).Select(f => $"{f.Number}. 针对“{f.Description}”，立即整改并提交整改材料。")), party.ContactPerson ?? party.LegalRepresentative);
        }

        private void Issue(DateTime at, int deadlineDays, string requirements, string recipient)
        {
            var department = c.Department;
            var number = new DocumentNumber(department, DocumentNumberKind.Rectification, at.Year, walker.Numbers.Next(DocumentNumber.ScopeOf(department, DocumentNumberKind.Rectification, at.Year))).ToString();
            var items = c.Findings.Where(f => !f.IsRectified).Select(f => f.Number).ToList();
            var notice = c.IssueNotice(new NoticeDraft(number, DateOnly.FromDateTime(at), requirements, items, deadlineDays, ServiceMethod.InPerson, DateOnly.FromDateTime(at), recipient, people.Officers), people.Officer, at, Calendar);

            // The issued PDF's record, as the document service keeps it (the bytes are not generated).
            var code = walker.VerificationCode();
            var title = c.Policy.NoticeTitle;
            Span<byte> hash = stackalloc byte[32];
            Random.NextBytes(hash);
            var sha = Convert.ToHexStringLower(hash);
            var issuedAt = at.AddMinutes(5) is var later && later <= walker.Now ? later : at;
            var document = new IssuedDocument(Guid.NewGuid(), c.Id, EnforcementDocumentKind.RectificationNotice, notice.Id, title, number, issuedAt, people.Officer, department, code, sha, $"generated/{sha[..2]}/{sha}.pdf", 80_000 + Random.Next(20_000), notice.IssuedOn);
            document.NotedAt(c.RecordDocumentIssued(title, number, code, people.Officer, issuedAt));
            documents.Add(document);
        }

        private void Reply(int daysAgo, string content)
        {
            var at = At(daysAgo, 11);
            var kind = c.Department is DepartmentCode.Safety or DepartmentCode.Quality ? ReplyKind.Receipt : ReplyKind.Statement;
            c.RecordReply(new ReplyDraft(DateOnly.FromDateTime(at), kind, content), people.Officer, at, Calendar, [walker.Photo(EvidenceStep.Reply, null, people.Officer, at, "整改后照片")]);
        }

        private void Review(int daysAgo, bool passed)
        {
            var at = At(daysAgo, 10);
            var open = c.OpenFindingNumbers(c.CurrentNotice!);
            var items = open.Select((n, i) => new ReviewItemResult(n, passed || i > 0, passed || i > 0 ? "已整改到位" : "现场复查仍未整改到位")).ToList();
            c.RecordReview(
                new ReviewDraft(at, passed ? ReviewOutcome.Rectified : ReviewOutcome.NotRectified, passed ? "经现场复查，各项问题均已整改到位。" : "经现场复查，第" + open[0].ToString(CultureInfo.InvariantCulture) + "项仍未整改到位。", items, people.Officers),
                people.Officer,
                at,
                Calendar);
        }

        private void Interview(int daysAgo, bool cooperative)
        {
            var at = At(daysAgo, 15);
            if (c.CanDo(CaseAction.IssueNotice, DateOnly.FromDateTime(at)) && c.State == CaseState.AwaitingInterview)
            {
                Issue(at.AddMinutes(-30), 7, "约谈后限期完成全部未整改事项，并提交整改回执及佐证材料。", party.LegalRepresentative);
            }

            var noticeDay = DateOnly.FromDateTime(at).AddDays(-2);
            c.RecordInterview(
                new InterviewDraft(at, "伊宁市住建局（伊犁河路9号）三楼会议室", $"{party.LegalRepresentative}（法定代表人）", people.Officers,
                    "执法人员通报了检查发现的问题及法律依据，听取了责任单位负责人的陈述，要求其限期整改。",
                    cooperative ? InterviewOutcome.Cooperative : InterviewOutcome.Refused,
                    cooperative ? 10 : null,
                    noticeDay < c.OpenedOn ? c.OpenedOn : noticeDay),
                people.Officer,
                at,
                Calendar);
        }

        private void Archive(int daysAgo) => c.Archive(people.Officer, At(daysAgo, 18), Calendar);
    }

    /// <summary>The day of the next step, counted from the inspection; a step is taken only if its day has passed.</summary>
    private sealed class StepDays(int daysAgo)
    {
        private int _day;

        /// <summary>How many days ago the current step happened.</summary>
        public int Ago => daysAgo - _day;

        public bool Reached(int daysLater)
        {
            _day += daysLater;
            return _day < daysAgo;
        }
    }
}
