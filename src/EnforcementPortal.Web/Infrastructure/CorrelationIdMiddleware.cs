using Serilog.Context;

namespace EnforcementPortal.Web.Infrastructure;

/// <summary>Takes X-Correlation-ID from the caller (or makes one), returns it, and logs every line of the request with it.</summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-ID";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var incoming = context.Request.Headers[HeaderName].ToString();
        var id = !string.IsNullOrWhiteSpace(incoming) && incoming.Length <= 64 && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? incoming
            : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;

        // Set when the response starts, not now: a response served from the output cache copies the headers stored
        // with it, and must still carry this request's id, not the one of the request that filled the cache.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = id;
            return Task.CompletedTask;
        });
        using (LogContext.PushProperty("CorrelationId", id))
        {
            await next(context);
        }
    }
}

/// <summary>Adds the signed-in user to every log line of the request; runs after authentication.</summary>
public sealed class UserLogContextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using (LogContext.PushProperty("User", context.User.Identity?.Name ?? "(anonymous)"))
        {
            await next(context);
        }
    }
}
