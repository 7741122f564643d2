using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using Microsoft.AspNetCore.Identity;

namespace EnforcementPortal.Infrastructure.Identity;

/// <summary>A member of staff who signs in. Officers and chiefs belong to one department and carry a 执法证.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public const int FullNameMaxLength = 32;

    public string FullName { get; set; } = string.Empty;

    public DepartmentCode? Department { get; set; }

    public Certificate? Certificate { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    /// <summary>When the password was last set (Beijing wall-clock time, like <see cref="CreatedAt"/>), by <see cref="PortalUserStore"/>; null: not since the account was created.</summary>
    public DateTime? PasswordChangedAt { get; set; }

    public OfficerOnDuty ToOfficerOnDuty() => OfficerOnDuty.From(Id, FullName, Certificate);
}
