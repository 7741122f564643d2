using EnforcementPortal.Infrastructure.Audit;

namespace EnforcementPortal.Web.Security;

/// <summary>Writes audit entries for the current request: the signed-in user (or the name tried) and the client address.</summary>
public sealed class AuditTrail(IAuditLog log, IHttpContextAccessor accessor)
{
    /// <summary>The client's address as the portal sees it (behind a proxy: the forwarded address, see Network:BehindProxy).</summary>
    public static string ClientAddressOf(HttpContext? context) =>
        context?.Connection.RemoteIpAddress is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : "(unknown)";

    public Task RecordAsync(string action, string outcome, string target = "", string detail = "", string? userName = null)
    {
        var context = accessor.HttpContext;
        var user = userName ?? context?.User.Identity?.Name;
        return log.RecordAsync(new AuditRecord(action, outcome, string.IsNullOrEmpty(user) ? "(anonymous)" : user, ClientAddressOf(context), target, detail));
    }
}
