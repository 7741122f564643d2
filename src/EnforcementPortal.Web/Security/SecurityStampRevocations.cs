using System.Collections.Concurrent;
using System.Security.Claims;
using EnforcementPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EnforcementPortal.Web.Security;

/// <summary>
/// The security stamp each user was last given by this process. The sign-in cookie is checked against the database
/// only every <c>Security:StampValidationSeconds</c> (default 60), which saves the identity queries on every other
/// request; a cookie whose stamp differs from the one recorded here (the user signed out, was moved, demoted,
/// deactivated or changed the password) is checked at once, so those changes still take effect at the next click.
/// </summary>
/// <remarks>
/// In memory: one process sees its own changes. Several instances behind one database see each other's changes only at
/// the interval; so when <c>ConnectionStrings:Redis</c> is set (the multi-instance set-up) the interval defaults to 0
/// (every request checks the database), unless <c>Security:StampValidationSeconds</c> says otherwise.
/// </remarks>
public sealed class SecurityStampRevocations(IOptions<IdentityOptions> identity)
{
    private readonly ConcurrentDictionary<Guid, string?> _latest = new();

    public void Record(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        _latest[user.Id] = user.SecurityStamp;
    }

    /// <summary>Whether the principal carries a stamp older than the one this process last wrote for its user.</summary>
    public bool IsStale(ClaimsPrincipal? principal)
    {
        var id = principal?.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        if (id is null || !Guid.TryParse(id, out var userId) || !_latest.TryGetValue(userId, out var latest))
        {
            return false;
        }

        return !string.Equals(principal!.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType), latest, StringComparison.Ordinal);
    }
}

/// <summary>Records every stamp it writes (sign-out, access change, password change, lockout) in <see cref="SecurityStampRevocations"/>.</summary>
public sealed class PortalUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    SecurityStampRevocations revocations)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdateUserAsync(AppUser user)
    {
        var result = await base.UpdateUserAsync(user);
        if (result.Succeeded)
        {
            revocations.Record(user);
        }

        return result;
    }

    public override async Task<IdentityResult> DeleteAsync(AppUser user)
    {
        var result = await base.DeleteAsync(user);
        if (result.Succeeded)
        {
            user.SecurityStamp = null;
            revocations.Record(user);
        }

        return result;
    }
}
