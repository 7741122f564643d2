using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 用户管理: staff accounts, their role, department and 执法证, passwords and lockouts. The rules (one role, unique 执法证号,
/// no self-demotion, the security stamp, the transaction, the log) are in <see cref="StaffAccounts"/>.
/// </summary>
[Authorize(Policy = Policies.Administrators)]
public sealed class AdminUsersController(StaffAccounts accounts) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] UserListFilter filter, CancellationToken cancellationToken) =>
        View(await accounts.ListPageAsync(filter, cancellationToken));

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

        TempData[StatusMessages.SuccessKey] = $"已创建用户“{user.FullName}”（登录名 {user.UserName}），请将初始密码告知本人。";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id) =>
        await accounts.FindAsync(id) is { } user ? View(accounts.EditPage(user, await accounts.EditFormAsync(user))) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, EditUserForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await accounts.FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        AddRefusals(await accounts.RefusalsOfChangeAsync(user, form, ModelState.IsValid, cancellationToken));
        if (!ModelState.IsValid)
        {
            return View(accounts.EditPage(user, form));
        }

        var change = new StaffChange(form.FullName!, form.Role!, form.DepartmentToStore, form.ToCertificate(), form.IsActive);
        var (result, accessChanged) = await accounts.UpdateAsync(user, change, form.ConcurrencyStamp, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, nameof(EditUserForm.FullName));
            return View(accounts.EditPage(user, form));
        }

        TempData[StatusMessages.SuccessKey] = accessChanged
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
        TempData[result.Succeeded ? StatusMessages.SuccessKey : StatusMessages.ErrorKey] = result.Succeeded
            ? $"已解除“{user.FullName}”的登录锁定。"
            : string.Join(" ", result.Errors.Select(e => e.Description));
        return RedirectToAction(nameof(Edit), new { id });
    }

    private static ResetPasswordPage ResetPage(AppUser user, ResetPasswordForm form) =>
        new(user.Id, user.UserName ?? string.Empty, user.FullName, form);

    private void AddRefusals(IEnumerable<StaffRefusal> refusals)
    {
        foreach (var refusal in refusals)
        {
            ModelState.AddModelError(refusal.Field, refusal.Message);
        }
    }
}
