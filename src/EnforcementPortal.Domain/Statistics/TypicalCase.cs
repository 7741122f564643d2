using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Statistics;

/// <summary>
/// 典型案例: a case the department's chief chooses for the monthly report (月报, 《北京市房地产市场动态监管信息平台操作流程》 四), with a short account
/// of why it is typical. Only a case of the department that saw enforcement activity in the month can be chosen,
/// at most <see cref="MaxPerMonth"/> a month, each once.
/// </summary>
public sealed class TypicalCase
{
    public const int MaxPerMonth = 5;
    public const int SummaryMaxLength = 500;
    public const int CaseNumberMaxLength = EnforcementCase.NumberMaxLength;
    public const int ActorNameMaxLength = 64;

    private TypicalCase()
    {
        CaseNumber = string.Empty;
        Summary = string.Empty;
        ChosenByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public DepartmentCode Department { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The case number at the time of choosing, so the report reads without a join.</summary>
    public string CaseNumber { get; private set; }

    /// <summary>简要案情及典型意义, written by the chief.</summary>
    public string Summary { get; private set; }

    public Guid ChosenById { get; private set; }

    public string ChosenByName { get; private set; }

    public DateTime ChosenAt { get; private set; }

    public ReportMonth ReportMonth => new(Year, Month);

    /// <summary>Chooses a case for the month's report after checking the rules above.</summary>
    /// <param name="candidate">The case as the month's activity shows it (its department and whether it was active).</param>
    /// <param name="alreadyChosen">The cases already chosen for the department's month.</param>
    public static TypicalCase Choose(ReportMonth month, TypicalCaseCandidate candidate, IReadOnlyCollection<Guid> alreadyChosen, string? summary, Actor actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(alreadyChosen);
        ArgumentNullException.ThrowIfNull(actor);
        Require(candidate.ActiveInMonth, $"该案件在{month.Label}没有执法活动，不能作为本月典型案例。");
        Require(!alreadyChosen.Contains(candidate.CaseId), "该案件已是本月典型案例。");
        Require(!IsMonthFull(alreadyChosen.Count), $"每月最多选择{MaxPerMonth}件典型案例。");
        Require(!string.IsNullOrWhiteSpace(summary), "请填写简要案情及典型意义。");
        var text = summary!.Trim();
        Require(text.Length <= SummaryMaxLength, $"简要案情及典型意义不能超过{SummaryMaxLength}个字。");
        return new TypicalCase
        {
            Id = Guid.NewGuid(),
            Department = candidate.Department,
            Year = month.Year,
            Month = month.Month,
            CaseId = candidate.CaseId,
            CaseNumber = candidate.CaseNumber,
            Summary = text,
            ChosenById = actor.UserId,
            ChosenByName = actor.Name.Length > ActorNameMaxLength ? actor.Name[..ActorNameMaxLength] : actor.Name,
            ChosenAt = at,
        };
    }

    /// <summary>Whether a month with <paramref name="chosen"/> typical cases can take no more.</summary>
    public static bool IsMonthFull(int chosen) => chosen >= MaxPerMonth;

    /// <summary>
    /// The month's report is due by the 5th of the next month with its 典型案例 (<see cref="ReportMonth.SubmissionDue"/>):
    /// none chosen after that day is overdue.
    /// </summary>
    public static bool IsChoiceOverdue(ReportMonth month, int chosen, DateOnly today) => chosen == 0 && today > month.SubmissionDue;

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainException(message);
        }
    }
}

/// <summary>A case as the choice of a typical case sees it.</summary>
public sealed record TypicalCaseCandidate(Guid CaseId, string CaseNumber, DepartmentCode Department, bool ActiveInMonth);
