using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>Friendly Chinese error pages; no stack trace ever reaches the browser outside Development.</summary>
/// <remarks>
/// The status code comes from the pipeline only (the status-code-pages or exception-handler feature), never from the
/// URL or a form field: a request for <c>/Error/0</c> or a failed POST carrying <c>code=200</c> cannot choose what
/// the server answers. A direct visit to an error page is simply "not found".
/// </remarks>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("Error/{code:int}")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Status()
    {
        // Resolved here rather than bound: a request whose body cannot be read binds nothing.
        var audit = HttpContext.RequestServices.GetRequiredService<Security.AuditTrail>();
        var code = PipelineStatusCode(HttpContext);

        // A signed-in user refused a page or record (403), or asking for one that is not there for them (404 —
        // including another department's case), is a security event.
        if (code is 403 or 404 && User.Identity?.IsAuthenticated == true
            && HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } original)
        {
            await audit.RecordAsync(
                code == 403 ? EnforcementPortal.Infrastructure.Audit.AuditActions.Forbidden : EnforcementPortal.Infrastructure.Audit.AuditActions.NotFound,
                EnforcementPortal.Infrastructure.Audit.AuditOutcome.Denied,
                original.OriginalPath + original.OriginalQueryString,
                HttpContext.Request.Method);
        }

        Response.StatusCode = code;
        ViewData["RequestId"] = HttpContext.TraceIdentifier;
        return code switch
        {
            404 => View("404"),
            403 => View("403"),
            429 => View("429"),
            >= 400 and < 500 => View("400"),
            _ => View("500"),
        };
    }

    /// <summary>The status the failed request really had; 404 when the page was requested directly.</summary>
    public static int PipelineStatusCode(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IExceptionHandlerFeature>() is { } failure)
        {
            return failure.Error is BadHttpRequestException bad && bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        }

        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { OriginalStatusCode: >= 400 and < 600 } reExecuted)
        {
            return reExecuted.OriginalStatusCode;
        }

        return StatusCodes.Status404NotFound;
    }
}
