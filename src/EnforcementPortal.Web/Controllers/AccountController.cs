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
