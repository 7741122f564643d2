using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace EnforcementPortal.Web.Security;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInOutcome
{
    SignedIn,

    /// <summary>The account has no password yet: the first administrator of a new install sets one (首次设置密码).</summary>
    NeedsFirstPassword,

    /// <summary>The password was right but the account is deactivated.</summary>
    Deactivated,

    /// <summary>Unknown name, wrong password or locked account — one answer for all three.</summary>
    Failed,
}

/// <summary>How setting the first password ended; <see cref="Errors"/> holds Identity's password errors.</summary>
public sealed record FirstPasswordResult(bool Succeeded, bool CodeRefused, IReadOnlyList<string> Errors);

/// <summary>
/// Signing staff in and out: lockout after repeated failures, the same time and answer for every failure (an unknown name
/// costs one PBKDF2 verification like a wrong password), deactivated accounts refused, the first administrator's password
/// set with the one-time code from the server log, sign-out that ends every copy of the session. Each attempt is audited.
/// </summary>
public sealed class StaffSignIn(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IPasswordHasher<AppUser> hasher,
    AuditTrail audit,
    ILogger<StaffSignIn> logger)
{
    // A hash of a random password, verified when there is no real hash to verify (unknown user, locked account), so
    // that every failed attempt costs one PBKDF2 verification and takes the same time.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString("N")));

    public async Task<(SignInOutcome Outcome, string? UserName)> PasswordSignInAsync(string userName, string password, bool remember)
    {
        var name = userName.Trim();
        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new AppUser(), DecoyHash.Value, password);
            await audit.RecordAsync(AuditActions.SignInFailed, AuditOutcome.Failure, detail: "未知用户名", userName: name);
            return (SignInOutcome.Failed, null);
        }

        if (user is { IsActive: true, PasswordHash: null })
        {
            return (SignInOutcome.NeedsFirstPassword, user.UserName);
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded && !user.IsActive)
        {
            // The password was right, so saying the account is disabled discloses nothing to a guesser.
            await signIn.SignOutAsync();
            await audit.RecordAsync(AuditActions.SignInFailed, AuditOutcome.Denied, detail: "账号已停用", userName: user.UserName);
            return (SignInOutcome.Deactivated, user.UserName);
        }

        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} signed in", user.UserName);
            await audit.RecordAsync(AuditActions.SignIn, AuditOutcome.Success, userName: user.UserName);
            return (SignInOutcome.SignedIn, user.UserName);
        }

        if (wasLockedOut)
        {
            // Identity refuses a locked account without looking at the password; look at one anyway, for the timing.
            hasher.VerifyHashedPassword(user, DecoyHash.Value, password);
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserName} is locked out", user.UserName);
            await audit.RecordAsync(AuditActions.LockedOut, AuditOutcome.Denied, detail: wasLockedOut ? "锁定期间尝试登录" : "连续失败，账号锁定", userName: user.UserName);
        }
        else
        {
            await audit.RecordAsync(AuditActions.SignInFailed, AuditOutcome.Failure, detail: "密码错误", userName: user.UserName);
        }

        return (SignInOutcome.Failed, user.UserName);
    }

    /// <summary>Sets the first password of an active account that has none, with the one-time code; then signs in.</summary>
    public async Task<FirstPasswordResult> SetFirstPasswordAsync(string userName, string code, string newPassword)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is not { IsActive: true, PasswordHash: null } || await users.IsLockedOutAsync(user))
        {
            return new FirstPasswordResult(false, true, []);
        }

        if (!await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, FirstSignIn.TokenPurpose, code.Trim()))
        {
            await users.AccessFailedAsync(user);
            logger.LogWarning("Wrong first sign-in code for {UserName}", user.UserName);
            return new FirstPasswordResult(false, true, []);
        }

        var added = await users.AddPasswordAsync(user, newPassword);
        if (!added.Succeeded)
        {
            return new FirstPasswordResult(false, false, [.. added.Errors.Select(e => e.Description)]);
        }

        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("User {UserName} set the first password", user.UserName);
        await signIn.SignInAsync(user, isPersistent: false);
        return new FirstPasswordResult(true, false, []);
    }

    /// <summary>
    /// Ends the session on the server too: renewing the security stamp makes every copy of the sign-in cookie invalid
    /// at its next request (the stamp is checked on every request), not just the copy this browser deletes.
    /// </summary>
    /// <summary>The field a wrong current password is reported on by <see cref="ChangePasswordAsync"/>.</summary>
    public const string CurrentPasswordField = "CurrentPassword";

    /// <summary>
    /// 修改密码 by the signed-in user: the current password checked, the new one against the password policy; audited either
    /// way, and the session refreshed (a new password-changed time ends the expiry). Null when the user no longer exists;
    /// an empty list on success; otherwise (field, message) pairs, the field being <see cref="CurrentPasswordField"/> or "".
    /// </summary>
    public async Task<IReadOnlyList<(string Field, string Message)>?> ChangePasswordAsync(System.Security.Claims.ClaimsPrincipal principal, string currentPassword, string newPassword)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return null;
        }

        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            await audit.RecordAsync(AuditActions.PasswordChanged, AuditOutcome.Failure, $"user {user.UserName}", "修改密码未成功");
            return [.. changed.Errors.Select(e => (e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? CurrentPasswordField : string.Empty, e.Description))];
        }

        await audit.RecordAsync(AuditActions.PasswordChanged, AuditOutcome.Success, $"user {user.UserName}", "本人修改密码");
        await signIn.RefreshSignInAsync(user);
        return [];
    }

    public async Task SignOutAsync(System.Security.Claims.ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await audit.RecordAsync(AuditActions.SignOut, AuditOutcome.Success);
        await signIn.SignOutAsync();
    }
}
