using EnforcementPortal.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EnforcementPortal.Web.Security;

/// <summary>
/// Audits what no controller has to remember: every file a signed-in user receives (exports, documents, evidence),
/// and every change posted to the administration pages (users, roles, departments, passwords, calendar).
/// </summary>
public sealed class AuditFilter(AuditTrail audit) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        var controller = context.RouteData.Values["controller"] as string ?? string.Empty;
        var action = context.RouteData.Values["action"] as string ?? string.Empty;
        var target = http.Request.Path + http.Request.QueryString;
        if (signedIn && context.Result is FileResult file)
        {
            await audit.RecordAsync(AuditActions.Export, AuditOutcome.Success, target, file.FileDownloadName);
        }
        else if (signedIn && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && controller.StartsWith("Admin", StringComparison.Ordinal))
        {
            var succeeded = context.Result is RedirectResult or RedirectToActionResult or LocalRedirectResult or RedirectToRouteResult;
            await audit.RecordAsync(
                controller == "AdminUsers" && action == "ResetPassword" ? AuditActions.PasswordReset : AuditActions.UserChanged,
                succeeded ? AuditOutcome.Success : AuditOutcome.Failure,
                target,
                $"{controller}.{action}");
        }

        await next();
    }
}
