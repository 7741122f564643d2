using System.Globalization;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using EnforcementPortal.Infrastructure.Audit;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;

namespace EnforcementPortal.Web.Security;

/// <summary>A question of the challenge and its signed token.</summary>
public sealed record ChallengeQuestion(string Question, string Token);

/// <summary>
/// The challenge on public forms, with no outside service: a small sum to compute, a signed token that carries the
/// answer and the time the form was shown (encrypted with Data Protection, so it cannot be forged or read), a minimum time
/// to fill the form (<c>Complaints:MinimumFillSeconds</c>, default 3) and a maximum age (1 hour), and a honeypot field
/// that people never see.
/// </summary>
public sealed class PublicFormChallenge(IDataProtectionProvider provider, TimeProvider time, IConfiguration configuration)
{
    public const string RefusedMessage = "验证未通过，请重新计算验证题后提交（您填写的内容已保留）。";
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);
    private readonly IDataProtector _protector = provider.CreateProtector("EnforcementPortal.PublicFormChallenge.v1");

    public ChallengeQuestion Issue()
    {
        var a = RandomNumberGenerator.GetInt32(2, 20);
        var b = RandomNumberGenerator.GetInt32(2, 10);
        var payload = string.Create(CultureInfo.InvariantCulture, $"{a + b}|{time.GetUtcNow().UtcTicks}");
        return new ChallengeQuestion($"{a} + {b} = ?", _protector.Protect(payload));
    }

    /// <summary>Whether the answer, the token, the timing and the honeypot all pass.</summary>
    public bool Passes(string? token, int? answer, string? honeypot)
    {
        if (!string.IsNullOrEmpty(honeypot) || string.IsNullOrEmpty(token) || answer is null)
        {
            return false;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return false;
        }

        var parts = payload.Split('|');
        if (parts.Length != 2
            || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var expected)
            || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var ticks))
        {
            return false;
        }

        var age = time.GetUtcNow().UtcDateTime - new DateTime(ticks, DateTimeKind.Utc);
        var minimum = TimeSpan.FromSeconds(configuration.GetValue("Complaints:MinimumFillSeconds", 3));
        return expected == answer && age >= minimum && age <= MaxAge;
    }
}

/// <summary>
/// Flood protection of the public complaint forms: per client address, <c>Complaints:SubmissionsPerHour</c> (default 10)
/// posts an hour. A refused post answers 429 with the Chinese "请求过于频繁" page and is audited.
/// </summary>
public sealed class PublicComplaintRateLimit(IConfiguration configuration) : IRateLimiterPolicy<string>
{
    public const string PolicyName = "public-complaints";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (rejected, cancellationToken) =>
    {
        var audit = rejected.HttpContext.RequestServices.GetRequiredService<AuditTrail>();
        await audit.RecordAsync(AuditActions.ComplaintThrottled, AuditOutcome.Denied, rejected.HttpContext.Request.Path);
        rejected.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        rejected.HttpContext.Response.Headers.RetryAfter = "3600";
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var permits = configuration.GetValue("Complaints:SubmissionsPerHour", 10);
        return RateLimitPartition.GetFixedWindowLimiter(
            AuditTrail.ClientAddressOf(httpContext),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromHours(1), QueueLimit = 0 });
    }
}
