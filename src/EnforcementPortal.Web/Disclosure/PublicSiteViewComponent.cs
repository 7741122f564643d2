using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Disclosure;

/// <summary>The public site's brand ("brand") or footer ("footer") from the administrator's settings.</summary>
public sealed class PublicSiteViewComponent(PublicSiteSettingsStore settings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string part) =>
        View(part == "brand" ? "Brand" : "Default", await settings.GetAsync(HttpContext.RequestAborted));
}
