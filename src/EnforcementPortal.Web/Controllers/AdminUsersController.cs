using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Time;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Controllers;

/// <summary>用户管理: staff accounts, their role, department and 执法证, passwords and lockouts.</summary>
[Authorize(Policy = Policies.Administrators)]
public sealed class AdminUsersController(
    AppDbContext db,
    UserManager<AppUser> users,
    StaffAccounts accounts,
    SignInManager<AppUser> signIn,
    CurrentUser me,
    IBureauClock clock,
    TimeProvider time,
    ILogger<AdminUsersController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] UserListFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = users.Users.AsNoTracking();
        if (filter.Department is { } department)
        {
            query = query.Where(u => u.Department == department);
        }

        if (!string.IsNullOrWhiteSpace(filter.Role))
        {
            var roleName = filter.Role.Trim();
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleName)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim();
            var normalized = users.NormalizeName(search) ?? search;
            query = query.Where(u => u.NormalizedUserName!.Contains(normalized)
                || u.FullName.Contains(search)
                || (u.Certificate != null && u.Certificate.Number.Contains(search)));
        }

        var found = await query.OrderBy(u => u.Department).ThenBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await RolesOfAsync(found.Select(u => u.Id).ToList(), cancellationToken);
        var items = found
            .Select(u => new UserListItem(u.Id, u.UserName ?? string.Empty, u.FullName, roles.GetValueOrDefault(u.Id, []), u.Department, u.Certificate, u.IsActive, LockedOutUntil(u)))
            .ToList();
        return View(new UserListViewModel(filter, items, clock.Today));
    }

    [HttpGet]
    public IActionResult Create() => View(new CreateUserForm { Role = StaffRoles.Officer, CertificateIssuer = StaffForm.UsualIssuer });

    [HttpPost]
    public async Task<IActionResult> Create(CreateUserForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            await CheckCertificateNumberIsFreeAsync(form, null, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = form.UserName!.Trim(),
            FullName = form.FullName!.Trim(),
            Department = form.DepartmentToStore,
            Certificate = form.ToCertificate(),
            IsActive = true,
            EmailConfirmed = true,
            CreatedAt = clock.Now,
        };

        var result = await accounts.CreateAsync(user, form.Password!, form.Role!, cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(CreateUserForm.Password));
            return View(form);
        }

        logger.LogInformation("Administrator {Admin} created user {UserName} ({Role}, {Department})", me.UserName, user.UserName, form.Role, user.Department);
        TempData[StatusMessages.SuccessKey] = $"已创建用户“{user.FullName}”（登录名 {user.UserName}），请将初始密码告知本人。";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        var role = await SingleRoleOfAsync(user);
        var form = EditUserForm.For(user.FullName, role, user.Department, user.Certificate, user.IsActive, user.ConcurrencyStamp);
        return View(EditPage(user, form));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, EditUserForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == me.Id)
        {
            // Keeps at least one administrator: the one making the change.
            if (form.Role != StaffRoles.Administrator)
            {
                ModelState.AddModelError(nameof(form.Role), "不能取消自己的系统管理员角色，请由其他系统管理员办理。");
            }

            if (!form.IsActive)
            {
                ModelState.AddModelError(nameof(form.IsActive), "不能停用自己的账号。");
            }
        }

        if (ModelState.IsValid)
        {
            await CheckCertificateNumberIsFreeAsync(form, user.Id, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return View(EditPage(user, form));
        }

        var newRole = form.Role!;
        var newDepartment = form.DepartmentToStore;
        var (result, accessChanged) = await accounts.UpdateAsync(
            user,
            new StaffChange(form.FullName!, newRole, newDepartment, form.ToCertificate(), form.IsActive),
            form.ConcurrencyStamp,
            cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(EditUserForm.FullName));
            return View(EditPage(user, form));
        }

        if (user.Id == me.Id)
        {
            await signIn.RefreshSignInAsync(user);
        }

        logger.LogInformation("Administrator {Admin} updated user {UserName} ({Role}, {Department}, active {IsActive})", me.UserName, user.UserName, newRole, newDepartment, user.IsActive);
        TempData[StatusMessages.SuccessKey] = accessChanged && user.Id != me.Id
            ? $"已保存“{user.FullName}”的信息。角色、科室或启用状态已变更，该用户需重新登录后按新权限使用。"
            : $"已保存“{user.FullName}”的信息。";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> ResetPassword(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        return user is null ? NotFound() : View(new ResetPasswordPage(user.Id, user.UserName ?? string.Empty, user.FullName, new ResetPasswordForm()));
    }

    [HttpPost]
    public async Task<IActionResult> ResetPassword(Guid id, ResetPasswordForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(new ResetPasswordPage(user.Id, user.UserName ?? string.Empty, user.FullName, form));
        }

        // Identity's reset checks the password policy and renews the security stamp, which signs the user out elsewhere.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, form.NewPassword!);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(ResetPasswordForm.NewPassword));
            return View(new ResetPasswordPage(user.Id, user.UserName ?? string.Empty, user.FullName, form));
        }

        if (user.Id == me.Id)
        {
            await signIn.RefreshSignInAsync(user);
        }

        logger.LogInformation("Administrator {Admin} reset the password of {UserName}", me.UserName, user.UserName);
        TempData[StatusMessages.SuccessKey] = $"已重置“{user.FullName}”的密码，请将新密码告知本人。";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Unlock(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        var result = await users.SetLockoutEndDateAsync(user, null);
        if (result.Succeeded)
        {
            result = await users.ResetAccessFailedCountAsync(user);
        }

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
        new(user.Id, user.UserName ?? string.Empty, user.Id == me.Id, LockedOutUntil(user), user.AccessFailedCount, form);

    /// <summary>The end (Beijing time) of a lockout in force now, as Identity's <c>IsLockedOutAsync</c> sees it.</summary>
    private DateTime? LockedOutUntil(AppUser user) =>
        user.LockoutEnabled && user.LockoutEnd is { } end && end >= time.GetUtcNow() ? end.ToOffset(BureauClock.BeijingOffset).DateTime : null;

    /// <summary>The user's role, the first in <see cref="StaffRoles.All"/> order should an older account hold several.</summary>
    private async Task<string?> SingleRoleOfAsync(AppUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return StaffRoles.All.FirstOrDefault(roles.Contains) ?? roles.FirstOrDefault();
    }

    private async Task<Dictionary<Guid, IReadOnlyList<string>>> RolesOfAsync(List<Guid> userIds, CancellationToken cancellationToken)
    {
        var pairs = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userIds.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        return pairs
            .GroupBy(p => p.UserId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)[.. g.Select(p => p.Name ?? string.Empty).OrderBy(OrderOfRole)]);
    }

    private static int OrderOfRole(string role)
    {
        var index = StaffRoles.All.ToList().IndexOf(role);
        return index < 0 ? int.MaxValue : index;
    }

    /// <summary>A 执法证号 identifies one person; the same number on two accounts is a typing error.</summary>
    private async Task CheckCertificateNumberIsFreeAsync(StaffForm form, Guid? userId, CancellationToken cancellationToken)
    {
        if (await accounts.CertificateHolderAsync(form.CertificateNumber, userId, cancellationToken) is { } holder)
        {
            ModelState.AddModelError(nameof(StaffForm.CertificateNumber), $"执法证号 {form.CertificateNumber!.Trim()} 已登记在“{holder}”名下。");
        }
    }

    /// <summary>Puts Identity's Chinese errors on the field they are about.</summary>
    private void AddErrors(IdentityResult result, string passwordField)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != nameof(IdentityErrorDescriber.PasswordMismatch) => passwordField,
                nameof(IdentityErrorDescriber.InvalidUserName) or nameof(IdentityErrorDescriber.DuplicateUserName) => nameof(CreateUserForm.UserName),
                _ => string.Empty,
            };
            ModelState.AddModelError(field, error.Description);
        }
    }
}
