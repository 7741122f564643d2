using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace EnforcementPortal.Web.Controllers;

public sealed class AccountController(SignInManager<AppUser> signIn, UserManager<AppUser> users, IOptions<IdentityOptions> identity, ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl = null) => View(WithPolicy(new LoginViewModel { ReturnUrl = returnUrl }));

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        WithPolicy(model);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByNameAsync(model.UserName.Trim());
        if (user is { IsActive: true, PasswordHash: null })
        {
            return RedirectToAction(nameof(FirstSignIn), new { userName = user.UserName });
        }

        var result = await signIn.PasswordSignInAsync(model.UserName.Trim(), model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded && user is { IsActive: false })
        {
            // The password was right, so saying the account is disabled discloses nothing to a guesser.
            await signIn.SignOutAsync();
            ModelState.AddModelError(string.Empty, "该账号已停用，请联系系统管理员。");
            return View(model);
        }

        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} signed in", model.UserName);
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserName} is locked out", model.UserName);
            ModelState.AddModelError(string.Empty, $"登录失败次数过多，账号已被临时锁定，请{model.LockoutMinutes}分钟后再试或联系系统管理员。");
        }
        else
        {
            ModelState.AddModelError(string.Empty, "用户名或密码错误。");
        }

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

    private LoginViewModel WithPolicy(LoginViewModel model)
    {
        model.MaxFailedAttempts = identity.Value.Lockout.MaxFailedAccessAttempts;
        model.LockoutMinutes = (int)identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes;
        return model;
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Views/Error/403.cshtml");
    }
}
