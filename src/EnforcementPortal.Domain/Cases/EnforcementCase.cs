using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.Domain.Cases;

/// <summary>
/// 执法案件: one enforcement matter of one department, from the first inspection to the archive.
/// The state changes only by firing the department's lifecycle machine (<see cref="CaseLifecycle"/>);
/// every step appends a hash-chained event to the timeline.
/// </summary>
public sealed partial class EnforcementCase
{
    public const int SiteNameMaxLength = 128;
    public const int SiteAddressMaxLength = 200;
    public const int NumberMaxLength = 40;
    public const int MaxRectificationDays = 180;
    public const int TransferWorkingDays = 10;
    /// <summary>建法〔2025〕40号 (三): the receiving bureau reports back within 5 working days of each of its decisions.</summary>
    public const int FilingFeedbackWorkingDays = 5;
    public const int ArchiveCalendarDays = 60;

    private readonly List<Inspection> _inspections = [];
    private readonly List<Finding> _findings = [];
    private readonly List<RectificationNotice> _notices = [];
    private readonly List<RectificationReply> _replies = [];
    private readonly List<Review> _reviews = [];
    private readonly List<Interview> _interviews = [];
    private readonly List<Transfer> _transfers = [];
    private readonly List<EvidenceFile> _evidence = [];
    private readonly List<CaseEvent> _events = [];

