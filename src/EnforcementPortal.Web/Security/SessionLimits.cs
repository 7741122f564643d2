using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EnforcementPortal.Web.Security;

/// <summary>
/// How long a sign-in lasts: it ends after <c>Security:IdleTimeoutMinutes</c> (default 15) without a request, and in
/// any case <c>Security:AbsoluteSessionHours</c> (default 8) after the password was entered, however busy the user is.
/// </summary>
public static class SessionLimits
{
    /// <summary>The authentication property holding the moment of the sign-in; kept when the cookie is renewed.</summary>
    public const string SignedInAtItem = "portal.signed-in-at";

    public static void Apply(CookieAuthenticationOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var idle = TimeSpan.FromMinutes(configuration.GetValue("Security:IdleTimeoutMinutes", 15));
        var absolute = TimeSpan.FromHours(configuration.GetValue("Security:AbsoluteSessionHours", 8.0));
        options.ExpireTimeSpan = idle;
        options.SlidingExpiration = true;
        options.Events.OnSigningIn = context =>
        {
            if (!context.Properties.Items.ContainsKey(SignedInAtItem))
            {
                context.Properties.Items[SignedInAtItem] = context.Options.TimeProvider!.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            var now = context.Options.TimeProvider!.GetUtcNow();
            if (!context.Properties.Items.TryGetValue(SignedInAtItem, out var value)
                || !long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > absolute)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            var services = context.HttpContext.RequestServices;
            if (services.GetRequiredService<SecurityStampRevocations>().IsStale(context.Principal))
            {
                context.Properties.IssuedUtc = null; // the validator then checks the stamp now, whatever its interval
            }
            else if (!StampCheckDue(context.Properties.IssuedUtc, services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value))
            {
                // The validator would do nothing either; resolving it builds the sign-in manager, the user manager and
                // their stores on every request (about a tenth of a case list's CPU, docs/benchmarks.md "Per-request cost").
                return;
            }

            await SecurityStampValidator.ValidatePrincipalAsync(context);
        };
    }

    /// <summary>
    /// Whether <see cref="SecurityStampValidator"/> would check the stamp against the database now: the same rule as
    /// its own (a cookie without an issue time, or one issued longer ago than the interval, on the validator's clock).
    /// </summary>
    private static bool StampCheckDue(DateTimeOffset? issuedUtc, SecurityStampValidatorOptions options) =>
        issuedUtc is not { } issued || (options.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued > options.ValidationInterval;
}
