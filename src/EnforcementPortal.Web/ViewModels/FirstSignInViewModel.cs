using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>The first administrator of a new install chooses a password with the code from the server log.</summary>
public sealed class FirstSignInViewModel
{
    [Display(Name = "用户名")]
    public string UserName { get; set; } = string.Empty;

    [Display(Name = "首次登录验证码")]
    public string Code { get; set; } = string.Empty;

    [Display(Name = "新密码")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = string.Empty;

    [Display(Name = "确认新密码")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class FirstSignInViewModelValidator : AbstractValidator<FirstSignInViewModel>
{
    public FirstSignInViewModelValidator()
    {
        RuleFor(m => m.UserName).NotEmpty().WithMessage("请输入用户名。");
        RuleFor(m => m.Code).NotEmpty().WithMessage("请输入服务器日志中的首次登录验证码。");
        RuleFor(m => m.NewPassword).NotEmpty().WithMessage("请设置新密码。");
        RuleFor(m => m.ConfirmPassword).Equal(m => m.NewPassword).WithMessage("两次输入的密码不一致。");
    }
}