    private EnforcementCase()
    {
        Number = string.Empty;
        SiteName = string.Empty;
        SiteAddress = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>案件编号, e.g. 房产科 2026 年第 0001 号; unique per department and year, without gaps.</summary>
    public string Number { get; private set; }

    public DepartmentCode Department { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public Trigger Trigger { get; private set; }

    public Guid PartyId { get; private set; }

    public string SiteName { get; private set; }

    public string SiteAddress { get; private set; }

    public CaseState State { get; private set; }

    public Determination Determination { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    /// <summary>问题判定的日期.</summary>
    public DateOnly DeterminedOn { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public Guid CreatedById { get; private set; }

    /// <summary>The current rectify→review round; a failed review starts the next one.</summary>
    public int Round { get; private set; }

    public InterviewReason? PendingInterviewReason { get; private set; }

    /// <summary>The deadline of the current rectification term (from the notice, or set at an interview).</summary>
    public DateOnly? RectificationDeadline { get; private set; }

    /// <summary>The day the case was found to need a transfer (the 10 working days run from it).</summary>
    public DateOnly? TransferDeterminedOn { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }

    public DateOnly? ArchivedOn { get; private set; }

    /// <summary>The one deadline that runs in the current state, if any; indexed for the overdue lists.</summary>
    public DeadlineKind? OpenDeadlineKind { get; private set; }

    public DateOnly? OpenDeadline { get; private set; }

    /// <summary>
    /// The stored day the step the case waits for runs from: 复查 from the last reply (or, without one, the rectification
    /// deadline), 立案反馈 from the approved transfer's 移交日期, 处置结果 from the filing decision; null in any other
    /// state. Refreshed after every step and indexed with the state, so the 督办 list reads these cases in due order.
    /// </summary>
    public DateOnly? AwaitedSince { get; private set; }

    /// <summary>Optimistic concurrency: incremented by every change.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// The anchor of the timeline on the case row: how many entries it has and the hash of the last. Deleting the last
    /// entries of the chain (which leaves a valid shorter chain) no longer matches it.
    /// </summary>
    public int TimelineLength { get; private set; }

    public string TimelineHead { get; private set; } = string.Empty;

    // A database returns a case's parts in no particular order (PostgreSQL's hash joins shuffle them), so every list is
    // put in its natural order here and nothing below depends on the order in which the parts were loaded.
    public IReadOnlyList<Inspection> Inspections => [.. _inspections.OrderBy(i => i.StartedAt)];

    /// <summary>The findings in item order (第1项, 第2项 …), however the store returned them.</summary>
    public IReadOnlyList<Finding> Findings => IsInItemOrder(_findings) ? _findings : [.. _findings.OrderBy(f => f.Number)];

    public IReadOnlyList<RectificationNotice> Notices => [.. _notices.OrderBy(n => n.Round).ThenBy(n => n.IssuedOn)];

    public IReadOnlyList<RectificationReply> Replies => [.. _replies.OrderBy(r => r.ReceivedOn)];

    public IReadOnlyList<Review> Reviews => [.. _reviews.OrderBy(r => r.ReviewedOn)];

    public IReadOnlyList<Interview> Interviews => [.. _interviews.OrderBy(i => i.HeldAt)];

    public IReadOnlyList<Transfer> Transfers => [.. _transfers.OrderBy(t => t.RequestedAt)];

    public IReadOnlyList<EvidenceFile> Evidence => _evidence;

    public IReadOnlyList<CaseEvent> Events => [.. _events.OrderBy(e => e.Sequence)];

    public DepartmentPolicy Policy => DepartmentPolicy.For(Department);

    public RectificationNotice? CurrentNotice => Notices.Count == 0 ? null : Notices[^1];

    public Transfer? CurrentTransfer => _transfers.MaxBy(t => t.RequestedAt);

    public bool IsClosed => State is CaseState.Ended or CaseState.Archived;

    /// <summary>建管科/人防: the pending interview is for a serious finding, which is transferred whatever the party says.</summary>
    public bool InterviewLeadsStraightToTransfer =>
        Policy.SeriousFindingGoesStraightToTransfer && PendingInterviewReason == InterviewReason.SeriousFinding;

    /// <summary>The interview of the current round must be accompanied by a notice (serious finding; 安监站 after a failed review).</summary>
    public bool InterviewNeedsNotice =>
        PendingInterviewReason == InterviewReason.SeriousFinding
        || (PendingInterviewReason == InterviewReason.FailedReview && Policy.FailedReviewInterviewIssuesNewNotice);

    /// <summary>
    /// 新建检查: records the first inspection and its findings, then the determination, which follows the most
    /// severe finding (no finding: no violation).
    /// </summary>
    /// <remarks>
    /// The evidence taken at the inspection is part of the opening: a case found without violation is closed (or archived)
    /// at once, and its photos must still be on file.
    /// </remarks>
    public static EnforcementCase Open(Guid id, CaseNumber number, CaseOpening opening, Actor actor, DateTime at, WorkingDayCalendar calendar, IReadOnlyList<EvidenceFile>? inspectionEvidence = null)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(calendar);
        if (number.Department != opening.Department)
        {
            throw new ArgumentException("The case number belongs to another department.", nameof(number));
        }

        Require(!string.IsNullOrWhiteSpace(opening.SiteName), "请填写项目/场所名称。");
        Require(!string.IsNullOrWhiteSpace(opening.SiteAddress), "请填写项目/场所地址。");
        Require(!string.IsNullOrWhiteSpace(opening.Narrative), "请填写现场检查情况。");
        Require(opening.InspectedAt <= at.AddMinutes(5), "检查时间不能晚于当前时间。");
        Require(opening.Position is null || opening.Position.Value.IsValid, "定位坐标无效。");
        RequireOfficers(opening.Officers, DateOnly.FromDateTime(opening.InspectedAt));
        Require(opening.Findings.All(f => !string.IsNullOrWhiteSpace(f.Description)), "每一项问题都须填写描述。");
        var determinedOn = opening.DeterminedOn ?? DateOnly.FromDateTime(opening.InspectedAt);
        Require(determinedOn >= DateOnly.FromDateTime(opening.InspectedAt), "问题判定日期不能早于检查日期。");
        Require(determinedOn <= DateOnly.FromDateTime(at), "问题判定日期不能晚于今天。");

        var enforcementCase = new EnforcementCase
        {
            Id = id,
            Number = number.ToString(),
            Department = opening.Department,
            Year = number.Year,
            Sequence = number.Sequence,
            Trigger = opening.Trigger,
            PartyId = opening.PartyId,
            SiteName = opening.SiteName.Trim(),
            SiteAddress = opening.SiteAddress.Trim(),
            State = CaseState.Inspected,
            OpenedOn = DateOnly.FromDateTime(opening.InspectedAt),
            DeterminedOn = determinedOn,
            CreatedAt = at,
            CreatedById = actor.UserId,
            Round = 1,
            PlanTaskId = opening.PlanTaskId,
        };

        var inspection = new Inspection(Guid.NewGuid(), InspectionKind.Initial, opening.InspectedAt, opening.SiteAddress.Trim(), opening.Narrative.Trim(), opening.Officers, opening.Position);
        enforcementCase._inspections.Add(inspection);
        var findingNumber = 0;
        foreach (var finding in opening.Findings)
        {
            enforcementCase._findings.Add(new Finding(Guid.NewGuid(), ++findingNumber, inspection.Id, finding.Description.Trim(), finding.Severity, finding.Location?.Trim(), finding.PenaltyMatterId, finding.ChecklistItemCode));
        }

        enforcementCase.Determination = opening.Findings.Count == 0
            ? Determination.NoViolation
            : opening.Findings.Max(f => f.Severity) == FindingSeverity.Serious ? Determination.Serious : Determination.General;

        var officers = string.Join("、", opening.Officers.Select(o => o.Name));
        enforcementCase.AppendEvent(actor, at, null, null, CaseState.Inspected, $"{CaseNames.Of(opening.Trigger)}启动执法，现场检查（执法人员：{officers}），记录{opening.Findings.Count}项{enforcementCase.Policy.FindingNoun}。");
        enforcementCase.AddEvidence(inspectionEvidence, inspection.Id, actor, at);

        enforcementCase.SeriousFindingNeedsLegalReview = opening.SeriousFindingsNeedLegalReview && enforcementCase.Determination == Determination.Serious;
        var determine = enforcementCase.Determination switch
        {
            Determination.NoViolation => CaseAction.DetermineNoViolation,
            Determination.General => CaseAction.DetermineGeneral,
            _ => CaseAction.DetermineSerious,
        };
        var from = enforcementCase.Fire(enforcementCase.Permit(determine, DateOnly.FromDateTime(at)), determine, DateOnly.FromDateTime(at));
        switch (enforcementCase.State)
        {
            case CaseState.AwaitingInterview:
                enforcementCase.PendingInterviewReason = InterviewReason.SeriousFinding;
                break;
            case CaseState.Archived:
                enforcementCase.ConcludedOn = determinedOn;
                enforcementCase.ArchivedOn = DateOnly.FromDateTime(at);
                break;
            case CaseState.Ended:
                enforcementCase.ConcludedOn = determinedOn;
                break;
        }

        enforcementCase.RefreshOpenDeadline(calendar);
        enforcementCase.AppendEvent(actor, at, determine, from, enforcementCase.State, $"问题判定：{enforcementCase.Policy.DeterminationLabel(enforcementCase.Determination)}。");
        enforcementCase.EndStep();
        return enforcementCase;
    }

    /// <summary>The steps the machine offers in the current state, each with whether it is possible now and why not.</summary>
    public IReadOnlyList<ActionAvailability> AvailableActions(DateOnly today)
    {
        var machine = BuildMachine();
        var result = new List<ActionAvailability>();
        foreach (var action in machine.GetInfo().States.Single(s => Equals(s.UnderlyingState, State)).Transitions
                     .Select(t => (CaseAction)t.Trigger.UnderlyingTrigger).Distinct())
        {
            var permitted = machine.CanFire(action, today, out var unmet);
            result.Add(new ActionAvailability(action, permitted, [.. unmet]));
        }

        return result;
    }

    /// <summary>
    /// Whether the case page should explain why <paramref name="action"/> cannot be taken now. At an interview the notice
    /// is optional unless the procedure requires one, so its refusal there would only be noise.
    /// </summary>
    public bool ExplainsRefusalOf(CaseAction action) =>
        !(action == CaseAction.IssueNotice && State == CaseState.AwaitingInterview) && !CaseLifecycle.LegalReviewSteps.Contains(action);

    public bool CanDo(CaseAction action, DateOnly today)
    {
        return BuildMachine().CanFire(action, today, out _);
    }

    /// <summary>下发整改通知书: in 待下发 (general finding), or at the interview when the notice must accompany it.</summary>
    public RectificationNotice IssueNotice(NoticeDraft draft, Actor actor, DateTime at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(calendar);
        var machine = Permit(CaseAction.IssueNotice, DateOnly.FromDateTime(at));
        Require(!string.IsNullOrWhiteSpace(draft.Requirements), "请填写整改要求。");
        Require(draft.DeadlineDays is >= 1 and <= MaxRectificationDays, $"整改期限应在1至{MaxRectificationDays}日之间。");
        Require(draft.FindingNumbers.Count > 0, "请至少选择一项需整改的问题。");
        Require(draft.FindingNumbers.All(n => _findings.Any(f => f.Number == n && !f.IsRectified)), "所选整改事项不存在或已整改到位。");
        Require(!string.IsNullOrWhiteSpace(draft.Recipient), "请填写受送达人。");
        Require(draft.ServedOn >= draft.IssuedOn, "送达日期不能早于发文日期。");
        Require(draft.ServedOn <= DateOnly.FromDateTime(at), "送达日期不能晚于今天。");
        RequireOfficers(draft.ServedBy, draft.ServedOn);

        var deadline = calendar.EndOfCalendarPeriod(draft.ServedOn, draft.DeadlineDays).Date;
        var notice = new RectificationNotice(Guid.NewGuid(), Round, draft.DocumentNumber, draft.IssuedOn, draft.Requirements.Trim(), [.. draft.FindingNumbers.Distinct().Order()], draft.DeadlineDays, deadline, draft.ServiceMethod, draft.ServedOn, draft.Recipient.Trim(), draft.ServedBy);
        var from = Fire(machine, CaseAction.IssueNotice, DateOnly.FromDateTime(at));
        _notices.Add(notice);
        RectificationDeadline = deadline;
        RefreshOpenDeadline(calendar);
        AppendEvent(actor, at, CaseAction.IssueNotice, from, State, $"下发《{Policy.NoticeTitle}》{draft.DocumentNumber}，整改事项第{string.Join("、", notice.FindingNumbers)}项，{CaseNames.Of(draft.ServiceMethod)}于{draft.ServedOn:yyyy年M月d日}送达{notice.Recipient}，整改期限{draft.DeadlineDays}日，至{deadline:yyyy年M月d日}。");
        EndStep();
        return notice;
    }

    /// <summary>登记整改回复: the party's 情况说明/整改回执; evidence files are attached to the returned reply.</summary>
    public RectificationReply RecordReply(ReplyDraft draft, Actor actor, DateTime at, WorkingDayCalendar calendar, IReadOnlyList<EvidenceFile>? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var machine = Permit(CaseAction.RecordReply, DateOnly.FromDateTime(at));
        var notice = CurrentNotice ?? throw new DomainException("尚未下发整改通知书。");
        Require(!string.IsNullOrWhiteSpace(draft.Content), "请填写回复内容摘要。");
        Require(draft.ReceivedOn <= DateOnly.FromDateTime(at), "收到日期不能晚于今天。");
        Require(draft.ReceivedOn >= notice.ServedOn, "收到日期不能早于整改通知书送达日期。");

        var reply = new RectificationReply(Guid.NewGuid(), notice.Id, draft.ReceivedOn, draft.Kind, draft.Content.Trim(), isFailureToReply: false);
        var from = Fire(machine, CaseAction.RecordReply, DateOnly.FromDateTime(at));
        _replies.Add(reply);
        RefreshOpenDeadline(calendar);
        var late = RectificationDeadline is { } deadline && draft.ReceivedOn > deadline ? "（逾期提交）" : string.Empty;
        AppendEvent(actor, at, CaseAction.RecordReply, from, State, $"{draft.ReceivedOn:yyyy年M月d日}收到{CaseNames.Of(draft.Kind)}{late}：{Abbreviate(reply.Content)}");
        AddEvidence(evidence, reply.Id, actor, at);
        EndStep();
        return reply;
    }

    /// <summary>登记逾期未回复: possible only after the rectification deadline has passed.</summary>
    public void RecordNoReply(Actor actor, DateTime at, WorkingDayCalendar calendar)
    {
        var today = DateOnly.FromDateTime(at);
        var machine = Permit(CaseAction.RecordNoReply, today);
        var notice = CurrentNotice ?? throw new DomainException("尚未下发整改通知书。");
        var from = Fire(machine, CaseAction.RecordNoReply, today);
        _replies.Add(new RectificationReply(Guid.NewGuid(), notice.Id, today, null, "整改期限届满，责任单位未提交整改回复。", isFailureToReply: true));
        RefreshOpenDeadline(calendar);
        AppendEvent(actor, at, CaseAction.RecordNoReply, from, State, $"整改期限（{RectificationDeadline:yyyy年M月d日}）届满，责任单位未回复。");
        EndStep();
    }

    /// <summary>复查: an on-site check of every item of the current notice.</summary>
    public Review RecordReview(ReviewDraft draft, Actor actor, DateTime at, WorkingDayCalendar calendar, IReadOnlyList<EvidenceFile>? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var reviewDay = DateOnly.FromDateTime(draft.ReviewedAt);
        var action = draft.Outcome == ReviewOutcome.Rectified ? CaseAction.ReviewPassed : CaseAction.ReviewFailed;
        var machine = Permit(action, DateOnly.FromDateTime(at));
        var notice = CurrentNotice ?? throw new DomainException("尚未下发整改通知书。");
        Require(draft.ReviewedAt <= at.AddMinutes(5), "复查时间不能晚于当前时间。");
        Require(reviewDay >= notice.ServedOn, "复查日期不能早于整改通知书送达日期。");
        RequireOfficers(draft.Officers, reviewDay);
        var open = OpenFindingNumbers(notice);
        var missing = open.Except(draft.Items.Select(i => i.FindingNumber)).ToList();
        Require(missing.Count == 0, $"请逐项填写复查结果（缺第{string.Join("、", missing)}项）。");
        Require(draft.Items.All(i => open.Contains(i.FindingNumber)), "复查结果包含不属于本次整改通知书的事项。");
        if (draft.Outcome == ReviewOutcome.Rectified)
        {
            var notRectified = draft.Items.Where(i => !i.Rectified).Select(i => i.FindingNumber).ToList();
            Require(notRectified.Count == 0, $"第{string.Join("、", notRectified)}项未整改到位，复查结论不能为“整改到位”。");
        }
        else if (draft.Outcome == ReviewOutcome.NotRectified)
        {
            Require(draft.Items.Any(i => !i.Rectified), "各项均已整改到位，复查结论应为“整改到位”。");
        }

        var inspection = new Inspection(Guid.NewGuid(), InspectionKind.Review, draft.ReviewedAt, SiteAddress, draft.Remarks.Trim(), draft.Officers, null);
        var review = new Review(Guid.NewGuid(), notice.Id, inspection.Id, reviewDay, draft.Outcome, draft.Remarks.Trim(), draft.Items);
        var from = Fire(machine, action, DateOnly.FromDateTime(at));
        _inspections.Add(inspection);
        _reviews.Add(review);
        foreach (var item in draft.Items.Where(i => i.Rectified))
        {
            _findings.Single(f => f.Number == item.FindingNumber).MarkRectified(reviewDay);
        }

        if (State == CaseState.AwaitingInterview)
        {
            Round++;
            PendingInterviewReason = InterviewReason.FailedReview;
        }
        else
        {
            ConcludedOn = reviewDay;
        }

        RefreshOpenDeadline(calendar);
        var rectified = draft.Items.Count(i => i.Rectified);
        AppendEvent(actor, at, action, from, State, $"{reviewDay:yyyy年M月d日}现场复查：{CaseNames.Of(draft.Outcome)}（{rectified}/{draft.Items.Count}项整改到位）。{Abbreviate(draft.Remarks)}");
        AddEvidence(evidence, review.Id, actor, at);
        EndStep();
        return review;
    }

    /// <summary>约谈: records the interview and its outcome; what follows depends on the department and the reason.</summary>
    public Interview RecordInterview(InterviewDraft draft, Actor actor, DateTime at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(calendar);
        var action = draft.Outcome == InterviewOutcome.Cooperative ? CaseAction.InterviewCooperative : CaseAction.InterviewRefused;
        var machine = Permit(action, DateOnly.FromDateTime(at));
        var heldOn = DateOnly.FromDateTime(draft.HeldAt);
        Require(draft.HeldAt <= at.AddMinutes(5), "约谈时间不能晚于当前时间。");
        Require(!string.IsNullOrWhiteSpace(draft.Place), "请填写约谈地点。");
        Require(draft.NoticeIssuedOn <= heldOn, "约谈通知书的发出日期不能晚于约谈日期。");
        Require(draft.NoticeIssuedOn >= OpenedOn, "约谈通知书的发出日期不能早于检查日期。");
        Require(!string.IsNullOrWhiteSpace(draft.PartyAttendees), "请填写责任单位参加约谈人员。");
        Require(!string.IsNullOrWhiteSpace(draft.Content), "请填写约谈内容。");
        RequireOfficers(draft.Officers, heldOn);

        var straightToTransfer = InterviewLeadsStraightToTransfer;
        var needsDeadline = draft.Outcome == InterviewOutcome.Cooperative && !InterviewNeedsNotice && !InterviewLeadsStraightToTransfer;
        DateOnly? newDeadline = null;
        if (needsDeadline)
        {
            Require(draft.NewDeadlineDays is >= 1 and <= MaxRectificationDays, $"约谈后配合整改的，请填写新的整改期限（1至{MaxRectificationDays}日）。");
            newDeadline = calendar.EndOfCalendarPeriod(heldOn, draft.NewDeadlineDays!.Value).Date;
        }

        var interview = new Interview(Guid.NewGuid(), Round, PendingInterviewReason ?? InterviewReason.FailedReview, draft.NoticeIssuedOn, draft.HeldAt, draft.Place.Trim(), draft.PartyAttendees.Trim(), draft.Officers, draft.Content.Trim(), draft.Outcome, newDeadline);
        var from = Fire(machine, action, DateOnly.FromDateTime(at));
        _interviews.Add(interview);
        PendingInterviewReason = null;
        if (newDeadline is not null)
        {
            RectificationDeadline = newDeadline;
        }

        if (State == CaseState.AwaitingTransfer)
        {
            // A serious finding needed a penalty from the start; a refusal makes the need for one at the interview.
            TransferDeterminedOn ??= straightToTransfer ? DeterminedOn : heldOn;
        }

        RefreshOpenDeadline(calendar);
        var next = State switch
        {
            CaseState.Rectifying => $"责任单位配合整改，整改期限至{RectificationDeadline:yyyy年M月d日}",
            _ => "进入案件移交程序",
        };
        AppendEvent(actor, at, action, from, State, $"{draft.HeldAt:yyyy年M月d日 HH:mm}在{interview.Place}约谈{interview.PartyAttendees}，{CaseNames.Of(draft.Outcome)}；{next}。");
        EndStep();
        return interview;
    }

    /// <summary>提请移交: the officer prepares the transfer to 城市管理局 for the chief's approval.</summary>
    public Transfer RequestTransfer(TransferDraft draft, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        var machine = Permit(CaseAction.RequestTransfer, DateOnly.FromDateTime(at));
        Require(!string.IsNullOrWhiteSpace(draft.Facts), "请填写案件事实。");
        Require(!string.IsNullOrWhiteSpace(draft.EvidenceList), "请填写证据清单。");
        Require(draft.PenaltyMatterIds.Count > 0, CaseLifecycle.GuardCitesPenaltyMatter + "。");

        var transfer = new Transfer(Guid.NewGuid(), at, actor, draft.Facts.Trim(), draft.EvidenceList.Trim(), [.. draft.PenaltyMatterIds.Distinct()], string.IsNullOrWhiteSpace(draft.ReceivingBureau) ? Transfer.DefaultReceivingBureau : draft.ReceivingBureau.Trim());
        var from = Fire(machine, CaseAction.RequestTransfer, DateOnly.FromDateTime(at));
        _transfers.Add(transfer);
        AppendEvent(actor, at, CaseAction.RequestTransfer, from, State, $"提请移交{transfer.ReceivingBureau}，引用行政处罚事项{transfer.PenaltyMatterIds.Count}项，待科长/站长审批。");
        EndStep();
        return transfer;
    }

    /// <summary>回避: whoever took part in an inspection of the case (the first one or a 复查) may not approve its transfer.</summary>
    public const string RecusalMessage = "您参加了本案的现场检查，依回避规定不能审批本案移交，请由本部门其他科长/站长或局领导审批。";

    /// <summary>Whether the user was one of the officers of any inspection of this case (initial or review).</summary>
    public bool WasInspectedBy(Guid userId) => _inspections.Any(i => i.Officers.Any(o => o.UserId == userId));

    /// <summary>
    /// 批准移交: a section chief (or the bureau leader) approves; the 移交单 counts as sent the same day until
    /// <see cref="RecordTransferSent"/> records another day.
    /// </summary>
    public void ApproveTransfer(Actor chief, DateTime at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(chief);
        var machine = Permit(CaseAction.ApproveTransfer, DateOnly.FromDateTime(at));
        var transfer = CurrentTransfer!;
        Require(transfer.RequestedById != chief.UserId, "审批人不得为移交申请人本人。");
        Require(!WasInspectedBy(chief.UserId), RecusalMessage);
        var from = Fire(machine, CaseAction.ApproveTransfer, DateOnly.FromDateTime(at));
        transfer.Approve(chief, at, DateOnly.FromDateTime(at));
        RefreshOpenDeadline(calendar);
        AppendEvent(chief, at, CaseAction.ApproveTransfer, from, State, $"{chief.Name}批准移交，已移交{transfer.ReceivingBureau}；接收单位应在作出立案决定后{FilingFeedbackWorkingDays}个工作日内反馈。");
        EndStep();
    }

    /// <summary>
    /// 登记移交单送出日期: the day the 移交单 actually reached the receiving bureau, when not the approval day. Not a step
    /// of the lifecycle; noted on the timeline, with a remark when it was later than the transfer deadline.
    /// </summary>
    public void RecordTransferSent(DateOnly sentOn, Actor actor, DateTime at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(calendar);
        var transfer = CurrentTransfer;
        Require(State == CaseState.Transferred && transfer is { Status: TransferStatus.Approved, FilingDecision: null }, "只有已批准、尚未收到立案反馈的移交可登记移交单送出日期。");
        Require(sentOn >= DateOnly.FromDateTime(transfer!.DecidedAt!.Value), "移交单送出日期不能早于批准日期。");
        Require(sentOn <= DateOnly.FromDateTime(at), "移交单送出日期不能晚于今天。");
        transfer.RecordSent(sentOn);
        var late = TransferDeterminedOn is { } determined && calendar.AddWorkingDays(determined, TransferWorkingDays).Date is var due && sentOn > due
            ? $"（超过移交期限{due:yyyy年M月d日}）"
            : string.Empty;
        AppendEvent(actor, at, null, null, State, $"移交单于{sentOn:yyyy年M月d日}送达{transfer.ReceivingBureau}{late}。");
        EndStep();
    }

    /// <summary>退回移交申请 with the chief's reason.</summary>
    public void ReturnTransfer(Actor chief, string reason, DateTime at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(chief);
        var machine = Permit(CaseAction.ReturnTransfer, DateOnly.FromDateTime(at));
        Require(!string.IsNullOrWhiteSpace(reason), "退回移交申请须填写理由。");
        var from = Fire(machine, CaseAction.ReturnTransfer, DateOnly.FromDateTime(at));
        CurrentTransfer!.Return(chief, at, reason.Trim());
        RefreshOpenDeadline(calendar);
        AppendEvent(chief, at, CaseAction.ReturnTransfer, from, State, $"{chief.Name}退回移交申请：{reason.Trim()}");
        EndStep();
    }

    /// <summary>
    /// 登记立案反馈: the receiving bureau's decision to file (立案) or not, made on <paramref name="decidedOn"/> and
    /// reported on <paramref name="reportedOn"/> (default: today); the report is due 5 working days after the decision.
    /// </summary>
    public void RecordFiling(FilingDecision decision, DateOnly decidedOn, string? reference, Actor actor, DateTime at, WorkingDayCalendar calendar, DateOnly? reportedOn = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var action = decision == FilingDecision.Filed ? CaseAction.FilingAccepted : CaseAction.FilingDeclined;
        var machine = Permit(action, DateOnly.FromDateTime(at));
        var transfer = CurrentTransfer!;
        var reported = reportedOn ?? DateOnly.FromDateTime(at);
        Require(decidedOn >= transfer.TransferredOn, "立案决定日期不能早于移交日期。");
        Require(decidedOn <= DateOnly.FromDateTime(at), "立案决定日期不能晚于今天。");
        Require(reported >= decidedOn, "立案反馈收到日期不能早于立案决定日期。");
        Require(reported <= DateOnly.FromDateTime(at), "立案反馈收到日期不能晚于今天。");
        Require(decision == FilingDecision.Filed || !string.IsNullOrWhiteSpace(reference), "不予立案的，请填写接收单位说明的理由。");
        var due = calendar.AddWorkingDays(decidedOn, FilingFeedbackWorkingDays).Date;
        var from = Fire(machine, action, DateOnly.FromDateTime(at));
        transfer.RecordFiling(decision, decidedOn, due, reported, reference?.Trim());
        if (State == CaseState.Concluded)
        {
            ConcludedOn = DateOnly.FromDateTime(at);
        }

        RefreshOpenDeadline(calendar);
        AppendEvent(actor, at, action, from, State, $"{transfer.ReceivingBureau}于{decidedOn:yyyy年M月d日}{CaseNames.Of(decision)}{(string.IsNullOrWhiteSpace(reference) ? string.Empty : "（" + reference.Trim() + "）")}，{reported:yyyy年M月d日}反馈{LateRemark(reported, due)}。");
        EndStep();
    }

    /// <summary>
    /// 登记处置结果: the receiving bureau decided the penalty or terminated the investigation on
    /// <paramref name="decidedOn"/> and reported it on <paramref name="reportedOn"/>, due 5 working days after the
    /// decision. Closes the transfer loop (闭环).
    /// </summary>
    public void RecordDisposal(DateOnly decidedOn, DateOnly reportedOn, string summary, Actor actor, DateTime at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var machine = Permit(CaseAction.RecordDisposal, DateOnly.FromDateTime(at));
        Require(!string.IsNullOrWhiteSpace(summary), "请填写处置结果。");
        var transfer = CurrentTransfer!;
        Require(decidedOn >= transfer.FilingDecidedOn, "处罚决定或终止调查日期不能早于立案日期。");
        Require(reportedOn >= decidedOn, "处置结果反馈日期不能早于处罚决定或终止调查日期。");
        Require(reportedOn <= DateOnly.FromDateTime(at), "处置结果反馈日期不能晚于今天。");
        var due = calendar.AddWorkingDays(decidedOn, FilingFeedbackWorkingDays).Date;
        var from = Fire(machine, CaseAction.RecordDisposal, DateOnly.FromDateTime(at));
        transfer.RecordDisposal(decidedOn, due, reportedOn, summary.Trim());
        ConcludedOn = DateOnly.FromDateTime(at);
        RefreshOpenDeadline(calendar);
        AppendEvent(actor, at, CaseAction.RecordDisposal, from, State, $"{transfer.ReceivingBureau}于{decidedOn:yyyy年M月d日}作出决定，{reportedOn:yyyy年M月d日}反馈处置结果{LateRemark(reportedOn, due)}：{Abbreviate(summary)}");
        EndStep();
    }

    /// <summary>The feedback the case waits for from the receiving bureau, if any.</summary>
    public AwaitedFeedback? AwaitedFeedback => AwaitedFeedbacks.In(State);

    /// <summary>归档结案.</summary>
    public void Archive(Actor actor, DateTime at, WorkingDayCalendar calendar)
    {
        var machine = Permit(CaseAction.Archive, DateOnly.FromDateTime(at));
        var from = Fire(machine, CaseAction.Archive, DateOnly.FromDateTime(at));
        ArchivedOn = DateOnly.FromDateTime(at);
        RefreshOpenDeadline(calendar);
        AppendEvent(actor, at, CaseAction.Archive, from, State, $"归档结案（办结于{ConcludedOn:yyyy年M月d日}）。");
        EndStep();
    }

    /// <summary>Adds an evidence file to the case and notes it on the timeline.</summary>
    public void AttachEvidence(EvidenceFile file, Actor actor, DateTime at) => AttachEvidence([file], actor, at);

    /// <summary>补充证据: adds the files to the case, each noted on the timeline, as one step.</summary>
    public void AttachEvidence(IReadOnlyList<EvidenceFile> files, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            return;
        }

        AddEvidence(files, null, actor, at);
        EndStep();
    }

    /// <summary>Notes on the timeline that an enforcement document (文书) was issued; not a step of the lifecycle.</summary>
    /// <returns>The sequence number of the timeline entry.</returns>
    public int RecordDocumentIssued(string title, string? documentNumber, string verificationCode, Actor actor, DateTime at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(verificationCode);
        ArgumentNullException.ThrowIfNull(actor);
        AppendEvent(actor, at, null, null, State, $"出具《{title}》{documentNumber}（核验码 {verificationCode}）。");
        EndStep();
        return _events[^1].Sequence;
    }

    /// <summary>
    /// Re-computes every hash of the timeline and checks it against its anchor and the case: a mismatch means a record
    /// was altered, removed or added outside the application, or the case's state was changed without a step.
    /// </summary>
    public TimelineVerification VerifyTimeline()
    {
        var previous = string.Empty;
        var ordered = _events.OrderBy(e => e.Sequence).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var entry = ordered[i];
            if (entry.Sequence != i + 1 || entry.PreviousHash != previous || entry.ComputeHash() != entry.Hash)
            {
                return new TimelineVerification(false, entry.Sequence, $"第 {entry.Sequence} 条记录被篡改");
            }

            previous = entry.Hash;
        }

        if (ordered.Count != TimelineLength || previous != TimelineHead)
        {
            return new TimelineVerification(false, Math.Min(ordered.Count, TimelineLength) + 1, $"记录条数（{ordered.Count}）或最后一条与案件登记的记录链头（{TimelineLength} 条）不符，记录被删除或插入");
        }

        if (ordered.Count > 0 && ordered[^1].ToState != State)
        {
            return new TimelineVerification(false, ordered.Count, $"案件当前状态与最后一条执法记录（{CaseNames.Of(ordered[^1].ToState)}）不符，状态被直接修改");
        }

        return TimelineVerification.Intact;
    }

    public IReadOnlyList<int> OpenFindingNumbers(RectificationNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return [.. notice.FindingNumbers.Where(n => !_findings.Single(f => f.Number == n).IsRectified)];
    }

    public bool IsOverdue(DateOnly today) => new DeadlineWindow(today, today).Of(OpenDeadline) == DeadlineUrgency.Overdue;

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainException(message);
        }
    }

    private static void RequireOfficers(IReadOnlyList<OfficerOnDuty> officers, DateOnly day)
    {
        var problems = TwoCertifiedOfficersRule.Check(officers, day);
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(string.Empty, problems));
        }
    }

    private static string LateRemark(DateOnly reportedOn, DateOnly due) =>
        reportedOn > due ? $"（逾期反馈，应于{due:yyyy年M月d日}前反馈）" : string.Empty;

    private static bool IsInItemOrder(List<Finding> findings)
    {
        for (var i = 1; i < findings.Count; i++)
        {
            if (findings[i - 1].Number > findings[i].Number)
            {
                return false;
            }
        }

        return true;
    }

    private static string Abbreviate(string text) => text.Length <= 80 ? text.Trim() : text[..80].Trim() + "…";

    /// <summary>
    /// The department's machine over this case's state, with the facts its guards read about the case; the day of the
    /// step goes to the guards that need it as a trigger parameter (<see cref="CaseMachine"/>): the case keeps no
    /// "today" of its own.
    /// </summary>
    private CaseMachine BuildMachine() =>
        CaseLifecycle.Build(() => State, s => State = s, Policy, new Facts(this));

    /// <summary>Builds the step's machine once and checks that <paramref name="action"/> may be taken on <paramref name="today"/>.</summary>
    private CaseMachine Permit(CaseAction action, DateOnly today)
    {
        var machine = BuildMachine();
        if (!machine.CanFire(action, today, out var unmet))
        {
            // Stateless reports no unmet guards (null) when the state does not handle the action at all.
            List<string> reasons = unmet is null ? [] : [.. unmet];
            var message = reasons.Count > 0
                ? $"当前不能{CaseNames.Of(action)}：{string.Join("；", reasons)}。"
                : $"案件当前状态为“{CaseNames.Of(State)}”，不能执行“{CaseNames.Of(action)}”。请刷新页面查看最新状态。";
            throw new ActionNotPermittedException(message, reasons);
        }

        return machine;
    }

    /// <summary>Fires the step's machine, after the step's checks have passed; returns the state the case left.</summary>
    private CaseState Fire(CaseMachine machine, CaseAction action, DateOnly today)
    {
        var from = State;
        machine.Fire(action, today);
        return from;
    }

    /// <summary>Every step changes the case once: one new version, whatever the step added to the timeline.</summary>
    private void EndStep()
    {
        Version++;
        RefreshPendingLegalReview();
        RefreshAwaitedSince();
    }

    private void RefreshAwaitedSince() =>
        AwaitedSince = State switch
        {
            CaseState.AwaitingReview => _replies.Max(r => (DateOnly?)r.ReceivedOn) ?? RectificationDeadline,
            CaseState.Transferred => _transfers.Where(t => t.Status == TransferStatus.Approved).Max(t => t.TransferredOn),
            CaseState.AwaitingDisposal => _transfers.Where(t => t.Status == TransferStatus.Approved).Max(t => t.FilingDecidedOn),
            _ => null,
        };

    /// <summary>Adds evidence files, each noted on the timeline, bound to the part of the step they prove (if given).</summary>
    private void AddEvidence(IReadOnlyList<EvidenceFile>? files, Guid? stepId, Actor actor, DateTime at)
    {
        foreach (var file in files ?? [])
        {
            Require(!IsClosed, "案件已结束或归档，不能再添加证据。");
            Require(file.FindingNumber is null || _findings.Any(f => f.Number == file.FindingNumber), "证据所对应的问题不存在。");
            if (stepId is { } id)
            {
                file.BindToStep(id);
            }

            _evidence.Add(file);
            AppendEvent(actor, at, null, null, State, $"上传证据：{file.FileName}（{file.Length / 1024.0:0.#} KB，SHA-256 {file.Sha256[..12]}…）");
        }
    }

    private void RefreshOpenDeadline(WorkingDayCalendar calendar)
    {
        (OpenDeadlineKind, OpenDeadline) = State switch
        {
            CaseState.Rectifying => (DeadlineKind.Rectification, RectificationDeadline),
            CaseState.AwaitingTransfer or CaseState.TransferPendingApproval when TransferDeterminedOn is { } determined =>
                (DeadlineKind.Transfer, calendar.AddWorkingDays(determined, TransferWorkingDays).Date),
            CaseState.Concluded when ConcludedOn is { } concluded =>
                (DeadlineKind.Archive, calendar.EndOfCalendarPeriod(concluded, ArchiveCalendarDays).Date),
            _ => ((DeadlineKind?)null, (DateOnly?)null),
        };
    }

    private void AppendEvent(Actor actor, DateTime at, CaseAction? action, CaseState? from, CaseState to, string summary)
    {
        var previous = _events.MaxBy(e => e.Sequence)?.Hash ?? string.Empty;
        var entry = new CaseEvent(Guid.NewGuid(), Id, _events.Count + 1, at, actor, action, from, to, summary.Length > CaseEvent.SummaryMaxLength ? summary[..CaseEvent.SummaryMaxLength] : summary, previous);
        _events.Add(entry);
        TimelineLength = _events.Count;
        TimelineHead = entry.Hash;
    }

    /// <summary>What the lifecycle's guards read about this case on a given day.</summary>
    private sealed class Facts(EnforcementCase c) : ICaseFacts
    {
        public bool InterviewNeedsNotice => c.InterviewNeedsNotice;

        public bool NoticeIssuedForCurrentRound => c._notices.Any(n => n.Round == c.Round);

        public bool InterviewLeadsStraightToTransfer => c.InterviewLeadsStraightToTransfer;

        public DateOnly? RectificationDeadline => c.RectificationDeadline;

        public bool PendingTransferCitesPenaltyMatter => c.CurrentTransfer is { Status: TransferStatus.PendingApproval, PenaltyMatterIds.Count: > 0 };

        public bool TransferAwaitsLegalReview => c.TransferAwaitsLegalReview;

        public bool ClosingAwaitsLegalReview => c.ClosingAwaitsLegalReview;
    }
}
