using System.ComponentModel.DataAnnotations;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>The filter of the user list (query string).</summary>
public sealed class UserListFilter
{
    /// <summary>Part of the login, the name or the certificate number.</summary>
    public string? Search { get; set; }

    public DepartmentCode? Department { get; set; }

    public string? Role { get; set; }
}

/// <summary>How an enforcement certificate stands on a given day.</summary>
public enum CertificateStanding
{
    None,
    Valid,
    ExpiringSoon,
    Expired,
    NotYetValid,
    Suspended,
    Withdrawn,
    Cancelled,
}

public static class CertificateStandings
{
    /// <summary>A certificate expiring within this many days is flagged, as on the administrator's home page.</summary>
    public const int ExpiryWarningDays = Certificate.ExpiryWarningDays;

    public static CertificateStanding Of(Certificate? certificate, DateOnly today) => certificate switch
    {
        null => CertificateStanding.None,
        { Status: CertificateStatus.Suspended } => CertificateStanding.Suspended,
        { Status: CertificateStatus.Withdrawn } => CertificateStanding.Withdrawn,
        { Status: CertificateStatus.Cancelled } => CertificateStanding.Cancelled,
        _ when certificate.ValidTo < today => CertificateStanding.Expired,
        _ when certificate.ValidFrom > today => CertificateStanding.NotYetValid,
        _ when certificate.ExpiresWithin(today, ExpiryWarningDays) => CertificateStanding.ExpiringSoon,
        _ => CertificateStanding.Valid,
    };

    public static string Label(CertificateStanding standing) => standing switch
    {
        CertificateStanding.Expired => "已过期",
        CertificateStanding.ExpiringSoon => "即将到期",
        CertificateStanding.NotYetValid => "未生效",
        CertificateStanding.Valid => "有效",
        CertificateStanding.Suspended => "暂扣",
        CertificateStanding.Withdrawn => "收回",
        CertificateStanding.Cancelled => "注销",
        _ => "未持证",
    };

    public static string BadgeClass(CertificateStanding standing) => standing switch
    {
        CertificateStanding.Expired or CertificateStanding.Suspended or CertificateStanding.Withdrawn or CertificateStanding.Cancelled => "text-bg-danger",
        CertificateStanding.ExpiringSoon => "text-bg-warning",
        CertificateStanding.NotYetValid => "text-bg-secondary",
        CertificateStanding.Valid => "text-bg-success",
        _ => "text-bg-light",
    };
}

/// <summary>A row of the user list.</summary>
public sealed record UserListItem(
    Guid Id,
    string UserName,
    string FullName,
    IReadOnlyList<string> Roles,
    DepartmentCode? Department,
    Certificate? Certificate,
    bool IsActive,
    DateTime? LockedOutUntil)
{
    public string RoleNames => Roles.Count == 0 ? "（无角色）" : string.Join("、", Roles.Select(StaffRoles.DisplayName));

    public bool IsLockedOut => LockedOutUntil is not null;
}

public sealed record UserListViewModel(UserListFilter Filter, IReadOnlyList<UserListItem> Users, DateOnly Today, LegalReviewerRatio? LegalReviewers = null);

/// <summary>The fields an administrator keeps for every member of staff (新建用户 and 修改用户).</summary>
public abstract class StaffForm
{
    /// <summary>The issuer most certificates of the bureau carry, offered on a new form.</summary>
    public const string UsualIssuer = "新疆维吾尔自治区人民政府";

    [Display(Name = "姓名")]
    public string? FullName { get; set; }

    [Display(Name = "角色")]
    public string? Role { get; set; }

    [Display(Name = "所属科室")]
    public DepartmentCode? Department { get; set; }

    [Display(Name = "执法证号")]
    public string? CertificateNumber { get; set; }

    [Display(Name = "发证机关")]
    public string? CertificateIssuer { get; set; }

