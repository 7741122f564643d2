using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>Friendly Chinese error pages; no stack trace ever reaches the browser outside Development.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("Error/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code;
        ViewData["RequestId"] = HttpContext.TraceIdentifier;
        return code switch
        {
            404 => View("404"),
            403 => View("403"),
            400 => View("400"),
            _ => View("500"),
        };
    }
}
