using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace EnforcementPortal.Web.Controllers;

/// <summary>企业登录 and 激活 (setting the password with the invitation code of the notice); the rules are in <see cref="EnterpriseAccounts"/>.</summary>
[AllowAnonymous]
[Route("qiye")]
public sealed class EnterpriseAccountController(EnterpriseAccounts accounts, IConfiguration configuration) : Controller
{
    /// <summary>The one answer to every failed enterprise sign-in.</summary>
    public const string FailureMessage = "统一社会信用代码或密码错误，或账号已被临时锁定。";

    [HttpGet("denglu")]
    public IActionResult Login() => View(new EnterpriseLoginForm());

    [HttpPost("denglu")]
    [EnableRateLimiting(SignInRateLimit.PolicyName)]
    public async Task<IActionResult> Login(EnterpriseLoginForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var outcome = await accounts.SignInAsync(form.CreditCode, form.Password);
        if (outcome == SignInOutcome.SignedIn)
        {
            return Redirect("/qiye");
        }

        ModelState.AddModelError(string.Empty, outcome == SignInOutcome.Deactivated ? "该账号已停用，请联系承办科室。" : FailureMessage);
        form.Password = string.Empty;
        return View(form);
    }

    /// <summary>激活: the QR code on the notice opens this page with the credit code and the code filled in.</summary>
    [HttpGet("jihuo")]
    public IActionResult Activate(string? xydm = null, string? code = null) =>
        View(new EnterpriseActivationForm { CreditCode = xydm ?? string.Empty, Code = code ?? string.Empty, ValidDays = EnterpriseAccess.InvitationValidDays(configuration) });

    [HttpPost("jihuo")]
    [EnableRateLimiting(SignInRateLimit.PolicyName)]
    public async Task<IActionResult> Activate(EnterpriseActivationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.ValidDays = EnterpriseAccess.InvitationValidDays(configuration);
        if (ModelState.IsValid)
        {
            var result = await accounts.ActivateAsync(form.CreditCode, form.Code, form.NewPassword, cancellationToken);
            if (result.Succeeded)
            {
                TempData[Infrastructure.StatusMessages.SuccessKey] = "密码已设置，企业账号已开通。今后请以统一社会信用代码和该密码登录。";
                return Redirect("/qiye");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }
        }

        form.NewPassword = string.Empty;
        form.ConfirmPassword = string.Empty;
        return View(form);
    }
}
