using System.ComponentModel.DataAnnotations;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>A row of the certificate registry.</summary>
public sealed record CertificateRow(Guid Id, string FullName, DepartmentCode? Department, Certificate Certificate, bool IsActive, CertificateStanding Standing);

public sealed record CertificateRegistryPage(DepartmentCode? Department, IReadOnlyList<CertificateRow> Rows, DateOnly Today)
{
    /// <summary>Certificates of the whole bureau needing attention (not 有效, expired, expiring within 30 days).</summary>
    public IReadOnlyList<ExpiringCertificate> Attention { get; init; } = [];
}

/// <summary>One officer's certificate, its status history and their training records, with the two forms.</summary>
public sealed record CertificateHolderPage(
    Guid Id,
    string FullName,
    DepartmentCode? Department,
    Certificate? Certificate,
    CertificateStanding Standing,
    IReadOnlyList<CertificateStatusChange> History,
    IReadOnlyList<TrainingRecord> Trainings,
    StatusChangeForm StatusForm,
    TrainingForm TrainingForm,
    DateOnly Today)
{
    /// <summary>The statuses the certificate may be changed to from its current one.</summary>
    public IReadOnlyList<CertificateStatus> NextStatuses => Certificate is { } c
        ? [.. CertificateStatuses.All.Where(s => CertificateStatuses.CanChange(c.Status, s))]
        : [];
}

/// <summary>暂扣 / 收回 / 注销 / 发还 a certificate.</summary>
public sealed class StatusChangeForm
{
    [Display(Name = "变更为")]
    public CertificateStatus? To { get; set; }

    [Display(Name = "理由")]
    public string? Reason { get; set; }

    [Display(Name = "生效日期")]
    public DateOnly? EffectiveOn { get; set; }
}

/// <summary>A training record entered by the administrator.</summary>
public sealed class TrainingForm
{
    [Display(Name = "培训类别")]
    public TrainingKind? Kind { get; set; }

    [Display(Name = "培训内容")]
    public string? Subject { get; set; }

    [Display(Name = "培训日期")]
    public DateOnly? TakenOn { get; set; }

    [Display(Name = "学时")]
    public decimal? Hours { get; set; }
}

public sealed record TrainingSummaryPage(int Year, IReadOnlyList<TrainingSummaryRow> Rows, int RecordCount);
