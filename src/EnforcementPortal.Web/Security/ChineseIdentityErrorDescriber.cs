using Microsoft.AspNetCore.Identity;

namespace EnforcementPortal.Web.Security;

/// <summary>Identity's messages in Chinese.</summary>
public sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "操作失败，请稍后重试。");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "该用户已被他人修改，请刷新后重试。");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "密码不正确。");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"用户名“{userName}”无效，只能包含字母、数字、点、横线和下划线。");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"用户名“{userName}”已被使用。");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"密码长度不能少于{length}位。");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "密码须包含至少一个数字。");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "密码须包含至少一个小写字母。");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "密码须包含至少一个大写字母。");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "密码须包含至少一个特殊字符。");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"密码须包含至少{uniqueChars}个不同的字符。");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "该用户已具有此角色。");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), "该用户不具有此角色。");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "该用户未启用锁定。");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "令牌无效或已过期。");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
