using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

// Input validation of the user administration forms. The password policy itself is Identity's (configured once in
// PortalSetup, described in Chinese by ChineseIdentityErrorDescriber); these validators only ask that it is typed twice.

/// <summary>The rules every staff form shares: one role, a department exactly when the role has one, a whole certificate.</summary>
public abstract class StaffFormValidator<T> : AbstractValidator<T>
    where T : StaffForm
{
    protected StaffFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("请填写姓名。")
            .MaximumLength(AppUser.FullNameMaxLength).WithMessage($"姓名不能超过{AppUser.FullNameMaxLength}字。");

        RuleFor(f => f.Role).NotEmpty().WithMessage("请选择角色。")
            .Must(role => StaffRoles.All.Contains(role)).When(f => !string.IsNullOrEmpty(f.Role)).WithMessage("角色无效。");

        RuleFor(f => f.Department).IsInEnum().WithMessage("所属科室无效。");
        RuleFor(f => f.Department).NotNull().When(f => IsDepartmentBound(f.Role))
            .WithMessage(f => $"{StaffRoles.DisplayName(f.Role!)}须选择所属科室。");
        RuleFor(f => f.Department).Null().When(f => f.Role is not null && StaffRoles.All.Contains(f.Role) && !IsDepartmentBound(f.Role))
            .WithMessage(f => $"{StaffRoles.DisplayName(f.Role!)}不属于任何科室，请将所属科室留空。");

        // A certificate is recorded whole or not at all: a number without its validity cannot be checked on a step.
        RuleFor(f => f.CertificateNumber).NotEmpty().When(f => f.Role == StaffRoles.Officer && !f.HasAnyCertificateField)
            .WithMessage("执法人员须登记执法证（证号、发证机关和有效期）。");
        When(f => f.HasAnyCertificateField, () =>
        {
            RuleFor(f => f.CertificateNumber).NotEmpty().WithMessage("请填写执法证号（执法证信息须全部填写或全部留空）。");
            RuleFor(f => f.CertificateIssuer).NotEmpty().WithMessage("请填写发证机关（执法证信息须全部填写或全部留空）。");
            RuleFor(f => f.CertificateValidFrom).NotNull().WithMessage("请填写执法证有效期起始日期（执法证信息须全部填写或全部留空）。");
            RuleFor(f => f.CertificateValidTo).NotNull().WithMessage("请填写执法证有效期截止日期（执法证信息须全部填写或全部留空）。");
        });
        RuleFor(f => f.CertificateNumber).MaximumLength(Certificate.NumberMaxLength).WithMessage($"执法证号不能超过{Certificate.NumberMaxLength}个字符。");
        RuleFor(f => f.CertificateIssuer).MaximumLength(Certificate.IssuerMaxLength).WithMessage($"发证机关不能超过{Certificate.IssuerMaxLength}字。");
        RuleFor(f => f.CertificateValidTo).GreaterThanOrEqualTo(f => f.CertificateValidFrom)
            .When(f => f.CertificateValidFrom is not null && f.CertificateValidTo is not null)
            .WithMessage("执法证有效期截止日期不能早于起始日期。");
    }

    private static bool IsDepartmentBound(string? role) => role is not null && StaffRoles.IsDepartmentBound(role);
}

public sealed class CreateUserFormValidator : StaffFormValidator<CreateUserForm>
{
    /// <summary>
    /// A login is typed on a phone at every sign-in; keep it short. (Identity's column allows 256; which characters
    /// are allowed is Identity's <c>AllowedUserNameCharacters</c>, reported in Chinese by the error describer.)
    /// </summary>
    public const int UserNameMaxLength = 32;

    public CreateUserFormValidator()
    {
        RuleFor(f => f.UserName).NotEmpty().WithMessage("请填写登录名。")
            .MaximumLength(UserNameMaxLength).WithMessage($"登录名不能超过{UserNameMaxLength}个字符。");
        RuleFor(f => f.Password).NotEmpty().WithMessage("请设置初始密码。");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).When(f => !string.IsNullOrEmpty(f.Password))
            .WithMessage("两次输入的密码不一致。");
    }
}

public sealed class EditUserFormValidator : StaffFormValidator<EditUserForm>
{
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator()
    {
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("请填写新密码。");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).When(f => !string.IsNullOrEmpty(f.NewPassword))
            .WithMessage("两次输入的密码不一致。");
    }
}
