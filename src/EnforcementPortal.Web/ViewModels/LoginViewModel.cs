using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

public sealed class LoginViewModel
{
    [Display(Name = "用户名")]
    public string UserName { get; set; } = string.Empty;

    [Display(Name = "密码")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "保持登录")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }

    public int MaxFailedAttempts { get; set; }

    public int LockoutMinutes { get; set; }
}

public sealed class LoginViewModelValidator : AbstractValidator<LoginViewModel>
{
    public LoginViewModelValidator()
    {
        RuleFor(m => m.UserName).NotEmpty().WithMessage("请输入用户名。");
        RuleFor(m => m.Password).NotEmpty().WithMessage("请输入密码。");
    }
}
