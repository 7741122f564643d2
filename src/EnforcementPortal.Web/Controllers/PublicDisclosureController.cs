using EnforcementPortal.Web.Disclosure;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 行政执法公示: the public site, open without signing in (三项制度: enforcement bases, procedures, officers and results
/// are public). The pages are built by <see cref="PublicDisclosurePages"/>, which never touches a case record; a year that
/// was never published does not exist here (404). The statistics pages are output-cached for anonymous visitors until
/// the next publication (<see cref="PublicStatisticsCache"/>).
/// </summary>
[AllowAnonymous]
[Route("gongshi")]
public sealed class PublicDisclosureController(PublicDisclosurePages pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await RespondAsync(await pages.HomeAsync(cancellationToken), null, cancellationToken);

    /// <summary>行政执法服务指南 of a department, with the procedure read from its lifecycle machine.</summary>
    [HttpGet("zhinan/{department}")]
    public async Task<IActionResult> Guide(string department, CancellationToken cancellationToken) =>
        await RespondAsync(await pages.GuideAsync(department, cancellationToken), null, cancellationToken);

    /// <summary>执法人员公示: officers whose certificate is valid today.</summary>
    [HttpGet("renyuan")]
    public async Task<IActionResult> Officers(string? format, CancellationToken cancellationToken) =>
        await RespondAsync(await pages.OfficersAsync(cancellationToken), format, cancellationToken);

    /// <summary>The 78 penalty matters (the 西咸新区综合行政执法局 list of 行政处罚事项), searchable by name or legal basis.</summary>
    [HttpGet("chufa")]
    public async Task<IActionResult> PenaltyMatters(string? q, string? format, CancellationToken cancellationToken) =>
        await RespondAsync(await pages.PenaltyMattersAsync(q, cancellationToken), format, cancellationToken);

    /// <summary>The published years of every department.</summary>
    [HttpGet("tongji")]
    [OutputCache(PolicyName = PublicStatisticsCache.PolicyName)]
    public async Task<IActionResult> Statistics(CancellationToken cancellationToken) =>
        await RespondAsync(await pages.StatisticsAsync(cancellationToken), null, cancellationToken);

    /// <summary>全局汇总: a year across the departments that published it.</summary>
    [HttpGet("tongji/{year:int}")]
    [OutputCache(PolicyName = PublicStatisticsCache.PolicyName)]
    public async Task<IActionResult> YearSummary(int year, string? format, CancellationToken cancellationToken) =>
        await RespondAsync(await pages.YearSummaryAsync(year, cancellationToken), format, cancellationToken);

    /// <summary>同比: a department's published years side by side.</summary>
    [HttpGet("tongji/{department}")]
    [OutputCache(PolicyName = PublicStatisticsCache.PolicyName)]
    public async Task<IActionResult> Comparison(string department, string? format, CancellationToken cancellationToken) =>
        await RespondAsync(await pages.ComparisonAsync(department, cancellationToken), format, cancellationToken);

    /// <summary>A department's published year (the latest version, or an earlier one by <paramref name="version"/>).</summary>
    [HttpGet("tongji/{department}/{year:int}")]
    [OutputCache(PolicyName = PublicStatisticsCache.PolicyName)]
    public async Task<IActionResult> DepartmentYear(string department, int year, int? version, string? format, CancellationToken cancellationToken) =>
        await RespondAsync(await pages.DepartmentYearAsync(department, year, version, cancellationToken), format, cancellationToken);

    /// <summary>The page, its download (csv/xlsx) when asked for and it has one, or 404.</summary>
    private async Task<IActionResult> RespondAsync(DisclosureResult? result, string? format, CancellationToken cancellationToken)
    {
        if (result is null)
        {
            return NotFound();
        }

        if (TableExport.IsFormat(format))
        {
            return result.Export is { } export ? await TableExport.ToFileAsync(export(), format!, cancellationToken) : NotFound();
        }

        return View(result.Model);
    }
}
