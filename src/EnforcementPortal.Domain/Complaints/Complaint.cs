using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using Stateless;

namespace EnforcementPortal.Domain.Complaints;

/// <summary>
/// 投诉举报: one complaint from intake to the return visit (北京市房地产市场动态监管信息平台操作流程 二（一）–（七）). Every
/// change goes through its own state machine (<see cref="ComplaintLifecycle"/>) and appends to the timeline.
/// The complainant's identity is held only encrypted (<see cref="ProtectedComplainant"/>).
/// </summary>
public sealed partial class Complaint
{
    public const int ReceiptMaxLength = 32;
    public const int PartyNameMaxLength = 200;
    public const int AddressMaxLength = 300;
    public const int DescriptionMaxLength = 4000;
    public const int TextMaxLength = 2000;
    public const int ActorNameMaxLength = 64;
    public const int CipherMaxLength = 1000;
    public const int HashMaxLength = 128;
    public const int MaxAttachments = 10;

    /// <summary>The actor of a complaint filed on the public page.</summary>
    public static readonly Actor PublicComplainant = new(Guid.Empty, "投诉人（网上投诉）");

    private readonly List<ComplaintEvent> _events = [];
    private readonly List<ComplaintAttachment> _attachments = [];

    private Complaint()
    {
        ReceiptNumber = string.Empty;
        PartyName = string.Empty;
        PartyKey = string.Empty;
        SiteAddress = string.Empty;
        SiteKey = string.Empty;
        Description = string.Empty;
        QueryCodeHash = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>受理编号, e.g. TS2026-00017: the complainant's receipt.</summary>
    public string ReceiptNumber { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public ComplaintChannel Channel { get; private set; }

    /// <summary>Reference of the other channel (热线工单号, 转办文号), if any.</summary>
    public string? ChannelReference { get; private set; }

    public BusinessLine Line { get; private set; }

    /// <summary>被投诉单位或项目.</summary>
    public string PartyName { get; private set; }

    /// <summary><see cref="PartyName"/> normalised for duplicate matching.</summary>
    public string PartyKey { get; private set; }

    public string SiteAddress { get; private set; }

    public string SiteKey { get; private set; }

    public string Description { get; private set; }

    public string? ComplainantNameCipher { get; private set; }

    public string? ComplainantPhoneCipher { get; private set; }

    public string? ComplainantPhoneHash { get; private set; }

    public bool IsAnonymous => ComplainantNameCipher is null && ComplainantPhoneCipher is null;

    /// <summary>The keyed hash of the private query code given to the complainant; the code itself is never stored.</summary>
    public string QueryCodeHash { get; private set; }

    public ComplaintState State { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public Guid ReceivedById { get; private set; }

    /// <summary>The department the routing rules named when the complaint was routed.</summary>
    public DepartmentCode? RuleDepartment { get; private set; }

    public DepartmentCode? Department { get; private set; }

    public string? RoutingOverrideReason { get; private set; }

    public DateOnly? RoutedOn { get; private set; }

    public Guid? HandlerId { get; private set; }

    public string? HandlerName { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>处理意见 due: 10 working days from acceptance, plus approved extensions.</summary>
    public DateOnly? OpinionDue { get; private set; }

    public int ExtensionWorkingDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    /// <summary>An extension asked for and not yet decided.</summary>
    public int? PendingExtensionDays { get; private set; }

    public string? PendingExtensionReason { get; private set; }

    public Guid? PendingExtensionById { get; private set; }

    /// <summary>退回/不予受理 asked for, waiting for the chief.</summary>
    public string? PendingRequestReason { get; private set; }

    public Guid? PendingRequestById { get; private set; }

    /// <summary>不予受理的理由, which the complainant reads.</summary>
    public string? RefusalReason { get; private set; }

    public DateOnly? EnterpriseNotifiedOn { get; private set; }

    public DateOnly? EnterpriseReplyDue { get; private set; }

    public DateOnly? EnterpriseRepliedOn { get; private set; }

    public string? EnterpriseReply { get; private set; }

    /// <summary>The party (by 统一社会信用代码) asked to reply; its enterprise account sees this complaint, redacted (<see cref="ComplaintRedaction.ForEnterprise"/>).</summary>
    public Guid? EnterprisePartyId { get; private set; }

    /// <summary>What the bureau asks the enterprise to explain (written by the handler, shown to the enterprise; never the complainant).</summary>
    public string? EnterpriseRequest { get; private set; }

    /// <summary>True when the enterprise replied through its own sign-in (情况说明 and files), not recorded by staff.</summary>
    public bool EnterpriseRepliedOnline { get; private set; }

    public ComplaintOutcome? Outcome { get; private set; }

    /// <summary>处理意见: the answer released to the complainant when the complaint is closed.</summary>
    public string? Answer { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public DateOnly? RectificationDue { get; private set; }

    public string? AssistUnit { get; private set; }

    public DateOnly? AssistDue { get; private set; }

    public string? AssistAnswer { get; private set; }

    public DateOnly? AssistAnsweredOn { get; private set; }

    /// <summary>The enforcement case started from this complaint (trigger 投诉举报).</summary>
    public Guid? CaseId { get; private set; }

    public string? CaseNumber { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public int UrgeCount { get; private set; }

    public DateTime? LastUrgedAt { get; private set; }

    /// <summary>The handler's reason for an overdue complaint (未按期办理的，应注明理由).</summary>
    public string? DelayReason { get; private set; }

    public VisitSatisfaction? Visit { get; private set; }

    public string? VisitNote { get; private set; }

    public DateOnly? VisitedOn { get; private set; }

    /// <summary>An earlier complaint this one is linked to as a duplicate; answered together, each complainant separately.</summary>
    public Guid? LinkedToId { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ComplaintEvent> Events => _events;

    public IReadOnlyList<ComplaintAttachment> Attachments => _attachments;

    /// <summary>The deadline running now, if any: the enterprise's reply, the handling opinion or the 协查 answer.</summary>
    public DateOnly? OpenDeadline => OpenDeadlineOf(State, Outcome, OpinionDue, AssistDue, AssistAnsweredOn);

    /// <summary>
    /// The deadline a complaint in this state runs against: the handling opinion while accepted or in hand, the 协查
    /// answer while one is awaited, none otherwise. Static so a list can read the five columns instead of whole complaints.
    /// </summary>
    public static DateOnly? OpenDeadlineOf(ComplaintState state, ComplaintOutcome? outcome, DateOnly? opinionDue, DateOnly? assistDue, DateOnly? assistAnsweredOn) => state switch
    {
        ComplaintState.Accepted => opinionDue,
        ComplaintState.Handling => opinionDue,
        ComplaintState.Answered when outcome == ComplaintOutcome.AssistRequest && assistAnsweredOn is null => assistDue,
        _ => null,
    };

    public bool IsOverdue(DateOnly today) => OpenDeadline is { } due && today > due;

    public bool IsOpen => State is not (ComplaintState.Closed or ComplaintState.Refused);

    /// <summary>Takes a complaint in. The identity must already be protected; the query code arrives as its keyed hash.</summary>
    public static Complaint Receive(Guid id, int year, int sequence, ComplaintIntake intake, string queryCodeHash, Actor actor, DateTime at, IReadOnlyList<ComplaintAttachment>? attachments = null)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(queryCodeHash);
        Require(Enum.IsDefined(intake.Channel), "请选择投诉来源。");
        Require(Enum.IsDefined(intake.Line), "请选择业务类别。");
        Require(!string.IsNullOrWhiteSpace(intake.PartyName), "请填写被投诉的企业或项目。");
        Require(!string.IsNullOrWhiteSpace(intake.SiteAddress), "请填写地址。");
        Require(!string.IsNullOrWhiteSpace(intake.Description), "请填写投诉举报的内容。");
        Require(intake.PartyName.Trim().Length <= PartyNameMaxLength, $"被投诉的企业或项目不能超过{PartyNameMaxLength}字。");
        Require(intake.SiteAddress.Trim().Length <= AddressMaxLength, $"地址不能超过{AddressMaxLength}字。");
        Require(intake.Description.Trim().Length <= DescriptionMaxLength, $"投诉内容不能超过{DescriptionMaxLength}字。");
        Require((attachments?.Count ?? 0) <= MaxAttachments, $"附件最多{MaxAttachments}个。");
        Require(intake.Channel != ComplaintChannel.OnlinePublic || actor.UserId == Guid.Empty, "网上投诉只能由投诉人本人提交。");

        var complaint = new Complaint
        {
            Id = id,
            Year = year,
            Sequence = sequence,
            ReceiptNumber = $"TS{year}-{sequence:00000}",
            Channel = intake.Channel,
            ChannelReference = string.IsNullOrWhiteSpace(intake.ChannelReference) ? null : intake.ChannelReference.Trim(),
            Line = intake.Line,
            PartyName = intake.PartyName.Trim(),
            PartyKey = DuplicateMatching.Normalize(intake.PartyName),
            SiteAddress = intake.SiteAddress.Trim(),
            SiteKey = DuplicateMatching.Normalize(intake.SiteAddress),
            Description = intake.Description.Trim(),
            ComplainantNameCipher = intake.Complainant.NameCipher,
            ComplainantPhoneCipher = intake.Complainant.PhoneCipher,
            ComplainantPhoneHash = intake.Complainant.PhoneHash,
            QueryCodeHash = queryCodeHash,
            State = ComplaintState.Received,
            ReceivedAt = at,
            ReceivedOn = DateOnly.FromDateTime(at),
            ReceivedById = actor.UserId,
        };
        complaint._attachments.AddRange(attachments ?? []);
        var who = complaint.IsAnonymous ? "匿名" : "实名";
        complaint.Append(actor, at, null, null, ComplaintState.Received, $"{ComplaintNames.Of(intake.Channel)}登记（{who}，{ComplaintNames.Of(intake.Line)}），附件{complaint._attachments.Count}个。");
        return complaint;
    }

    public DuplicateKey DuplicateKey => new(Id, PartyKey, SiteKey, ComplainantPhoneHash, ReceivedOn);

    /// <summary>
    /// 分派: the dispatcher sends the complaint to a department. When it is not the department the rules name, a reason is
    /// required.
    /// </summary>
    public void Route(DepartmentCode department, DepartmentCode ruleDepartment, string? overrideReason, Actor actor, DateTime at)
    {
        Require(Enum.IsDefined(department), "请选择承办部门。");
        var overridden = department != ruleDepartment;
        Require(!overridden || !string.IsNullOrWhiteSpace(overrideReason), $"分派规则指定的承办部门是{ComplaintNames.DepartmentName(ruleDepartment)}；改派其他部门须填写理由。");
        var from = Fire(ComplaintAction.Route);
        Department = department;
        RuleDepartment = ruleDepartment;
        RoutingOverrideReason = overridden ? Limit(overrideReason!) : null;
        RoutedOn = DateOnly.FromDateTime(at);
        HandlerId = null;
        HandlerName = null;
        var why = overridden ? $"（改派，规则部门为{ComplaintNames.DepartmentName(ruleDepartment)}，理由：{RoutingOverrideReason}）" : "（按分派规则）";
        Append(actor, at, ComplaintAction.Route, from, State, $"分派至{ComplaintNames.DepartmentName(department)}{why}。");
    }

    /// <summary>受理: the department accepts and assigns a handler; the handling opinion is due 10 working days later.</summary>
    public void Accept(Actor handler, Actor actor, DateTime at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Require(handler.UserId != Guid.Empty, "请指定经办人。");
        var from = Fire(ComplaintAction.Accept);
        HandlerId = handler.UserId;
        HandlerName = handler.Name;
        AcceptedOn = DateOnly.FromDateTime(at);
        OpinionDue = ComplaintDeadlines.OpinionDue(AcceptedOn.Value, calendar).Date;
        Append(actor, at, ComplaintAction.Accept, from, State, $"受理，经办人：{handler.Name}；处理意见期限 {OpinionDue:yyyy-MM-dd}。");
    }

    /// <summary>经办部门发现案件超出本部门业务范围: asks to return it to the dispatcher; the chief decides.</summary>
    public void RequestReturn(string reason, Actor actor, DateTime at) =>
        RequestDecision(ComplaintAction.RequestReturn, reason, "请填写退回理由（超出本部门业务范围的原因）。", "申请退回分派部门", actor, at);

    /// <summary>无效投诉: asks to refuse it; the chief decides. The reason is shown to the complainant.</summary>
    public void RequestRefusal(string reason, Actor actor, DateTime at) =>
        RequestDecision(ComplaintAction.RequestRefusal, reason, "请填写不予受理的理由（投诉人可见）。", "申请不予受理", actor, at);

    /// <summary>The chief approves the pending return or refusal (可经部门领导批准后将案件回退至派件部门或不予受理).</summary>
    public void ApprovePendingRequest(Actor chief, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(chief);
        Require(State is ComplaintState.ReturnPending or ComplaintState.RefusalPending, "没有待审批的退回或不予受理申请。");
        Require(PendingRequestById != chief.UserId, "申请人不能审批自己的申请。");
        var reason = PendingRequestReason!;
        if (State == ComplaintState.ReturnPending)
        {
            var from = Fire(ComplaintAction.ApproveReturn);
            var department = Department!.Value;
            Department = null;
            Append(chief, at, ComplaintAction.ApproveReturn, from, State, $"批准退回：{ComplaintNames.DepartmentName(department)}退回分派部门，理由：{reason}");
        }
        else
        {
            var from = Fire(ComplaintAction.ApproveRefusal);
            RefusalReason = reason;
            ClosedOn = DateOnly.FromDateTime(at);
            Append(chief, at, ComplaintAction.ApproveRefusal, from, State, $"批准不予受理，理由：{reason}");
        }

        PendingRequestReason = null;
        PendingRequestById = null;
    }

    /// <summary>The chief does not agree: the complaint goes back to the department to accept.</summary>
    public void RejectPendingRequest(string note, Actor chief, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(chief);
        Require(!string.IsNullOrWhiteSpace(note), "请填写不同意的意见。");
        Require(PendingRequestById != chief.UserId, "申请人不能审批自己的申请。");
        var from = Fire(ComplaintAction.RejectRequest);
        PendingRequestReason = null;
        PendingRequestById = null;
        Append(chief, at, ComplaintAction.RejectRequest, from, State, $"不同意退回/不予受理：{Limit(note)}");
    }

    /// <summary>
    /// 通知企业回复: the enterprise replies within 3 working days. With <paramref name="partyId"/> (the party found by its
    /// 统一社会信用代码) the complaint is linked to that party, whose enterprise account sees it and replies on line; the
    /// <paramref name="request"/> is then required: it is all the enterprise reads of what was complained about.
    /// </summary>
    public void NotifyEnterprise(DateOnly notifiedOn, Actor actor, DateTime at, WorkingDayCalendar calendar, Guid? partyId = null, string? request = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(notifiedOn <= DateOnly.FromDateTime(at), "通知日期不能晚于今天。");
        Require(AcceptedOn is null || notifiedOn >= AcceptedOn, "通知日期不能早于受理日期。");
        Require(partyId is null || partyId != Guid.Empty, "请填写被投诉企业的统一社会信用代码。");
        Require(partyId is null || !string.IsNullOrWhiteSpace(request), "请填写需企业说明的事项（企业可见，请勿写入投诉人信息）。");
        var from = Fire(ComplaintAction.NotifyEnterprise);
        EnterpriseNotifiedOn = notifiedOn;
        EnterpriseReplyDue = ComplaintDeadlines.EnterpriseReplyDue(notifiedOn, calendar).Date;
        EnterprisePartyId = partyId;
        EnterpriseRequest = string.IsNullOrWhiteSpace(request) ? null : Limit(request);
        var online = partyId is null ? string.Empty : "，企业可登录企业服务页在线回复";
        Append(actor, at, ComplaintAction.NotifyEnterprise, from, State, $"{notifiedOn:yyyy-MM-dd}通知被投诉企业，{ComplaintDeadlines.EnterpriseReplyWorkingDays}个工作日内（{EnterpriseReplyDue:yyyy-MM-dd}前）回复{online}。");
    }

    /// <summary>The enterprise's reply, as received (not a transition).</summary>
    public void RecordEnterpriseReply(DateOnly receivedOn, string content, Actor actor, DateTime at)
    {
        Require(State == ComplaintState.Handling, "尚未通知企业回复，不能登记企业回复。");
        Require(EnterpriseReply is null, "企业已回复，不能重复登记。");
        Require(!string.IsNullOrWhiteSpace(content), "请填写企业回复的内容。");
        Require(receivedOn >= EnterpriseNotifiedOn!.Value && receivedOn <= DateOnly.FromDateTime(at), "回复日期须在通知日期与今天之间。");
        EnterpriseRepliedOn = receivedOn;
        EnterpriseReply = Limit(content);
        var late = receivedOn > EnterpriseReplyDue ? "（逾期）" : string.Empty;
        Append(actor, at, null, State, State, $"登记企业回复（{receivedOn:yyyy-MM-dd}）{late}。");
    }

    /// <summary>
    /// 企业网上回复: the linked enterprise's 情况说明 with its files (already checked by content and size), through its own
    /// sign-in, on or before the reply deadline (3 working days of the 调休 calendar). A late reply is refused.
    /// </summary>
    public void ReplyAsEnterprise(Guid partyId, string content, IReadOnlyList<ComplaintAttachment> files, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(actor);
        Require(EnterprisePartyId is { } linked && linked == partyId && partyId != Guid.Empty, "该投诉未通知本单位回复。");
        Require(State == ComplaintState.Handling && EnterpriseReply is null, "本单位已回复或该投诉已不需回复。");
        var today = DateOnly.FromDateTime(at);
        Require(today <= EnterpriseReplyDue!.Value, $"回复期限已于{EnterpriseReplyDue.Value.Year}年{EnterpriseReplyDue.Value.Month}月{EnterpriseReplyDue.Value.Day}日届满，不能再在线提交情况说明，请与承办部门联系。");
        Require(!string.IsNullOrWhiteSpace(content), "请填写情况说明。");
        Require(content.Trim().Length <= TextMaxLength, $"情况说明不能超过{TextMaxLength}字。");
        Require(files.Count <= MaxAttachments, $"附件最多{MaxAttachments}个。");
        Require(files.All(f => f.FromEnterprise), "企业回复的附件须标明来源。");
        EnterpriseRepliedOn = today;
        EnterpriseReply = Limit(content);
        EnterpriseRepliedOnline = true;
        _attachments.AddRange(files);
        Append(actor, at, null, State, State, $"被投诉企业在线提交情况说明（{today:yyyy-MM-dd}），附件{files.Count}个。");
    }

    /// <summary>复杂案件适当延长处理时限: the handler asks, with a reason; the chief approves.</summary>
    public void RequestExtension(int workingDays, string reason, Actor actor, DateTime at)
    {
        Require(State is ComplaintState.Accepted or ComplaintState.Handling, "只有受理后、提出处理意见前可以申请延期。");
        Require(PendingExtensionDays is null, "已有待审批的延期申请。");
        Require(workingDays is >= 1 and <= ComplaintDeadlines.MaxExtensionWorkingDays, $"延期天数须在1至{ComplaintDeadlines.MaxExtensionWorkingDays}个工作日之间。");
        Require(!string.IsNullOrWhiteSpace(reason), "请填写延期理由。");
        PendingExtensionDays = workingDays;
        PendingExtensionReason = Limit(reason);
        PendingExtensionById = actor.UserId;
        Append(actor, at, null, State, State, $"申请延长处理时限{workingDays}个工作日，理由：{PendingExtensionReason}");
    }

    public void ApproveExtension(Actor chief, DateTime at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(chief);
        ArgumentNullException.ThrowIfNull(calendar);
        Require(PendingExtensionDays is not null, "没有待审批的延期申请。");
        Require(State is ComplaintState.Accepted or ComplaintState.Handling, "该投诉已提出处理意见，不能再延期。");
        Require(PendingExtensionById != chief.UserId, "申请人不能审批自己的延期申请。");
        var days = PendingExtensionDays!.Value;
        ExtensionWorkingDays += days;
        ExtensionReason = PendingExtensionReason;
        OpinionDue = calendar.AddWorkingDays(OpinionDue!.Value, days).Date;
        PendingExtensionDays = null;
        PendingExtensionReason = null;
        PendingExtensionById = null;
        Append(chief, at, null, State, State, $"批准延期{days}个工作日，处理意见期限改为 {OpinionDue:yyyy-MM-dd}。");
    }

    /// <summary>
    /// 提出处理意见 with the outcome: no violation and civil dispute answer the complainant; a violation orders rectification
    /// within 15 days (and an enforcement case follows); an assist request names the unit, which answers in 10 working days.
    /// </summary>
    public void RecordOpinion(ComplaintOutcome outcome, string answer, string? assistUnit, Actor actor, DateTime at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(actor);
        Require(Enum.IsDefined(outcome), "请选择处理结果。");
        Require(!string.IsNullOrWhiteSpace(answer), "请填写处理意见（将答复投诉人，请勿写入投诉人信息）。");
        Require(outcome != ComplaintOutcome.AssistRequest || !string.IsNullOrWhiteSpace(assistUnit), "请填写协查单位。");
        var from = Fire(ComplaintAction.RecordOpinion);
        var today = DateOnly.FromDateTime(at);
        Outcome = outcome;
        Answer = Limit(answer);
        AnsweredOn = today;
        if (outcome == ComplaintOutcome.Violation)
        {
            RectificationDue = ComplaintDeadlines.RectificationDue(today, calendar).Date;
        }

        if (outcome == ComplaintOutcome.AssistRequest)
        {
            AssistUnit = Limit(assistUnit!);
            AssistDue = ComplaintDeadlines.AssistDue(today, calendar).Date;
        }

        var late = OpinionDue is { } due && today > due ? "（逾期）" : string.Empty;
        var extra = outcome switch
        {
            ComplaintOutcome.Violation => $"；责令整改，{RectificationDue:yyyy-MM-dd}前上报整改方案和整改结果",
            ComplaintOutcome.AssistRequest => $"；发送协查至{AssistUnit}，{AssistDue:yyyy-MM-dd}前反馈",
            ComplaintOutcome.CivilDispute => "；建议双方通过司法途径解决",
            _ => string.Empty,
        };
        Append(actor, at, ComplaintAction.RecordOpinion, from, State, $"提出处理意见{late}：{ComplaintNames.Of(outcome)}{extra}。");
    }

    /// <summary>The 协查 unit's answer (not a transition).</summary>
    public void RecordAssistAnswer(DateOnly receivedOn, string content, Actor actor, DateTime at)
    {
        Require(State == ComplaintState.Answered && Outcome == ComplaintOutcome.AssistRequest, "该投诉没有待反馈的协查。");
        Require(AssistAnsweredOn is null, "协查意见已登记。");
        Require(!string.IsNullOrWhiteSpace(content), "请填写协查意见。");
        Require(receivedOn >= AnsweredOn!.Value && receivedOn <= DateOnly.FromDateTime(at), "反馈日期须在发送协查之后、不晚于今天。");
        AssistAnswer = Limit(content);
        AssistAnsweredOn = receivedOn;
        var late = receivedOn > AssistDue ? "（逾期）" : string.Empty;
        Append(actor, at, null, State, State, $"登记{AssistUnit}的协查意见（{receivedOn:yyyy-MM-dd}）{late}。");
    }

    /// <summary>Links the enforcement case started from this complaint (违法违规 → 依法查处, trigger 投诉举报).</summary>
    public void LinkCase(Guid caseId, string caseNumber, Actor actor, DateTime at)
    {
        Require(State is ComplaintState.Answered or ComplaintState.Closed && Outcome == ComplaintOutcome.Violation, "只有处理结果为“存在违法违规行为”的投诉可以立案查处。");
        Require(CaseId is null, $"该投诉已立案：{CaseNumber}。");
        CaseId = caseId;
        CaseNumber = caseNumber;
        Append(actor, at, null, State, State, $"依法查处，启动执法案件 {caseNumber}。");
    }

    /// <summary>办结: the answer is released to the complainant on the progress page.</summary>
    public void Close(Actor actor, DateTime at)
    {
        Require(Outcome != ComplaintOutcome.Violation || CaseId is not null, "存在违法违规行为的投诉须先启动执法案件，方可办结。");
        Require(Outcome != ComplaintOutcome.AssistRequest || AssistAnsweredOn is not null, "协查意见尚未反馈，不能办结。");
        var from = Fire(ComplaintAction.Close);
        ClosedOn = DateOnly.FromDateTime(at);
        Append(actor, at, ComplaintAction.Close, from, State, "办结，答复投诉人。");
    }

    /// <summary>催办 of an overdue complaint, recorded.</summary>
    public void Urge(string note, Actor actor, DateTime at)
    {
        Require(IsOverdue(DateOnly.FromDateTime(at)), "该投诉未逾期，无需催办。");
        Require(!string.IsNullOrWhiteSpace(note), "请填写催办意见。");
        UrgeCount++;
        LastUrgedAt = at;
        Append(actor, at, null, State, State, $"催办（第{UrgeCount}次）：{Limit(note)}");
    }

    /// <summary>未按期办理的，应注明理由: the handler's reason for the delay.</summary>
    public void RecordDelayReason(string reason, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(IsOverdue(DateOnly.FromDateTime(at)), "该投诉未逾期。");
        Require(!string.IsNullOrWhiteSpace(reason), "请填写逾期理由。");
        DelayReason = Limit(reason);
        Append(actor, at, null, State, State, $"注明逾期理由：{DelayReason}");
    }

    /// <summary>回访: after closing, the complainant's satisfaction and a note.</summary>
    public void RecordVisit(VisitSatisfaction satisfaction, string? note, Actor actor, DateTime at)
    {
        Require(State == ComplaintState.Closed, "办结后方可回访。");
        Require(Visit is null, "已回访。");
        Require(Enum.IsDefined(satisfaction), "请选择回访结果。");
        Require(!IsAnonymous || satisfaction == VisitSatisfaction.Unreachable, "匿名投诉无法回访，只能登记为“未能联系”。");
        Visit = satisfaction;
        VisitNote = string.IsNullOrWhiteSpace(note) ? null : Limit(note);
        VisitedOn = DateOnly.FromDateTime(at);
        Append(actor, at, null, State, State, $"回访：{ComplaintNames.Of(satisfaction)}{(VisitNote is null ? string.Empty : "，" + VisitNote)}");
    }

    /// <summary>Links this complaint to an earlier one about the same party or site (answered together).</summary>
    public void LinkDuplicate(Complaint earlier, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        Require(earlier.Id != Id, "不能关联自身。");
        Require(State is ComplaintState.Received or ComplaintState.Returned, "只有待分派的投诉可以关联重复件。");
        LinkedToId = earlier.Id;
        Append(actor, at, null, State, State, $"关联重复投诉 {earlier.ReceiptNumber}（同一当事人或地点，合并办理、分别答复）。");
    }

    /// <summary>The actions the state machine permits now.</summary>
    public IReadOnlyList<ComplaintAction> PermittedActions =>
        [.. Enum.GetValues<ComplaintAction>().Where(CanDo)];

    public bool CanDo(ComplaintAction action) => ComplaintLifecycle.Build(() => State, s => { }).CanFire(action);

    /// <summary>
    /// The steps the complainant sees on the public progress page: names and dates only, nobody's name, no phone.
    /// </summary>
    public IReadOnlyList<ProgressStep> ProgressSteps()
    {
        var steps = new List<ProgressStep>
        {
            new("已登记", null, ReceivedOn),
            new("分派至承办部门", null, RoutedOn),
        };
        if (State == ComplaintState.Refused)
        {
            steps.Add(new ProgressStep("不予受理", null, ClosedOn));
            return steps;
        }

        steps.Add(new ProgressStep("受理", null, AcceptedOn));
        if (EnterpriseNotifiedOn is not null)
        {
            steps.Add(new ProgressStep("被投诉企业回复", EnterpriseReplyDue, EnterpriseRepliedOn));
        }

        steps.Add(new ProgressStep("提出处理意见", OpinionDue, AnsweredOn));
        if (Outcome == ComplaintOutcome.Violation)
        {
            steps.Add(new ProgressStep("责令整改", RectificationDue, null));
        }

        if (Outcome == ComplaintOutcome.AssistRequest)
        {
            steps.Add(new ProgressStep("协查反馈", AssistDue, AssistAnsweredOn));
        }

        steps.Add(new ProgressStep("办结答复", null, ClosedOn));
        return steps;
    }

    private void RequestDecision(ComplaintAction action, string reason, string missing, string verb, Actor actor, DateTime at)
    {
        Require(!string.IsNullOrWhiteSpace(reason), missing);
        var from = Fire(action);
        PendingRequestReason = Limit(reason);
        PendingRequestById = actor.UserId;
        Append(actor, at, action, from, State, $"{verb}，理由：{PendingRequestReason}");
    }

    private ComplaintState Fire(ComplaintAction action)
    {
        var from = State;
        var machine = ComplaintLifecycle.Build(() => State, s => State = s);
        if (!machine.CanFire(action))
        {
            throw new ActionNotPermittedException($"投诉当前状态为“{ComplaintNames.Of(State)}”，不能{ComplaintNames.Of(action)}。");
        }

        machine.Fire(action);
        return from;
    }

    private void Append(Actor actor, DateTime at, ComplaintAction? action, ComplaintState? from, ComplaintState to, string summary)
    {
        ArgumentNullException.ThrowIfNull(actor);
        _events.Add(new ComplaintEvent(Id, _events.Count + 1, at, actor, action, from, to, summary));
        Version++;
    }

    private static string Limit(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > TextMaxLength ? trimmed[..TextMaxLength] : trimmed;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainException(message);
        }
    }
}

/// <summary>
/// The complaint's states and steps as one Stateless configuration: received → routed → accepted (or, with the chief's
/// approval, returned to the dispatcher or refused) → handling → answered → closed.
/// </summary>
public static class ComplaintLifecycle
{
    public static StateMachine<ComplaintState, ComplaintAction> Build(Func<ComplaintState> read, Action<ComplaintState> write)
    {
        var machine = new StateMachine<ComplaintState, ComplaintAction>(read, write);
        machine.Configure(ComplaintState.Received).Permit(ComplaintAction.Route, ComplaintState.Routed);
        machine.Configure(ComplaintState.Returned).Permit(ComplaintAction.Route, ComplaintState.Routed);
        machine.Configure(ComplaintState.Routed)
            .Permit(ComplaintAction.Accept, ComplaintState.Accepted)
            .Permit(ComplaintAction.RequestReturn, ComplaintState.ReturnPending)
            .Permit(ComplaintAction.RequestRefusal, ComplaintState.RefusalPending);
        machine.Configure(ComplaintState.ReturnPending)
            .Permit(ComplaintAction.ApproveReturn, ComplaintState.Returned)
            .Permit(ComplaintAction.RejectRequest, ComplaintState.Routed);
        machine.Configure(ComplaintState.RefusalPending)
            .Permit(ComplaintAction.ApproveRefusal, ComplaintState.Refused)
            .Permit(ComplaintAction.RejectRequest, ComplaintState.Routed);
        machine.Configure(ComplaintState.Accepted)
            .Permit(ComplaintAction.NotifyEnterprise, ComplaintState.Handling)
            .Permit(ComplaintAction.RecordOpinion, ComplaintState.Answered);
        machine.Configure(ComplaintState.Handling).Permit(ComplaintAction.RecordOpinion, ComplaintState.Answered);
        machine.Configure(ComplaintState.Answered).Permit(ComplaintAction.Close, ComplaintState.Closed);
        return machine;
    }
}
