using EnforcementPortal.Web.Queries;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>The home page: what the signed-in user may do, and what waits for them (built by <see cref="HomePageBuilder"/>).</summary>
public sealed class HomeController(HomePageBuilder home) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await home.BuildAsync(cancellationToken));
}
