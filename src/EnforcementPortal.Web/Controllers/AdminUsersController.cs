using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>用户管理: staff accounts, their role, department and 执法证, passwords and lockouts (rules in <see cref="StaffAccounts"/>).</summary>
[Authorize(Policy = Policies.Administrators)]
public sealed class AdminUsersController(
    StaffAccounts accounts,
    SignInManager<AppUser> signIn,
    CurrentUser me,
    IBureauClock clock,
    ILogger<AdminUsersController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] UserListFilter filter, CancellationToken cancellationToken) =>
        View(new UserListViewModel(filter, await accounts.ListAsync(filter, cancellationToken), clock.Today, await accounts.LegalReviewerRatioAsync(cancellationToken)));

    [HttpGet]
    public IActionResult Create() => View(new CreateUserForm { Role = StaffRoles.Officer, CertificateIssuer = StaffForm.UsualIssuer });

    [HttpPost]
    public async Task<IActionResult> Create(CreateUserForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            AddRefusals(await accounts.CertificateRefusalsAsync(form.CertificateNumber, null, cancellationToken));
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var (result, user) = await accounts.CreateAsync(
            new NewStaff(form.UserName!, form.FullName!, form.Password!, form.Role!, form.DepartmentToStore, form.ToCertificate()),
            cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, nameof(CreateUserForm.Password), nameof(CreateUserForm.UserName));
            return View(form);
        }

        logger.LogInformation("Administrator {Admin} created user {UserName} ({Role}, {Department})", me.UserName, user.UserName, form.Role, user.Department);
        TempData[StatusMessages.SuccessKey] = $"已创建用户“{user.FullName}”（登录名 {user.UserName}），请将初始密码告知本人。";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id)
    {
        if (await accounts.FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        var form = EditUserForm.For(user.FullName, await accounts.SingleRoleOfAsync(user), user.Department, user.Certificate, user.IsActive, user.ConcurrencyStamp);
        return View(EditPage(user, form));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, EditUserForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await accounts.FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        AddRefusals(user.Id == me.Id ? StaffAccounts.RefusalsOfOwnChange(form.Role, form.IsActive) : []);
        if (ModelState.IsValid)
        {
            AddRefusals(await accounts.CertificateRefusalsAsync(form.CertificateNumber, user.Id, cancellationToken));
        }

        if (!ModelState.IsValid)
        {
            return View(EditPage(user, form));
        }

        var change = new StaffChange(form.FullName!, form.Role!, form.DepartmentToStore, form.ToCertificate(), form.IsActive);
        var (result, accessChanged) = await accounts.UpdateAsync(user, change, form.ConcurrencyStamp, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, nameof(EditUserForm.FullName));
            return View(EditPage(user, form));
        }

        await RefreshOwnSignInAsync(user);
        logger.LogInformation("Administrator {Admin} updated user {UserName} ({Role}, {Department}, active {IsActive})", me.UserName, user.UserName, change.Role, change.Department, user.IsActive);
        TempData[StatusMessages.SuccessKey] = accessChanged && user.Id != me.Id
            ? $"已保存“{user.FullName}”的信息。角色、科室或启用状态已变更，该用户需重新登录后按新权限使用。"
            : $"已保存“{user.FullName}”的信息。";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> ResetPassword(Guid id) =>
        await accounts.FindAsync(id) is { } user ? View(ResetPage(user, new ResetPasswordForm())) : NotFound();

    [HttpPost]
    public async Task<IActionResult> ResetPassword(Guid id, ResetPasswordForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await accounts.FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        var result = ModelState.IsValid ? await accounts.ResetPasswordAsync(user, form.NewPassword!) : null;
        if (result is not { Succeeded: true })
        {
            if (result is not null)
            {
                ModelState.AddIdentityErrors(result, nameof(ResetPasswordForm.NewPassword));
            }

            return View(ResetPage(user, form));
        }

        await RefreshOwnSignInAsync(user);
        logger.LogInformation("Administrator {Admin} reset the password of {UserName}", me.UserName, user.UserName);
        TempData[StatusMessages.SuccessKey] = $"已重置“{user.FullName}”的密码，请将新密码告知本人。";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Unlock(Guid id)
    {
        if (await accounts.FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        var result = await accounts.UnlockAsync(user);
        if (!result.Succeeded)
        {
            TempData[StatusMessages.ErrorKey] = string.Join(" ", result.Errors.Select(e => e.Description));
            return RedirectToAction(nameof(Edit), new { id });
        }

        logger.LogInformation("Administrator {Admin} unlocked {UserName}", me.UserName, user.UserName);
        TempData[StatusMessages.SuccessKey] = $"已解除“{user.FullName}”的登录锁定。";
        return RedirectToAction(nameof(Edit), new { id });
    }

    private EditUserPage EditPage(AppUser user, EditUserForm form) =>
        new(user.Id, user.UserName ?? string.Empty, user.Id == me.Id, accounts.LockedOutUntil(user), user.AccessFailedCount, form);

    private static ResetPasswordPage ResetPage(AppUser user, ResetPasswordForm form) =>
        new(user.Id, user.UserName ?? string.Empty, user.FullName, form);

    /// <summary>The administrator's own account changed (new security stamp): keep them signed in.</summary>
    private async Task RefreshOwnSignInAsync(AppUser user)
    {
        if (user.Id == me.Id)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    private void AddRefusals(IEnumerable<StaffRefusal> refusals)
    {
        foreach (var refusal in refusals)
        {
            ModelState.AddModelError(refusal.Field, refusal.Message);
        }
    }
}
