using EnforcementPortal.Web.Disclosure;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EnforcementPortal.Web.Controllers;

/// <summary>网站设置: the administrator keeps the public site's name, footer (主办单位, 网站标识码, 备案号, 联系方式) and 索引号 prefix.</summary>
[Authorize(Policy = Policies.Administrators)]
[Route("Admin/Site")]
public sealed class AdminSiteController(PublicSiteSettingsStore settings, PublicStatisticsCache publicPages, AuditTrail audit, CurrentUser me, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await settings.GetAsync(cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Index(PublicSiteSettings form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        var changed = await settings.SaveAsync(form, me.UserName, time.GetUtcNow().UtcDateTime, cancellationToken);
        await publicPages.EvictAsync();
        await audit.RecordAsync("site-settings", "changed", string.Join(",", changed));
        TempData[StatusMessages.SuccessKey] = changed.Count == 0 ? "网站设置没有变化。" : "已保存网站设置，公示网站页脚已更新。";
        return RedirectToAction(nameof(Index));
    }
}
