using System.Security.Claims;
using EnforcementPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Security;

/// <summary>
/// Periodic password change (等保 2.0 二级: 口令应定期更换). <c>Security:PasswordMaxAgeDays</c> (default 90) days after a
/// password was set, its user is sent to change it after signing in, and can do nothing else until they have.
/// 0 turns it off, which OWASP ASVS 5.0 L2 recommends (no forced rotation; change on suspicion of compromise) — see
/// docs/security.md. An account whose password was never changed counts from its creation.
/// </summary>
public sealed class PasswordAge(IConfiguration configuration, TimeProvider time)
{
    public const string ExpiredClaim = "ep:password-expired";

    public int MaxAgeDays => Math.Max(0, configuration.GetValue("Security:PasswordMaxAgeDays", 90));

    public bool IsExpired(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (MaxAgeDays == 0 || user.PasswordHash is null)
        {
            return false;
        }

        var setAt = user.PasswordChangedAt ?? user.CreatedAt;
        return time.GetUtcNow().ToOffset(EnforcementPortal.Infrastructure.Time.BureauClock.BeijingOffset).DateTime >= setAt.AddDays(MaxAgeDays);
    }
}

/// <summary>Sends a signed-in user whose password has expired to 修改密码 for every page but that one and signing out.</summary>
public sealed class PasswordExpiryFilter : IAsyncAuthorizationFilter
{
    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.User.HasClaim(c => c.Type == PasswordAge.ExpiredClaim)
            && context.ActionDescriptor is ControllerActionDescriptor { ControllerName: not ("Account" or "Error") })
        {
            context.Result = new RedirectToActionResult("ChangePassword", "Account", new { expired = true });
        }

        return Task.CompletedTask;
    }
}

internal static class PasswordAgeClaims
{
    public static void Add(ClaimsIdentity identity, AppUser user, PasswordAge age)
    {
        if (age.IsExpired(user))
        {
            identity.AddClaim(new Claim(PasswordAge.ExpiredClaim, "true"));
        }
    }
}
