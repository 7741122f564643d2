using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Supervision;

/// <summary>What a 督办 item is about. The values are stored in 督办函 records: never renumber.</summary>
public enum SupervisionItemKind
{
    /// <summary>整改期限: the party's rectification term.</summary>
    Rectification = 1,

    /// <summary>复查未完成: the reply came in, the review is still to be done.</summary>
    Review = 2,

    /// <summary>移交期限: 10 working days from the determination (建法〔2025〕40号 (三)).</summary>
    Transfer = 3,

    /// <summary>立案反馈未收到: the 城市管理局 has not reported whether it filed the case.</summary>
    FilingFeedback = 4,

    /// <summary>处置结果反馈未收到: the 城市管理局 filed the case and has not reported the disposal.</summary>
    DisposalFeedback = 5,

    /// <summary>归档期限: 60 days from conclusion (建法〔2025〕40号 (十)).</summary>
    Archive = 6,

    /// <summary>投诉处理期限: the handling opinion or the 协查 answer of a complaint.</summary>
    Complaint = 7,

    /// <summary>
    /// Items of sources added later (e.g. 未经批准的紧急检查): a source that brings its own kind of item uses this and
    /// names it in <see cref="SupervisionItem.Title"/>.
    /// </summary>
    Other = 99,
}

/// <summary>The bureau's settings of the 督办 list (configuration <c>Supervision:*</c>).</summary>
/// <param name="ReviewWorkingDays">Working days after the party's reply within which the review is due (a bureau setting; no source sets a term).</param>
/// <param name="FilingFeedbackWorkingDays">
/// Working days after the transfer after which a missing 立案反馈 is chased. 《行政处罚法》第五十四条 asks for 及时立案 without a
/// term and 建法〔2025〕40号 (三) gives 5 working days from the decision, so this is the bureau's setting.
/// </param>
public sealed record SupervisionSettings(int ReviewWorkingDays = 5, int FilingFeedbackWorkingDays = 15)
{
    public static SupervisionSettings Default { get; } = new();

    /// <summary>《行政处罚法》第六十条: the penalty decision within 90 days of filing.</summary>
    public const int PenaltyDecisionCalendarDays = 90;
}

/// <summary>
/// One line of the 督办 list: something overdue (red) or due within <see cref="DeadlineWindow.DueSoonWorkingDays"/>
/// working days (yellow). <paramref name="CaseId"/> is set for a case's item, <paramref name="ComplaintId"/> for a complaint's.
/// </summary>
public sealed record SupervisionItem(
    SupervisionItemKind Kind,
    string Title,
    DepartmentCode? Department,
    Guid? CaseId,
    Guid? ComplaintId,
    string Reference,
    string PartyName,
    DateOnly Due,
    DeadlineUrgency Urgency)
{
    /// <summary>A 督办函 can be issued for a case's item (the letter is a document of the case).</summary>
    public bool CanIssueLetter => CaseId is not null;
}

/// <summary>The due dates of the 督办 items that the case does not store as its open deadline.</summary>
public static class SupervisionDeadlines
{
    public static string TitleOf(SupervisionItemKind kind) => kind switch
    {
        SupervisionItemKind.Rectification => "整改期限",
        SupervisionItemKind.Review => "复查未完成",
        SupervisionItemKind.Transfer => "移交期限（10个工作日）",
        SupervisionItemKind.FilingFeedback => "城市管理局立案反馈未收到",
        SupervisionItemKind.DisposalFeedback => "城市管理局处置结果反馈未收到",
        SupervisionItemKind.Archive => "归档期限（60日）",
        SupervisionItemKind.Complaint => "投诉处理期限",
        _ => "其他督办事项",
    };

    /// <summary>The item kind of a case's stored open deadline.</summary>
    public static SupervisionItemKind Of(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Rectification => SupervisionItemKind.Rectification,
        DeadlineKind.Transfer => SupervisionItemKind.Transfer,
        DeadlineKind.Archive => SupervisionItemKind.Archive,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>复查: due <see cref="SupervisionSettings.ReviewWorkingDays"/> working days after the reply was received.</summary>
    public static DateOnly ReviewDue(DateOnly replyReceivedOn, WorkingDayCalendar calendar, SupervisionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(settings);
        return calendar.AddWorkingDays(replyReceivedOn, settings.ReviewWorkingDays).Date;
    }

    /// <summary>立案反馈: chased <see cref="SupervisionSettings.FilingFeedbackWorkingDays"/> working days after the transfer.</summary>
    public static DateOnly FilingFeedbackDue(DateOnly transferredOn, WorkingDayCalendar calendar, SupervisionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(settings);
        return calendar.AddWorkingDays(transferredOn, settings.FilingFeedbackWorkingDays).Date;
    }

    /// <summary>
    /// 处置结果反馈: the decision is due 90 days after filing (《行政处罚法》第六十条) and its report 5 working days after
    /// that (建法〔2025〕40号 (三)).
    /// </summary>
    public static DateOnly DisposalFeedbackDue(DateOnly filedOn, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var decision = calendar.EndOfCalendarPeriod(filedOn, SupervisionSettings.PenaltyDecisionCalendarDays).Date;
        return calendar.AddWorkingDays(decision, EnforcementCase.FilingFeedbackWorkingDays).Date;
    }

    /// <summary>
    /// The item for a due date read on <paramref name="window"/>'s day, or null when it is neither overdue nor due soon
    /// (only red and yellow items are on the list).
    /// </summary>
    public static SupervisionItem? Classify(SupervisionItemKind kind, DateOnly due, DeadlineWindow window, DepartmentCode? department, Guid? caseId, Guid? complaintId, string reference, string partyName, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        var urgency = window.Of(due);
        return urgency is DeadlineUrgency.Overdue or DeadlineUrgency.DueSoon
            ? new SupervisionItem(kind, title ?? TitleOf(kind), department, caseId, complaintId, reference, partyName, due, urgency)
            : null;
    }

    /// <summary>
    /// The first day from which a due date computed by <paramref name="due"/> (working days or a calendar period added
    /// to a stored date, both non-decreasing in that date) falls after <paramref name="limit"/>: every earlier stored day's
    /// due date is on or before <paramref name="limit"/>. A source turns "due on or before the limit" into a plain
    /// comparison on its stored column (<c>base &lt; threshold</c>) that the database evaluates, instead of computing every
    /// item's due date in memory.
    /// </summary>
    public static DateOnly FirstBaseDueAfter(Func<DateOnly, DateOnly> due, DateOnly limit)
    {
        ArgumentNullException.ThrowIfNull(due);

        // A due date is never before its stored day, so limit + 1 already answers; walk back while the day before does too.
        var first = limit.AddDays(1);
        for (var steps = 0; steps < MaxThresholdSteps && due(first.AddDays(-1)) > limit; steps++)
        {
            first = first.AddDays(-1);
        }

        return first;
    }

    /// <summary>More days than any term of the list spans (90 days plus working days across the longest holidays).</summary>
    private const int MaxThresholdSteps = 400;

    /// <summary>The list's order: overdue first (longest overdue first), then due soon (soonest first).</summary>
    public static IReadOnlyList<SupervisionItem> Order(IEnumerable<SupervisionItem> items) =>
        [.. items.OrderByDescending(i => i.Urgency).ThenBy(i => i.Due).ThenBy(i => i.Reference, StringComparer.Ordinal)];
}
