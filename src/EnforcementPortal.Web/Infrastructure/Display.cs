using System.Globalization;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Web.Infrastructure;

/// <summary>How the portal writes dates and names: yyyy-MM-dd in tables, 2026年11月23日 in prose.</summary>
public static class Display
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string DateTimeShort(DateTime? date) => date?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "—";

    public static string LongDate(DateOnly? date) => date?.ToString("yyyy年M月d日", Culture) ?? "—";

    public static string LongDate(DateTime? date) => date?.ToString("yyyy年M月d日", Culture) ?? "—";

    public static string Department(DepartmentCode? code) => code is null ? "—" : DepartmentPolicy.For(code.Value).ShortName;

    public static string StateBadgeClass(CaseState state) => state switch
    {
        CaseState.Archived or CaseState.Ended => "text-bg-secondary",
        CaseState.Concluded => "text-bg-success",
        CaseState.TransferPendingApproval => "text-bg-warning",
        CaseState.Transferred or CaseState.AwaitingDisposal => "text-bg-info",
        CaseState.AwaitingInterview or CaseState.AwaitingTransfer => "text-bg-danger",
        _ => "text-bg-primary",
    };

    /// <summary>"（暂定）" after a deadline in a year whose holiday arrangement is not loaded, else nothing.</summary>
    public static string Provisional(DateOnly? due, Domain.Calendar.WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return due is { } day && calendar.IsProvisional(day) ? "（暂定）" : string.Empty;
    }

    /// <summary>"还剩 3 天" / "已逾期 2 天" / "今天到期".</summary>
    public static string DeadlineHint(DateOnly due, DateOnly today)
    {
        var days = due.DayNumber - today.DayNumber;
        return days switch
        {
            < 0 => $"已逾期 {-days} 天",
            0 => "今天到期",
            _ => $"还剩 {days} 天",
        };
    }
}
