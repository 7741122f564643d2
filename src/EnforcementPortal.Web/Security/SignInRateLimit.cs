using System.Threading.RateLimiting;
using EnforcementPortal.Infrastructure.Audit;

namespace EnforcementPortal.Web.Security;

/// <summary>
/// A per-client limit on sign-in attempts (<c>Security:SignInAttemptsPerMinute</c>, default 10 per client address per
/// minute), on top of the per-account lockout: it slows a guesser who spreads attempts over many user names. A refused
/// attempt answers 429 with the Chinese "请求过于频繁" page and is audited.
/// </summary>
public static class SignInRateLimit
{
    public const string PolicyName = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Security:SignInAttemptsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                AuditTrail.ClientAddressOf(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var audit = rejected.HttpContext.RequestServices.GetRequiredService<AuditTrail>();
                await audit.RecordAsync(AuditActions.SignInThrottled, AuditOutcome.Denied, rejected.HttpContext.Request.Path);
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
            };
        });
        return services;
    }
}
