using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Web.Queries;

namespace EnforcementPortal.Web.ViewModels;

public sealed class HomeViewModel
{
    public string FullName { get; init; } = string.Empty;

    public string RoleNames { get; init; } = string.Empty;

    public DepartmentCode? Department { get; init; }

    public Certificate? Certificate { get; init; }

    public DateOnly Today { get; init; }

    public IReadOnlyList<CaseListItem> MyOpenCases { get; set; } = [];

    public IReadOnlyList<CaseListItem> PendingApprovals { get; set; } = [];

    public IReadOnlyList<CaseListItem> Overdue { get; set; } = [];

    /// <summary>All overdue cases of the user's scope (<see cref="Overdue"/> holds the most overdue of them).</summary>
    public int OverdueTotal { get; set; }

    public IReadOnlyList<CaseListItem> AwaitingFeedback { get; set; } = [];

    public IReadOnlyList<DepartmentSummary> Summary { get; set; } = [];

    public int? UserCount { get; set; }

    /// <summary>Next year, when its holiday arrangement is still missing from 1 November on (administrators only).</summary>
    public int? HolidayYearToLoad { get; set; }

    public IReadOnlyList<ExpiringCertificate> ExpiringCertificates { get; set; } = [];

    /// <summary>What the signed-in person is told about their own 执法证 (suspended, expired, expiring within 30 days), or null.</summary>
    public string? CertificateWarning { get; set; }

    /// <summary>For a chief: last month's report (月报) and its 典型案例, due by the 5th.</summary>
    public MonthlyReportReminder? MonthlyReport { get; set; }
}

/// <summary>Last month's report of the chief's department: how many 典型案例 are chosen, and by when it is due.</summary>
public sealed record MonthlyReportReminder(ReportMonth Month, string DepartmentSlug, int TypicalCasesChosen)
{
    public bool IsOverdue(DateOnly today) => TypicalCase.IsChoiceOverdue(Month, TypicalCasesChosen, today);
}

public sealed record ExpiringCertificate(Guid UserId, string FullName, DepartmentCode? Department, string Number, DateOnly ValidTo, CertificateStatus Status = CertificateStatus.Valid);
