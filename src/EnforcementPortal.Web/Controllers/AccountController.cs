using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace EnforcementPortal.Web.Controllers;

public sealed class AccountController(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IPasswordHasher<AppUser> hasher,
    IOptions<IdentityOptions> identity,
    PasswordAge passwordAge,
    AuditTrail audit,
    ILogger<AccountController> logger) : Controller
{
    /// <summary>
    /// The one answer to every failed sign-in — unknown name, wrong password, locked account — so that the page does
    /// not tell a guesser which user names exist.
    /// </summary>
    public const string FailureMessage = "用户名或密码错误，或账号已被临时锁定。";

    // A hash of a random password, verified when there is no real hash to verify (unknown user, locked account), so
    // that every failed attempt costs one PBKDF2 verification and takes the same time.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString("N")));

    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl = null) => View(WithPolicy(new LoginViewModel { ReturnUrl = returnUrl }));

    [AllowAnonymous]
    [HttpPost]
    [EnableRateLimiting(SignInRateLimit.PolicyName)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        WithPolicy(model);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var userName = model.UserName.Trim();
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new AppUser(), DecoyHash.Value, model.Password);
            await audit.RecordAsync(AuditActions.SignInFailed, AuditOutcome.Failure, detail: "未知用户名", userName: userName);
            return Failed(model);
        }

        if (user is { IsActive: true, PasswordHash: null })
        {
            return RedirectToAction(nameof(FirstSignIn), new { userName = user.UserName });
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded && !user.IsActive)
        {
            // The password was right, so saying the account is disabled discloses nothing to a guesser.
            await signIn.SignOutAsync();
            await audit.RecordAsync(AuditActions.SignInFailed, AuditOutcome.Denied, detail: "账号已停用", userName: user.UserName);
            ModelState.AddModelError(string.Empty, "该账号已停用，请联系系统管理员。");
            return View(model);
        }

        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} signed in", user.UserName);
            await audit.RecordAsync(AuditActions.SignIn, AuditOutcome.Success, userName: user.UserName);
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");
        }

        if (wasLockedOut)
        {
            // Identity refuses a locked account without looking at the password; look at one anyway, for the timing.
            hasher.VerifyHashedPassword(user, DecoyHash.Value, model.Password);
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

        return Failed(model);
    }

    private ViewResult Failed(LoginViewModel model)
    {
        ModelState.AddModelError(string.Empty, FailureMessage);
        return View(model);
    }

    /// <summary>The first administrator of a new install (no password yet) chooses one with the code from the server log.</summary>
    [AllowAnonymous]
    [HttpGet]
    public IActionResult FirstSignIn(string? userName = null) => View(new FirstSignInViewModel { UserName = userName ?? string.Empty });

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> FirstSignIn(FirstSignInViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByNameAsync(model.UserName.Trim());
        if (user is not { IsActive: true, PasswordHash: null } || await users.IsLockedOutAsync(user))
        {
            ModelState.AddModelError(string.Empty, "该账号不需要首次设置密码，或验证码无效。已设置密码的账号请直接登录。");
            return View(model);
        }

        if (!await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, EnforcementPortal.Infrastructure.Identity.FirstSignIn.TokenPurpose, model.Code.Trim()))
        {
            await users.AccessFailedAsync(user);
            logger.LogWarning("Wrong first sign-in code for {UserName}", user.UserName);
            ModelState.AddModelError(string.Empty, "该账号不需要首次设置密码，或验证码无效。已设置密码的账号请直接登录。");
            return View(model);
        }

        var added = await users.AddPasswordAsync(user, model.NewPassword);
        if (!added.Succeeded)
        {
            foreach (var error in added.Errors)
            {
                ModelState.AddModelError(nameof(model.NewPassword), error.Description);
            }

            return View(model);
        }

        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("User {UserName} set the first password", user.UserName);
        await signIn.SignInAsync(user, isPersistent: false);
        TempData[StatusMessages.SuccessKey] = "密码已设置。请在“用户管理”中为各科室建立执法人员账号。";
        return LocalRedirect("/");
    }

    /// <summary>修改密码: any signed-in user; the only page (with signing out) open to one whose password has expired.</summary>
    [HttpGet]
    public IActionResult ChangePassword(bool expired = false) =>
        View(new ChangePasswordViewModel { Expired = expired || User.HasClaim(c => c.Type == PasswordAge.ExpiredClaim), MaxAgeDays = passwordAge.MaxAgeDays });

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.Expired = User.HasClaim(c => c.Type == PasswordAge.ExpiredClaim);
        model.MaxAgeDays = passwordAge.MaxAgeDays;
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var changed = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(model.CurrentPassword) : nameof(model.NewPassword), error.Description);
            }

            await audit.RecordAsync(AuditActions.PasswordChanged, AuditOutcome.Failure, $"user {user.UserName}", "修改密码未成功");
            return View(model);
        }

        await audit.RecordAsync(AuditActions.PasswordChanged, AuditOutcome.Success, $"user {user.UserName}", "本人修改密码");
        await signIn.RefreshSignInAsync(user);
        TempData[StatusMessages.SuccessKey] = "密码已修改。";
        return LocalRedirect("/");
    }

    private LoginViewModel WithPolicy(LoginViewModel model)
    {
        model.MaxFailedAttempts = identity.Value.Lockout.MaxFailedAccessAttempts;
        model.LockoutMinutes = (int)identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes;
        return model;
    }

    /// <summary>
    /// Ends the session on the server too: renewing the security stamp makes every copy of the sign-in cookie invalid
    /// at its next request (the stamp is checked on every request), not just the copy this browser deletes.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await audit.RecordAsync(AuditActions.SignOut, AuditOutcome.Success);
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [AllowAnonymous]
    public async Task<IActionResult> AccessDenied(string? returnUrl = null)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(AuditActions.Forbidden, AuditOutcome.Denied, returnUrl ?? string.Empty);
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Views/Error/403.cshtml");
    }
}
