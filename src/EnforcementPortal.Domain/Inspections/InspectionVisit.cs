using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using Stateless;

namespace EnforcementPortal.Domain.Inspections;

/// <summary>The lifecycle of an inspection visit. Values are stored: never renumber.</summary>
public enum VisitState
{
    /// <summary>检查方案已拟定，待批准.</summary>
    SchemeDrafted = 1,

    /// <summary>检查方案已批准，待检查.</summary>
    SchemeApproved = 2,

    /// <summary>行政检查通知书已送达，现场检查中.</summary>
    NoticeIssued = 3,

    /// <summary>紧急检查进行中（方案事后补批）.</summary>
    EmergencyUnderway = 4,

    /// <summary>现场检查笔录已记录，检查完成.</summary>
    Completed = 5,
}

/// <summary>The steps of a visit; the triggers of its machine. Values are stored: never renumber.</summary>
public enum VisitAction
{
    ApproveScheme = 1,
    IssueNotice = 2,
    RecordOnSite = 3,
    ApproveAfterwards = 4,
    TellResult = 5,
}

/// <summary>How the inspection result was told to the enterprise (检查结果告知).</summary>
public enum ResultNotificationMethod
{
    /// <summary>当场告知.</summary>
    OnSite = 1,

    /// <summary>书面告知.</summary>
    Written = 2,

    /// <summary>电话告知.</summary>
    Phone = 3,

    /// <summary>电子送达.</summary>
    Electronic = 4,
}

/// <summary>The scheme (检查方案) of a visit: why, whom, where, when, what is checked and how.</summary>
public sealed record VisitScheme(
    Trigger Trigger,
    Guid? PlanTaskId,
    Guid PartyId,
    string PartyName,
    string SiteName,
    string SiteAddress,
    DateOnly PlannedOn,
    string Scope,
    string Method,
    Guid? ChecklistId);

/// <summary>One entry of a visit's timeline.</summary>
public sealed record VisitEvent(int Sequence, DateTime At, Guid ActorId, string ActorName, VisitAction? Action, VisitState? From, VisitState To, string Summary);

/// <summary>
/// 检查方案 → 批准 → 行政检查通知书 → 现场检查笔录 (住建部 建法〔2025〕40号 (八)): one inspection visit, planned before it happens.
/// The department head approves the scheme before the visit; the 行政检查通知书 is issued on the day of the visit; the
/// on-site record completes the visit and opens the case. In an emergency the officer records the reason and inspects
/// at once, and the approval follows (<see cref="AwaitsApprovalAfterwards"/> until it does). Every change goes through
/// the visit's own state machine and appends to its timeline.
/// </summary>
public sealed class InspectionVisit
{
    public const int TextMaxLength = 2000;
    public const int NameMaxLength = 200;
    public const int ActorNameMaxLength = 64;

    private List<VisitEvent> _events = [];
    private List<ChecklistItemResult> _checklistResults = [];

