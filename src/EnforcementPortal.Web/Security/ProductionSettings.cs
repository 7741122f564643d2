namespace EnforcementPortal.Web.Security;

/// <summary>
/// Settings without which a production portal would trust the request: the host names it answers to
/// (<c>AllowedHosts</c>, not <c>*</c>, so a forged Host header is refused and never reaches a redirect) and the public
/// address printed in the QR code of issued documents (<c>Documents:PublicBaseUrl</c>, never taken from the request).
/// Missing in Production, the portal refuses to start and says which.
/// </summary>
public static class ProductionSettings
{
    public static void Validate(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.IsProduction())
        {
            return;
        }

        var problems = new List<string>();
        var hosts = configuration["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(hosts) || hosts.Split(';').Any(h => h.Trim() == "*"))
        {
            problems.Add("AllowedHosts must list the portal's host names (e.g. AllowedHosts=zfpt.yining.gov.cn), not '*'");
        }

        if (!Uri.TryCreate(configuration["Documents:PublicBaseUrl"], UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
        {
            problems.Add("Documents:PublicBaseUrl must be the portal's public address (e.g. https://zfpt.yining.gov.cn)");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Production configuration incomplete: " + string.Join("; ", problems) + ".");
        }
    }

    /// <summary>The public base address for links printed on documents: configured, or (outside Production) the request's.</summary>
    public static string PublicBaseUrl(IConfiguration configuration, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(request);
        return configuration["Documents:PublicBaseUrl"] is { Length: > 0 } configured
            ? configured
            : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
