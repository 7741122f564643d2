using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;

namespace EnforcementPortal.Domain.Inspections;

/// <summary>One line of an annual plan as drafted: in which quarter, which kind of party, how many, on what subject.</summary>
public sealed record PlanTaskDraft(int Quarter, PartyKind PartyKind, int Count, string Subject);

/// <summary>One task of an annual inspection plan (年度检查计划): the quarter, the kind of party, how many, the subject.</summary>
public sealed record PlanTask(Guid Id, int Quarter, PartyKind PartyKind, int Count, string Subject)
{
    public string Describe() => $"第{Quarter}季度 · {ResponsibleParty.KindName(PartyKind)} {Count} 家 · {Subject}";
}

/// <summary>One change of a plan as its timeline shows it: when, by whom, what.</summary>
public sealed record PlanEvent(DateTime At, Guid ActorId, string ActorName, string Summary);

public enum PlanStatus
{
    /// <summary>草拟，待科长/站长批准.</summary>
    Drafted = 1,

    /// <summary>已批准.</summary>
    Approved = 2,
}

/// <summary>
/// 年度检查计划 (住建部 建法〔2025〕40号 (八)): a department's plan for a year — which kinds of parties it inspects, how many,
/// by quarter — approved by the department's chief. An inspection that is not triggered by a complaint, an assignment,
/// data monitoring or an enterprise request must belong to an approved plan (<see cref="PlanMembership"/>).
/// </summary>
public sealed class InspectionPlan
{
    public const int SubjectMaxLength = 200;
    public const int ActorNameMaxLength = 64;
    public const int MaxCount = 10000;

    private List<PlanTask> _tasks = [];
    private List<PlanEvent> _events = [];

    private InspectionPlan()
    {
        DraftedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public DepartmentCode Department { get; private set; }

    public int Year { get; private set; }

    public PlanStatus Status { get; private set; }

    public IReadOnlyList<PlanTask> Tasks => _tasks;

    /// <summary>The plan's timeline: drafted, each revision while a draft, approved (empty for plans recorded before it).</summary>
    public IReadOnlyList<PlanEvent> Events => _events;

    public Guid DraftedById { get; private set; }

    public string DraftedByName { get; private set; }

    public DateTime DraftedAt { get; private set; }

    public Guid? ApprovedById { get; private set; }

    public string? ApprovedByName { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public int Version { get; private set; }

    public int PlannedTotal => _tasks.Sum(t => t.Count);

    public int PlannedIn(int quarter) => _tasks.Where(t => t.Quarter == quarter).Sum(t => t.Count);

    /// <summary>Drafts the plan of <paramref name="department"/> for <paramref name="year"/>.</summary>
    public static InspectionPlan Draft(Guid id, DepartmentCode department, int year, IReadOnlyList<PlanTaskDraft> tasks, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(year >= at.Year - 1 && year <= at.Year + 1, "年度检查计划只能编制上一年度至下一年度。");
        var checkedTasks = CheckTasks(tasks);
        var plan = new InspectionPlan
        {
            Id = id,
            Department = department,
            Year = year,
            Status = PlanStatus.Drafted,
            _tasks = [.. checkedTasks.Select(t => new PlanTask(Guid.NewGuid(), t.Quarter, t.PartyKind, t.Count, t.Subject))],
            DraftedById = actor.UserId,
            DraftedByName = actor.Name,
            DraftedAt = at,
        };
        plan._events.Add(new PlanEvent(at, actor.UserId, actor.Name, $"编制{year}年度检查计划：{plan.Summary()}"));
        return plan;
    }

    /// <summary>
    /// 修改: replaces the lines of a drafted plan (an approved plan is no longer changed). A line that keeps its quarter,
    /// kind of party and subject keeps its task id, so nothing attached to it is cut loose.
    /// </summary>
    public void Revise(IReadOnlyList<PlanTaskDraft> tasks, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(Status == PlanStatus.Drafted, "年度检查计划已批准，不能再修改。");
        var checkedTasks = CheckTasks(tasks);
        var before = Summary();
        _tasks = [.. checkedTasks.Select(t => new PlanTask(
            _tasks.FirstOrDefault(old => old.Quarter == t.Quarter && old.PartyKind == t.PartyKind && old.Subject == t.Subject)?.Id ?? Guid.NewGuid(),
            t.Quarter,
            t.PartyKind,
            t.Count,
            t.Subject))];
        _events.Add(new PlanEvent(at, actor.UserId, actor.Name, $"修改年度检查计划：由“{before}”改为“{Summary()}”"));
        Version++;
    }

    /// <summary>The plan in one line: tasks and 家次 per quarter.</summary>
    public string Summary() =>
        $"{_tasks.Count}项任务，计划检查{PlannedTotal}家次（一季度{PlannedIn(1)}，二季度{PlannedIn(2)}，三季度{PlannedIn(3)}，四季度{PlannedIn(4)}）";

    /// <summary>
    /// The rules of a plan's lines, with the row number in each message: at least one line; quarter 1–4; a count from 1
    /// to 10000; a subject; no two lines of the same quarter, kind of party and subject.
    /// </summary>
    public static IReadOnlyList<PlanTaskDraft> CheckTasks(IReadOnlyList<PlanTaskDraft> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        Require(tasks.Count > 0, "年度检查计划至少须有一项检查任务。");
        var result = new List<PlanTaskDraft>();
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            var row = i + 1;
            Require(task.Quarter is >= 1 and <= 4, $"第{row}行：季度须为第1至第4季度。");
            Require(Enum.IsDefined(task.PartyKind), $"第{row}行：请选择单位类型。");
            Require(task.Count is >= 1 and <= MaxCount, $"第{row}行：检查家数须为1至{MaxCount}之间的正整数。");
            Require(!string.IsNullOrWhiteSpace(task.Subject), $"第{row}行：请填写检查内容。");
            var subject = task.Subject.Trim();
            Require(subject.Length <= SubjectMaxLength, $"第{row}行：检查内容不能超过{SubjectMaxLength}字。");
            var twin = result.FindIndex(t => t.Quarter == task.Quarter && t.PartyKind == task.PartyKind && t.Subject == subject);
            Require(twin < 0, $"第{row}行与第{twin + 1}行重复（同一季度、同类单位、同一检查内容），请合并为一行。");
            result.Add(task with { Subject = subject });
        }

        return result;
    }

    /// <summary>批准: by the department's chief (the caller checks the role and department).</summary>
    public void Approve(Actor chief, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(chief);
        Require(Status == PlanStatus.Drafted, "该年度检查计划已批准。");
        Status = PlanStatus.Approved;
        ApprovedById = chief.UserId;
        ApprovedByName = chief.Name;
        ApprovedAt = at;
        _events.Add(new PlanEvent(at, chief.UserId, chief.Name, $"批准{Year}年度检查计划：{Summary()}"));
        Version++;
    }

    public PlanTask? FindTask(Guid taskId) => _tasks.FirstOrDefault(t => t.Id == taskId);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainException(message);
        }
    }
}