    [Display(Name = "有效期起")]
    public DateOnly? CertificateValidFrom { get; set; }

    [Display(Name = "有效期至")]
    public DateOnly? CertificateValidTo { get; set; }

    public bool HasAnyCertificateField =>
        !string.IsNullOrWhiteSpace(CertificateNumber) || !string.IsNullOrWhiteSpace(CertificateIssuer)
        || CertificateValidFrom is not null || CertificateValidTo is not null;

    public bool HasEveryCertificateField =>
        !string.IsNullOrWhiteSpace(CertificateNumber) && !string.IsNullOrWhiteSpace(CertificateIssuer)
        && CertificateValidFrom is not null && CertificateValidTo is not null;

    /// <summary>The department to store: only department-bound roles keep one.</summary>
    public DepartmentCode? DepartmentToStore => Role is not null && StaffRoles.IsDepartmentBound(Role) ? Department : null;

    /// <summary>The certificate the fields describe; call only on a validated form.</summary>
    public Certificate? ToCertificate() => HasEveryCertificateField
        ? new Certificate(CertificateNumber!, CertificateIssuer!, CertificateValidFrom!.Value, CertificateValidTo!.Value)
        : null;

    protected void CopyFrom(string fullName, string? role, DepartmentCode? department, Certificate? certificate)
    {
        FullName = fullName;
        Role = role;
        Department = department;
        CertificateNumber = certificate?.Number;
        CertificateIssuer = certificate?.IssuingAuthority;
        CertificateValidFrom = certificate?.ValidFrom;
        CertificateValidTo = certificate?.ValidTo;
    }
}

/// <summary>新建用户.</summary>
public sealed class CreateUserForm : StaffForm
{
    [Display(Name = "登录名")]
    public string? UserName { get; set; }

    [Display(Name = "初始密码")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "确认密码")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }
}

/// <summary>修改用户. The login itself does not change: it is what colleagues and the logs know the person by.</summary>
public sealed class EditUserForm : StaffForm
{
    [Display(Name = "账号启用")]
    public bool IsActive { get; set; } = true;

    /// <summary>The user's concurrency stamp when the page was loaded, so two administrators cannot overwrite each other.</summary>
    public string? ConcurrencyStamp { get; set; }

    public static EditUserForm For(string fullName, string? role, DepartmentCode? department, Certificate? certificate, bool isActive, string? concurrencyStamp)
    {
        var form = new EditUserForm { IsActive = isActive, ConcurrencyStamp = concurrencyStamp };
        form.CopyFrom(fullName, role, department, certificate);
        return form;
    }
}

/// <summary>The Edit page: the form and what the administrator needs to see beside it.</summary>
public sealed record EditUserPage(Guid Id, string UserName, bool IsSelf, DateTime? LockedOutUntil, int AccessFailedCount, EditUserForm Form);

/// <summary>重置密码: the administrator sets a new password and tells the user.</summary>
public sealed class ResetPasswordForm
{
    [Display(Name = "新密码")]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [Display(Name = "确认新密码")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }
}

public sealed record ResetPasswordPage(Guid Id, string UserName, string FullName, ResetPasswordForm Form);

/// <summary>The password policy in words, read from Identity's options so the hint cannot drift from the rule.</summary>
public static class PasswordPolicy
{
    public static string Describe(Microsoft.AspNetCore.Identity.PasswordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var kinds = new List<string>();
        if (options.RequireUppercase)
        {
            kinds.Add("大写字母");
        }

        if (options.RequireLowercase)
        {
            kinds.Add("小写字母");
        }

        if (options.RequireDigit)
        {
            kinds.Add("数字");
        }

        if (options.RequireNonAlphanumeric)
        {
            kinds.Add("特殊字符");
        }

        return kinds.Count == 0
            ? $"至少{options.RequiredLength}位。"
            : $"至少{options.RequiredLength}位，须含{string.Join("、", kinds)}。";
    }
}