    private InspectionVisit()
    {
        PartyName = string.Empty;
        SiteName = string.Empty;
        SiteAddress = string.Empty;
        Scope = string.Empty;
        Method = string.Empty;
        DraftedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public DepartmentCode Department { get; private set; }

    public Trigger Trigger { get; private set; }

    public Guid? PlanTaskId { get; private set; }

    public Guid PartyId { get; private set; }

    public string PartyName { get; private set; }

    public string SiteName { get; private set; }

    public string SiteAddress { get; private set; }

    public DateOnly PlannedOn { get; private set; }

    /// <summary>检查事项.</summary>
    public string Scope { get; private set; }

    /// <summary>检查方式与人员安排.</summary>
    public string Method { get; private set; }

    public Guid? ChecklistId { get; private set; }

    public VisitState State { get; private set; }

    public bool IsEmergency { get; private set; }

    public string? EmergencyReason { get; private set; }

    public Guid DraftedById { get; private set; }

    public string DraftedByName { get; private set; }

    public DateTime DraftedAt { get; private set; }

    public Guid? ApprovedById { get; private set; }

    public string? ApprovedByName { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    /// <summary>The day the 行政检查通知书 was given to the enterprise: the day of the visit.</summary>
    public DateOnly? NoticeIssuedOn { get; private set; }

    public DateTime? InspectedAt { get; private set; }

    public Guid? CaseId { get; private set; }

    public string? CaseNumber { get; private set; }

    public DateOnly? ResultToldOn { get; private set; }

    public ResultNotificationMethod? ResultToldMethod { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<VisitEvent> Events => _events;

    public IReadOnlyList<ChecklistItemResult> ChecklistResults => _checklistResults;

    /// <summary>An emergency inspection whose scheme is not yet approved: on the overdue (督办) list until it is.</summary>
    public bool AwaitsApprovalAfterwards => IsEmergency && ApprovedAt is null;

    /// <summary>拟定检查方案, for approval by the department head before the visit.</summary>
    public static InspectionVisit Plan(Guid id, DepartmentCode department, VisitScheme scheme, Actor actor, DateTime at)
    {
        var visit = Create(id, department, scheme, actor, at);
        Require(scheme.PlannedOn >= DateOnly.FromDateTime(at), "计划检查日期不能早于今天。");
        visit.State = VisitState.SchemeDrafted;
        visit.Append(actor, at, null, null, $"拟定检查方案：{visit.SiteName}，计划{Day(visit.PlannedOn)}检查，待批准。");
        return visit;
    }

    /// <summary>
    /// 紧急检查: the officer records why the visit cannot wait for approval, gives the 行政检查通知书 at once and inspects;
    /// the approval follows.
    /// </summary>
    public static InspectionVisit StartEmergency(Guid id, DepartmentCode department, VisitScheme scheme, string reason, Actor actor, DateTime at)
    {
        Require(!string.IsNullOrWhiteSpace(reason), "紧急检查须填写紧急情况说明。");
        Require(reason.Trim().Length <= TextMaxLength, $"紧急情况说明不能超过{TextMaxLength}字。");
        var visit = Create(id, department, scheme with { PlannedOn = DateOnly.FromDateTime(at) }, actor, at);
        visit.IsEmergency = true;
        visit.EmergencyReason = reason.Trim();
        visit.State = VisitState.EmergencyUnderway;
        visit.NoticeIssuedOn = DateOnly.FromDateTime(at);
        visit.Append(actor, at, null, null, $"紧急检查：{visit.EmergencyReason}；{Day(visit.NoticeIssuedOn.Value)}送达行政检查通知书，检查方案待事后补批。");
        return visit;
    }

    /// <summary>批准检查方案 (科长/站长), before the visit.</summary>
    public void ApproveScheme(Actor chief, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(chief);
        Fire(VisitAction.ApproveScheme, chief, at, "批准检查方案。", () => (ApprovedById, ApprovedByName, ApprovedAt) = (chief.UserId, chief.Name, at));
    }

    /// <summary>事后补批 an emergency inspection's scheme.</summary>
    public void ApproveAfterwards(Actor chief, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(chief);
        Fire(VisitAction.ApproveAfterwards, chief, at, $"补批紧急检查方案（紧急情况：{EmergencyReason}）。", () => (ApprovedById, ApprovedByName, ApprovedAt) = (chief.UserId, chief.Name, at));
    }

    /// <summary>送达行政检查通知书: the visit starts; the notice is dated this day.</summary>
    public void IssueNotice(Actor actor, DateTime at)
    {
        var day = DateOnly.FromDateTime(at);
        Fire(VisitAction.IssueNotice, actor, at, $"{Day(day)}送达行政检查通知书，开始现场检查。", () => NoticeIssuedOn = day);
    }

    /// <summary>
    /// Checks that the on-site record can complete this visit now: the visit is under way and the inspection took place
    /// on the day the 行政检查通知书 was given. Throws <see cref="DomainException"/> otherwise. Run before opening the case.
    /// </summary>
    public void CheckRecord(DateTime inspectedAt, DateTime now)
    {
        if (State is not (VisitState.NoticeIssued or VisitState.EmergencyUnderway))
        {
            throw new ActionNotPermittedException(
                State is VisitState.SchemeDrafted or VisitState.SchemeApproved
                    ? "检查方案须经批准并送达行政检查通知书后，方可记录现场检查笔录。"
                    : "该检查已记录现场检查笔录。",
                []);
        }

        Require(DateOnly.FromDateTime(inspectedAt) == NoticeIssuedOn, $"现场检查须在行政检查通知书送达当日（{Day(NoticeIssuedOn!.Value)}）进行，检查时间不符。");
        Require(inspectedAt <= now.AddMinutes(5), "检查时间不能晚于当前时间。");
    }

    /// <summary>现场检查笔录: completes the visit with the case it opened and the checklist's item results.</summary>
    public void RecordOnSite(DateTime inspectedAt, Guid caseId, string caseNumber, IReadOnlyList<ChecklistItemResult> checklistResults, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(checklistResults);
        CheckRecord(inspectedAt, at);
        var failed = checklistResults.Count(r => r.Verdict == ChecklistVerdict.Fail);
        var summary = checklistResults.Count == 0
            ? $"记录现场检查笔录，登记案件{caseNumber}。"
            : $"记录现场检查笔录（检查项{checklistResults.Count}项，不合格{failed}项），登记案件{caseNumber}。";
        Fire(VisitAction.RecordOnSite, actor, at, summary, () =>
        {
            InspectedAt = inspectedAt;
            CaseId = caseId;
            CaseNumber = caseNumber;
            _checklistResults = [.. checklistResults];
        });
    }

    /// <summary>检查结果告知: the day and the way the enterprise was told the result.</summary>
    public void TellResult(DateOnly toldOn, ResultNotificationMethod method, Actor actor, DateTime at)
    {
        Require(State == VisitState.Completed, "现场检查完成后方可登记检查结果告知。");
        Require(ResultToldOn is null, "检查结果告知已登记。");
        Require(toldOn >= DateOnly.FromDateTime(InspectedAt!.Value), "告知日期不能早于检查日期。");
        Require(toldOn <= DateOnly.FromDateTime(at), "告知日期不能晚于今天。");
        Fire(VisitAction.TellResult, actor, at, $"{Day(toldOn)}以{MethodName(method)}方式告知检查结果。", () => (ResultToldOn, ResultToldMethod) = (toldOn, method));
    }

    /// <summary>The steps possible now.</summary>
    public IReadOnlyList<VisitAction> PermittedActions
    {
        get
        {
            var machine = Machine();
            return [.. Enum.GetValues<VisitAction>().Where(a => machine.CanFire(a))];
        }
    }

    public static string StateName(VisitState state) => state switch
    {
        VisitState.SchemeDrafted => "方案待批准",
        VisitState.SchemeApproved => "方案已批准，待检查",
        VisitState.NoticeIssued => "已送达检查通知书，检查中",
        VisitState.EmergencyUnderway => "紧急检查中",
        VisitState.Completed => "检查完成",
        _ => state.ToString(),
    };

    public static string MethodName(ResultNotificationMethod method) => method switch
    {
        ResultNotificationMethod.OnSite => "当场告知",
        ResultNotificationMethod.Written => "书面告知",
        ResultNotificationMethod.Phone => "电话告知",
        ResultNotificationMethod.Electronic => "电子送达",
        _ => method.ToString(),
    };

    public static string ActionName(VisitAction action) => action switch
    {
        VisitAction.ApproveScheme => "批准检查方案",
        VisitAction.IssueNotice => "送达行政检查通知书",
        VisitAction.RecordOnSite => "记录现场检查笔录",
        VisitAction.ApproveAfterwards => "补批紧急检查方案",
        VisitAction.TellResult => "登记检查结果告知",
        _ => action.ToString(),
    };

    private static InspectionVisit Create(Guid id, DepartmentCode department, VisitScheme scheme, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(actor);
        Require(!string.IsNullOrWhiteSpace(scheme.SiteName), "请填写项目/场所名称。");
        Require(!string.IsNullOrWhiteSpace(scheme.SiteAddress), "请填写项目/场所地址。");
        Require(!string.IsNullOrWhiteSpace(scheme.Scope), "请填写检查事项。");
        Require(!string.IsNullOrWhiteSpace(scheme.Method), "请填写检查方式与人员安排。");
        Require(scheme.SiteName.Trim().Length <= NameMaxLength && scheme.SiteAddress.Trim().Length <= NameMaxLength, $"项目名称和地址不能超过{NameMaxLength}字。");
        Require(scheme.Scope.Trim().Length <= TextMaxLength && scheme.Method.Trim().Length <= TextMaxLength, $"检查事项和检查方式不能超过{TextMaxLength}字。");
        return new InspectionVisit
        {
            Id = id,
            Department = department,
            Trigger = scheme.Trigger,
            PlanTaskId = scheme.PlanTaskId,
            PartyId = scheme.PartyId,
            PartyName = scheme.PartyName.Trim(),
            SiteName = scheme.SiteName.Trim(),
            SiteAddress = scheme.SiteAddress.Trim(),
            PlannedOn = scheme.PlannedOn,
            Scope = scheme.Scope.Trim(),
            Method = scheme.Method.Trim(),
            ChecklistId = scheme.ChecklistId,
            DraftedById = actor.UserId,
            DraftedByName = actor.Name,
            DraftedAt = at,
        };
    }

    private StateMachine<VisitState, VisitAction> Machine()
    {
        var machine = new StateMachine<VisitState, VisitAction>(() => State, s => State = s);
        machine.Configure(VisitState.SchemeDrafted)
            .Permit(VisitAction.ApproveScheme, VisitState.SchemeApproved);
        machine.Configure(VisitState.SchemeApproved)
            .Permit(VisitAction.IssueNotice, VisitState.NoticeIssued);
        machine.Configure(VisitState.NoticeIssued)
            .Permit(VisitAction.RecordOnSite, VisitState.Completed);
        machine.Configure(VisitState.EmergencyUnderway)
            .Permit(VisitAction.RecordOnSite, VisitState.Completed)
            .PermitReentryIf(VisitAction.ApproveAfterwards, () => AwaitsApprovalAfterwards, "紧急检查方案尚未补批");
        machine.Configure(VisitState.Completed)
            .PermitReentryIf(VisitAction.ApproveAfterwards, () => AwaitsApprovalAfterwards, "紧急检查方案尚未补批")
            .PermitReentryIf(VisitAction.TellResult, () => ResultToldOn is null, "检查结果尚未告知");
        return machine;
    }

    private void Fire(VisitAction action, Actor actor, DateTime at, string summary, Action apply)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var machine = Machine();
        if (!machine.CanFire(action))
        {
            throw new ActionNotPermittedException($"当前（{StateName(State)}）不能{ActionName(action)}。", []);
        }

        var from = State;
        machine.Fire(action);
        apply();
        Append(actor, at, action, from, summary);
        Version++;
    }

    private void Append(Actor actor, DateTime at, VisitAction? action, VisitState? from, string summary) =>
        _events.Add(new VisitEvent(_events.Count + 1, at, actor.UserId, actor.Name, action, from, State, summary));

    private static string Day(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainException(message);
        }
    }
}
