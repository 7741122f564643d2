using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>What an administrator sets on an account: name, role, department, 执法证 and whether it is active.</summary>
public sealed record StaffChange(string FullName, string Role, DepartmentCode? Department, Certificate? Certificate, bool IsActive);

/// <summary>The outcome of saving an account; <see cref="AccessChanged"/> says the person must sign in again.</summary>
public sealed record StaffSaveResult(IdentityResult Result, bool AccessChanged);

/// <summary>
/// 用户管理: staff accounts with exactly one role, the department and the 执法证 (one number, one person). The Identity
/// calls of one change run in one transaction; a change of role, department or active flag renews the security stamp,
/// which signs the person out everywhere.
/// </summary>
public sealed class StaffAccounts(AppDbContext db, UserManager<AppUser> users)
{
    /// <summary>Creates the account and gives it its role; neither is kept if either fails.</summary>
    public Task<IdentityResult> CreateAsync(AppUser user, string password, string role, CancellationToken cancellationToken) =>
        // CreateAsync checks the password policy and the login before writing anything; the transaction is for the
        // role, so that a failure there does not leave an account without one.
        InTransactionAsync(
            async () =>
            {
                var created = await users.CreateAsync(user, password);
                return created.Succeeded ? await users.AddToRoleAsync(user, role) : created;
            },
            cancellationToken);

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
        user.Certificate = change.Certificate;
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
        return new StaffSaveResult(result, accessChanged);
    }

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
}
