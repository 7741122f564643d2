using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
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

    public IReadOnlyList<CaseListItem> AwaitingFeedback { get; set; } = [];

    public IReadOnlyList<DepartmentSummary> Summary { get; set; } = [];

    public int? UserCount { get; set; }

    public IReadOnlyList<ExpiringCertificate> ExpiringCertificates { get; set; } = [];
}

public sealed record ExpiringCertificate(Guid UserId, string FullName, DepartmentCode? Department, string Number, DateOnly ValidTo);
