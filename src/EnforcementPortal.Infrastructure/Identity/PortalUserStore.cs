using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Identity;

/// <summary>
/// Identity's store, which also records when a password was set: every way a password is set (creation, first
/// sign-in, reset by an administrator, the user's own change) goes through <see cref="SetPasswordHashAsync"/>, so the
/// password age for the periodic change (等保 口令定期更换, <c>Security:PasswordMaxAgeDays</c>) needs no caller to remember.
/// </summary>
public sealed class PortalUserStore(AppDbContext context, TimeProvider time, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, IdentityRole<Guid>, AppDbContext, Guid>(context, describer)
{
    public override async Task SetPasswordHashAsync(AppUser user, string? passwordHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var changed = passwordHash is not null && user.PasswordHash is not null
            ? !string.Equals(passwordHash, user.PasswordHash, StringComparison.Ordinal)
            : passwordHash is not null;
        await base.SetPasswordHashAsync(user, passwordHash, cancellationToken);
        if (changed)
        {
            user.PasswordChangedAt = time.GetUtcNow().ToOffset(EnforcementPortal.Infrastructure.Time.BureauClock.BeijingOffset).DateTime;
        }
    }
}
