using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>修改密码: the signed-in user's own change, required when the password is older than the configured age.</summary>
public sealed class ChangePasswordViewModel
{
    [Display(Name = "当前密码")]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = string.Empty;

    [Display(Name = "新密码")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = string.Empty;

    [Display(Name = "确认新密码")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = string.Empty;

    /// <summary>Set when the user was sent here because the password has expired.</summary>
    public bool Expired { get; set; }

    public int MaxAgeDays { get; set; }
}

public sealed class ChangePasswordViewModelValidator : AbstractValidator<ChangePasswordViewModel>
{
    public ChangePasswordViewModelValidator()
    {
        RuleFor(m => m.CurrentPassword).NotEmpty().WithMessage("请输入当前密码。");
        RuleFor(m => m.NewPassword).NotEmpty().WithMessage("请设置新密码。")
            .NotEqual(m => m.CurrentPassword).WithMessage("新密码不能与当前密码相同。");
        RuleFor(m => m.ConfirmPassword).Equal(m => m.NewPassword).WithMessage("两次输入的密码不一致。");
    }
}
