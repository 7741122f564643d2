using EnforcementPortal.Domain.Calendar;

namespace EnforcementPortal.Domain.Complaints;

/// <summary>
/// The periods of a complaint (北京市房地产市场动态监管信息平台操作流程 二（四）–（六）; 建法〔2025〕40号 on answering in time), counted on
/// the working-day calendar: the start day is not counted.
/// </summary>
public static class ComplaintDeadlines
{
    /// <summary>企业应……3个工作日内进行网上回复.</summary>
    public const int EnterpriseReplyWorkingDays = 3;

    /// <summary>于受理后10个工作日内提出处理意见.</summary>
    public const int OpinionWorkingDays = 10;

    /// <summary>复杂案件……适当延长处理时限: the longest extension one approval grants.</summary>
    public const int MaxExtensionWorkingDays = 20;

    /// <summary>于15日之内上报整改方案和整改结果 (calendar days).</summary>
    public const int RectificationCalendarDays = 15;

    /// <summary>协查部门应于10日内将协查意见反馈 (the form says 10个工作日).</summary>
    public const int AssistWorkingDays = 10;

    public static Deadline EnterpriseReplyDue(DateOnly notifiedOn, WorkingDayCalendar calendar) =>
        Required(calendar).AddWorkingDays(notifiedOn, EnterpriseReplyWorkingDays);

    public static Deadline OpinionDue(DateOnly acceptedOn, WorkingDayCalendar calendar) =>
        Required(calendar).AddWorkingDays(acceptedOn, OpinionWorkingDays);

    public static Deadline RectificationDue(DateOnly orderedOn, WorkingDayCalendar calendar) =>
        Required(calendar).EndOfCalendarPeriod(orderedOn, RectificationCalendarDays);

    public static Deadline AssistDue(DateOnly sentOn, WorkingDayCalendar calendar) =>
        Required(calendar).AddWorkingDays(sentOn, AssistWorkingDays);

    private static WorkingDayCalendar Required(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar;
    }
}
