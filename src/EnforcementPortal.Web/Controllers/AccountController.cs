using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace EnforcementPortal.Web.Controllers;

/// <summary>Sign-in, first password, password change and sign-out pages; the rules are in <see cref="StaffSignIn"/>.</summary>
public sealed class AccountController(StaffSignIn staffSignIn, IOptions<IdentityOptions> identity, PasswordAge passwordAge, AuditTrail audit) : Controller
{
    /// <summary>
    /// The one answer to every failed sign-in — unknown name, wrong password, locked account — so that the page does
    /// not tell a guesser which user names exist.
    /// </summary>
    public const string FailureMessage = "用户名或密码错误，或账号已被临时锁定。";

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

        var (outcome, userName) = await staffSignIn.PasswordSignInAsync(model.UserName, model.Password, model.RememberMe);
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");
            case SignInOutcome.NeedsFirstPassword:
                return RedirectToAction(nameof(FirstSignIn), new { userName });
            case SignInOutcome.Deactivated:
                ModelState.AddModelError(string.Empty, "该账号已停用，请联系系统管理员。");
                return View(model);
            default:
                ModelState.AddModelError(string.Empty, FailureMessage);
                return View(model);
        }
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

        var result = await staffSignIn.SetFirstPasswordAsync(model.UserName, model.Code, model.NewPassword);
        if (!result.Succeeded)
        {
            if (result.CodeRefused)
            {
                ModelState.AddModelError(string.Empty, "该账号不需要首次设置密码，或验证码无效。已设置密码的账号请直接登录。");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(model.NewPassword), error);
            }

            return View(model);
        }

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

        var errors = await staffSignIn.ChangePasswordAsync(User, model.CurrentPassword, model.NewPassword);
        if (errors is null)
        {
            return Challenge();
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field == StaffSignIn.CurrentPasswordField ? nameof(model.CurrentPassword) : nameof(model.NewPassword), message);
        }

        if (errors.Count > 0)
        {
            return View(model);
        }

        TempData[StatusMessages.SuccessKey] = "密码已修改。";
        return LocalRedirect("/");
    }

    private LoginViewModel WithPolicy(LoginViewModel model)
    {
        (model.MaxFailedAttempts, model.LockoutMinutes) = (identity.Value.Lockout.MaxFailedAccessAttempts, (int)identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes);
        return model;
    }

    /// <summary>Signs out here and everywhere (see <see cref="StaffSignIn.SignOutAsync"/>).</summary>
    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await staffSignIn.SignOutAsync(User);
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
