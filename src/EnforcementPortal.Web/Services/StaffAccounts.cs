using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Time;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>What an administrator sets on an account: name, role, department, 执法证 and whether it is active.</summary>
public sealed record StaffChange(string FullName, string Role, DepartmentCode? Department, Certificate? Certificate, bool IsActive);

/// <summary>
/// The outcome of saving an account; <see cref="AccessChanged"/> says the person must sign in again (never the
/// administrator themselves, whose sign-in is refreshed).
/// </summary>
public sealed record StaffSaveResult(IdentityResult Result, bool AccessChanged);

/// <summary>A new account as the administrator entered it.</summary>
public sealed record NewStaff(string UserName, string FullName, string Password, string Role, DepartmentCode? Department, Certificate? Certificate);

/// <summary>A refusal of a change, with the form field it is about.</summary>
public sealed record StaffRefusal(string Field, string Message);

/// <summary>
/// 用户管理: staff accounts with exactly one role, the department and the 执法证 (one number, one person). The Identity
/// calls of one change run in one transaction; a change of role, department or active flag renews the security stamp,
/// which signs the person out everywhere — except the administrator's own sign-in, which is refreshed. Every change is
/// logged with the administrator who made it.
/// </summary>
public sealed class StaffAccounts(
    AppDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    CurrentUser me,
    IBureauClock clock,
    TimeProvider time,
    ILogger<StaffAccounts> logger)
{
    /// <summary>The accounts matching the administrator's filter (department, role, login/name/执法证号), with their roles.</summary>
    public async Task<IReadOnlyList<UserListItem>> ListAsync(UserListFilter filter, CancellationToken cancellationToken)
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
        return found
            .Select(u => new UserListItem(u.Id, u.UserName ?? string.Empty, u.FullName, roles.GetValueOrDefault(u.Id, []), u.Department, u.Certificate, u.IsActive, LockedOutUntil(u)))
            .ToList();
    }

    public Task<AppUser?> FindAsync(Guid id) => users.FindByIdAsync(id.ToString());

    /// <summary>法制审核人员 against 执法人员 among the active accounts (建法〔2025〕40号 (十三): at least 5%).</summary>
    public async Task<LegalReviewerRatio> LegalReviewerRatioAsync(CancellationToken cancellationToken)
    {
        var roles = await (from u in users.Users.AsNoTracking()
                           where u.IsActive
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           select r.Name!).ToListAsync(cancellationToken);
        return LegalReviewerRatio.Count(roles);
    }

    /// <summary>The list page: the accounts matching the filter, with today's date for the 执法证 validity.</summary>
    public async Task<UserListViewModel> ListPageAsync(UserListFilter filter, CancellationToken cancellationToken) =>
        new(filter, await ListAsync(filter, cancellationToken), clock.Today, await LegalReviewerRatioAsync(cancellationToken));

    /// <summary>Whether the account is the signed-in administrator's own.</summary>
    public bool IsSelf(AppUser user) => user?.Id == me.Id;

    /// <summary>The edit form as the account is stored.</summary>
    public async Task<EditUserForm> EditFormAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return EditUserForm.For(user.FullName, await SingleRoleOfAsync(user), user.Department, user.Certificate, user.IsActive, user.ConcurrencyStamp);
    }

    /// <summary>The edit page of the account with the form as entered.</summary>
    public EditUserPage EditPage(AppUser user, EditUserForm form)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.Id, user.UserName ?? string.Empty, IsSelf(user), LockedOutUntil(user), user.AccessFailedCount, form);
    }

    /// <summary>
    /// Why a change of the account is refused: the administrator's own role or active flag (always checked), then — when
    /// <paramref name="formIsValid"/> and nothing else is refused — a 执法证号 already held by another account.
    /// </summary>
    public async Task<IReadOnlyList<StaffRefusal>> RefusalsOfChangeAsync(AppUser user, EditUserForm form, bool formIsValid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        var refusals = IsSelf(user) ? RefusalsOfOwnChange(form.Role, form.IsActive).ToList() : [];
        if (formIsValid && refusals.Count == 0)
        {
            refusals.AddRange(await CertificateRefusalsAsync(form.CertificateNumber, user.Id, cancellationToken));
        }

        return refusals;
    }

    /// <summary>The user's role, the first in <see cref="StaffRoles.All"/> order should an older account hold several.</summary>
    public async Task<string?> SingleRoleOfAsync(AppUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return StaffRoles.All.FirstOrDefault(roles.Contains) ?? roles.FirstOrDefault();
    }

    /// <summary>The end (Beijing time) of a lockout in force now, as Identity's <c>IsLockedOutAsync</c> sees it.</summary>
    public DateTime? LockedOutUntil(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.LockoutEnabled && user.LockoutEnd is { } end && end >= time.GetUtcNow() ? end.ToOffset(BureauClock.BeijingOffset).DateTime : null;
    }

    /// <summary>
    /// What an administrator may not do to their own account: give up the administrator role or deactivate it, so that
    /// at least one administrator (the one making the change) remains.
    /// </summary>
    public static IEnumerable<StaffRefusal> RefusalsOfOwnChange(string? role, bool isActive)
    {
        if (role != StaffRoles.Administrator)
        {
            yield return new StaffRefusal(nameof(StaffForm.Role), "不能取消自己的系统管理员角色，请由其他系统管理员办理。");
        }

        if (!isActive)
        {
            yield return new StaffRefusal(nameof(EditUserForm.IsActive), "不能停用自己的账号。");
        }
    }

    /// <summary>Creates the account, active, and gives it its role; neither is kept if either fails.</summary>
    public async Task<(IdentityResult Result, AppUser User)> CreateAsync(NewStaff staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = staff.UserName.Trim(),
            FullName = staff.FullName.Trim(),
            Department = staff.Department,
            Certificate = staff.Certificate,
            IsActive = true,
            EmailConfirmed = true,
            CreatedAt = clock.Now,
        };

        // CreateAsync checks the password policy and the login before writing anything; the transaction is for the
        // role, so that a failure there does not leave an account without one.
        var result = await InTransactionAsync(
            async () =>
            {
                var created = await users.CreateAsync(user, staff.Password);
                return created.Succeeded ? await users.AddToRoleAsync(user, staff.Role) : created;
            },
            cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("Administrator {Admin} created user {UserName} ({Role}, {Department})", me.UserName, user.UserName, staff.Role, user.Department);
        }

        return (result, user);
    }

    /// <summary>
    /// Sets a new password. Identity's reset checks the password policy and renews the security stamp, which signs the
    /// person out elsewhere.
    /// </summary>
    public async Task<IdentityResult> ResetPasswordAsync(AppUser user, string newPassword)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Succeeded)
        {
            await RefreshOwnSignInAsync(user);
            logger.LogInformation("Administrator {Admin} reset the password of {UserName}", me.UserName, user.UserName);
        }

        return result;
    }

    /// <summary>Ends a lockout and forgets the failed attempts.</summary>
    public async Task<IdentityResult> UnlockAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await users.SetLockoutEndDateAsync(user, null);
        result = result.Succeeded ? await users.ResetAccessFailedCountAsync(user) : result;
        if (result.Succeeded)
        {
            logger.LogInformation("Administrator {Admin} unlocked {UserName}", me.UserName, user.UserName);
        }

        return result;
    }

    /// <summary>
    /// Saves the change against the concurrency stamp the administrator saw (a concurrent edit is refused, not lost).
    /// </summary>
    public async Task<StaffSaveResult> UpdateAsync(AppUser user, StaffChange change, string? seenConcurrencyStamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(change);
        var currentRoles = await users.GetRolesAsync(user);
        var roleChanged = currentRoles.Count != 1 || currentRoles[0] != change.Role;
        var accessChanged = roleChanged || user.Department != change.Department || user.IsActive != change.IsActive;

        user.FullName = change.FullName.Trim();
        user.Department = change.Department;
        // The status (暂扣/收回/注销) is changed only in the certificate registry, with a reason: editing the account keeps
        // it for the same certificate number; a new number is a new certificate.
        user.Certificate = change.Certificate is { } edited && user.Certificate is { } held && held.Number == edited.Number
            ? edited with { Status = held.Status }
            : change.Certificate;
        user.IsActive = change.IsActive;

        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = seenConcurrencyStamp;
        var result = await InTransactionAsync(
            async () =>
            {
                if (roleChanged)
                {
                    var removed = await users.RemoveFromRolesAsync(user, currentRoles);
                    if (!removed.Succeeded)
                    {
                        return removed;
                    }

                    var added = await users.AddToRoleAsync(user, change.Role);
                    if (!added.Succeeded)
                    {
                        return added;
                    }
                }

                // Role and department are written into the sign-in cookie (PortalClaimsPrincipalFactory), and the
                // department scope trusts that claim without asking the database. A new security stamp makes Identity's
                // security stamp validator reject every cookie issued before this change, so the person has to sign in
                // again and gets the new role and department; without it they would keep acting with the old ones (and
                // seeing the old department's cases) for as long as the cookie lives. Deactivation needs the same: the
                // active flag is checked at sign-in only.
                return accessChanged ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user);
            },
            cancellationToken);
        if (result.Succeeded)
        {
            await RefreshOwnSignInAsync(user);
            logger.LogInformation("Administrator {Admin} updated user {UserName} ({Role}, {Department}, active {IsActive})", me.UserName, user.UserName, change.Role, change.Department, user.IsActive);
        }

        return new StaffSaveResult(result, accessChanged && !IsSelf(user));
    }

    /// <summary>The administrator's own account changed (new security stamp): keep them signed in.</summary>
    private async Task RefreshOwnSignInAsync(AppUser user)
    {
        if (IsSelf(user))
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    /// <summary>A 执法证号 identifies one person; the same number on two accounts is a typing error.</summary>
    public async Task<IReadOnlyList<StaffRefusal>> CertificateRefusalsAsync(string? certificateNumber, Guid? exceptUserId, CancellationToken cancellationToken) =>
        await CertificateHolderAsync(certificateNumber, exceptUserId, cancellationToken) is { } holder
            ? [new StaffRefusal(nameof(StaffForm.CertificateNumber), $"执法证号 {certificateNumber!.Trim()} 已登记在“{holder}”名下。")]
            : [];

    /// <summary>A 执法证号 identifies one person: the name of another account holding the number, if any.</summary>
    public async Task<string?> CertificateHolderAsync(string? certificateNumber, Guid? exceptUserId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(certificateNumber))
        {
            return null;
        }

        var number = certificateNumber.Trim();
        return await users.Users.AsNoTracking()
            .Where(u => u.Id != exceptUserId && u.Certificate != null && u.Certificate.Number == number)
            .Select(u => u.FullName)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Runs several UserManager calls (each saves) as one unit. Through the execution strategy, because a retrying
    /// strategy (SQL Server) refuses a transaction opened outside it.
    /// </summary>
    private Task<IdentityResult> InTransactionAsync(Func<Task<IdentityResult>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work();
            if (result.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return result;
        });

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
}