/// <summary>
/// 计划内检查 (建法〔2025〕40号 (八)): an inspection started by 日常巡查 or 专项检查 must be a task of its department's approved
/// plan of the inspection's year and quarter. 投诉举报, 上级交办, 数据监测 and 企业申请 are outside the plan by nature.
/// </summary>
public static class PlanMembership
{
    public const string MissingTaskMessage = "日常巡查、专项检查须属于本部门已批准的年度检查计划，请选择计划任务。";

    /// <summary>Whether an inspection started by <paramref name="trigger"/> must belong to the plan.</summary>
    public static bool RequiresPlan(Trigger trigger) =>
        trigger is not (Trigger.Complaint or Trigger.AssignedBySuperior or Trigger.DataMonitoring or Trigger.EnterpriseRequest);

    /// <summary>The quarter (1–4) of a day.</summary>
    public static int QuarterOf(DateOnly day) => ((day.Month - 1) / 3) + 1;

    /// <summary>
    /// Checks that the inspection belongs to the plan; returns the plan task (null when the trigger needs none and none
    /// was chosen). Throws <see cref="DomainException"/> with the Chinese reason otherwise.
    /// </summary>
    public static PlanTask? Require(Trigger trigger, DepartmentCode department, DateOnly day, Guid? taskId, IEnumerable<InspectionPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        if (taskId is null)
        {
            return RequiresPlan(trigger) ? throw new DomainException(MissingTaskMessage) : null;
        }

        var plan = plans.FirstOrDefault(p => p.FindTask(taskId.Value) is not null)
            ?? throw new DomainException("所选计划任务不存在。");
        var task = plan.FindTask(taskId.Value)!;
        if (plan.Department != department || plan.Status != PlanStatus.Approved || plan.Year != day.Year)
        {
            throw new DomainException($"所选计划任务不在本部门{day.Year}年已批准的年度检查计划内，不能作为计划内检查。");
        }

        if (task.Quarter != QuarterOf(day))
        {
            throw new DomainException($"所选计划任务安排在第{task.Quarter}季度，检查日期{day.Year}年{day.Month}月{day.Day}日在第{QuarterOf(day)}季度，不属于计划安排。");
        }

        return task;
    }
}
