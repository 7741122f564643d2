namespace EnforcementPortal.Web.Security;

/// <summary>
/// Puts the browser-side protections on every response, whatever produced it (pages, errors, static files, health
/// checks, the public /gongshi site): a Content-Security-Policy that allows no inline script or style and no framing,
/// <c>nosniff</c>, a strict Referrer-Policy and no caching of pages that carry personal data by accident of a proxy.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// Scripts, styles, fonts and images only from the portal itself (front-end libraries are served from wwwroot),
    /// images also as data: URIs (Bootstrap's icons in CSS); forms post only to the portal; no plugins; no framing.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-hashes' " + DisplayNoneHash + "; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The SHA-256 of <c>display:none</c>: MVC's validation summary writes <c>&lt;li style="display:none"&gt;</c> when a
    /// form has no errors. Only that exact attribute value is allowed; no other inline style.
    /// </summary>
    private const string DisplayNoneHash = "'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self), payment=()";
            return Task.CompletedTask;
        });
        await next(context);
    }
}
