using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Disclosure;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Web.Disclosure;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Statistics;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// 行政执法公示: the public site, open without signing in (三项制度: enforcement bases, procedures, officers and results
/// are public). It reads only <see cref="PublicDisclosureQueries"/>, which never touches a case record; a year that was
/// never published does not exist here (404). The statistics pages are output-cached for anonymous visitors until
/// the next publication (<see cref="PublicStatisticsCache"/>).
/// </summary>
[AllowAnonymous]
[Route("gongshi")]
public sealed class PublicDisclosureController(PublicDisclosureQueries queries, IBureauClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var departments = await queries.DepartmentsAsync(DepartmentSlugs.All, cancellationToken);
        var officers = await queries.CertifiedOfficersAsync(clock.Today, cancellationToken);
        var matters = await queries.PenaltyMatterCountAsync(cancellationToken);
        return View(new DisclosureHomePage(departments, await queries.PublishedYearsAsync(cancellationToken), officers.Count, matters));
    }

    /// <summary>行政执法服务指南 of a department, with the procedure read from its lifecycle machine.</summary>
    [HttpGet("zhinan/{department}")]
    public async Task<IActionResult> Guide(string department, CancellationToken cancellationToken)
    {
        if (!DepartmentSlugs.TryParse(department, out var code) || await queries.DepartmentAsync(code, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        var published = (await queries.PublishedYearsAsync(cancellationToken)).Where(p => p.Department == code).ToList();
        return View(new ServiceGuidePage(record, DepartmentPolicy.For(code), ServiceGuides.For(code), ProcedureOutline.For(code), published));
    }

    /// <summary>执法人员公示: officers whose certificate is valid today.</summary>
    [HttpGet("renyuan")]
    public async Task<IActionResult> Officers(string? format, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var officers = await queries.CertifiedOfficersAsync(today, cancellationToken);
        if (TableExport.IsFormat(format))
        {
            var table = new ExportTable(
                "伊宁市住建局行政执法人员公示",
                ["姓名", "所属部门", "执法证号", "发证机关", "有效期起", "有效期至"],
                [.. officers.Select(o => (IReadOnlyList<object?>)[o.Name, PublicDisclosureQueries.DepartmentName(o.Department), o.CertificateNumber, o.IssuingAuthority, Display.Date(o.ValidFrom), Display.Date(o.ValidTo)])])
            {
                Notes = [$"截至{Display.LongDate(today)}持有有效行政执法证件的人员。"],
            };
            return await DownloadAsync(table, format!, cancellationToken);
        }

        return View(new OfficersPage(officers, today));
    }

    /// <summary>The 78 penalty matters (the 西咸新区综合行政执法局 list of 行政处罚事项), searchable by name or legal basis.</summary>
    [HttpGet("chufa")]
    public async Task<IActionResult> PenaltyMatters(string? q, string? format, CancellationToken cancellationToken)
    {
        var search = q?.Trim();
        if (search is { Length: > 50 })
        {
            search = search[..50];
        }

        var matters = await queries.PenaltyMattersAsync(search, cancellationToken);
        if (TableExport.IsFormat(format))
        {
            var table = new ExportTable(
                "行政处罚事项目录",
                ["序号", "事项名称", "权利类型", "实施机关", "实施依据"],
                [.. matters.Select(m => (IReadOnlyList<object?>)[m.Sequence, m.Name, m.PowerType, m.ImplementingAuthority, m.LegalBasis])]);
            return await DownloadAsync(table, format!, cancellationToken);
        }

        var total = string.IsNullOrEmpty(search) ? matters.Count : await queries.PenaltyMatterCountAsync(cancellationToken);
        return View(new PenaltyMattersPage(matters, search, total));
    }

    /// <summary>The published years of every department.</summary>
    [HttpGet("tongji")]
    [OutputCache(PolicyName = PublicStatisticsCache.PolicyName)]
    public async Task<IActionResult> Statistics(CancellationToken cancellationToken) =>
        View(new StatisticsListPage(await queries.PublishedYearsAsync(cancellationToken)));

    /// <summary>全局汇总: a year across the departments that published it.</summary>
    [HttpGet("tongji/{year:int}")]
    [OutputCache(PolicyName = PublicStatisticsCache.PolicyName)]
    public async Task<IActionResult> YearSummary(int year, string? format, CancellationToken cancellationToken)
    {
        var publications = await queries.LatestOfYearAsync(year, cancellationToken);
        if (publications.Count == 0)
        {
            return NotFound();
        }

        var snapshots = publications.Select(p => p.ReadSnapshot()).ToList();
        var rows = StatisticsTables.Summary(snapshots);
        var names = snapshots.Select(s => StatisticsTables.ShortName(s.Department)).ToList();
        var title = $"伊宁市住建局{year}年度行政执法数据汇总";
        if (TableExport.IsFormat(format))
        {
            var table = StatisticsTables.CrossExport(title, "指标", [.. names, "合计"], rows, [AnnualIndicators.YearRule, "合计中的比率按各部门计数加总后重新计算。"]);
            return await DownloadAsync(table, format!, cancellationToken);
        }

        var years = (await queries.PublishedYearsAsync(cancellationToken)).Select(p => p.Year).Distinct().Where(y => y != year).OrderDescending().ToList();
        var unpublished = DepartmentSlugs.All.Except(publications.Select(p => p.Department)).ToList();
        return View(new YearSummaryPage(year, publications, snapshots, rows, unpublished, StatisticsTables.CrossChart("summary-chart", $"{year}年度各部门整改督办与案件移交", names, rows), years));
    }

    /// <summary>同比: a department's published years side by side.</summary>
    [HttpGet("tongji/{department}")]
    [OutputCache(PolicyName = PublicStatisticsCache.PolicyName)]
    public async Task<IActionResult> Comparison(string department, string? format, CancellationToken cancellationToken)
    {
        if (!DepartmentSlugs.TryParse(department, out var code))
        {
            return NotFound();
        }

        var publications = await queries.LatestOfDepartmentAsync(code, cancellationToken);
        if (publications.Count == 0)
        {
            return NotFound();
        }

        var snapshots = publications.Select(p => p.ReadSnapshot()).ToList();
        var rows = StatisticsTables.Comparison(snapshots);
        var years = publications.Select(p => p.Year + "年").ToList();
        if (TableExport.IsFormat(format))
        {
            var title = $"{StatisticsTables.DepartmentName(code)}行政执法数据历年对比";
            return await DownloadAsync(StatisticsTables.CrossExport(title, "指标", [.. years, "较上年增减"], rows, [AnnualIndicators.YearRule, "比率的增减以百分点计。"]), format!, cancellationToken);
        }

        return View(new ComparisonPage(code, publications, rows, StatisticsTables.CrossChart("comparison-chart", "历年整改督办与案件移交", years, rows)));
    }

    /// <summary>A department's published year (the latest version, or an earlier one by <paramref name="version"/>).</summary>
    [HttpGet("tongji/{department}/{year:int}")]
    [OutputCache(PolicyName = PublicStatisticsCache.PolicyName)]
    public async Task<IActionResult> DepartmentYear(string department, int year, int? version, string? format, CancellationToken cancellationToken)
    {
        if (!DepartmentSlugs.TryParse(department, out var code))
        {
            return NotFound();
        }

        var versions = await queries.VersionsAsync(code, year, cancellationToken);
        var publication = version is { } v ? versions.FirstOrDefault(p => p.Version == v) : (versions.Count > 0 ? versions[0] : null);
        if (publication is null)
        {
            return NotFound();
        }

        var page = AnnualPage(publication, versions);
        if (TableExport.IsFormat(format))
        {
            var notes = new List<string> { $"发布日期：{Display.LongDate(publication.PublishedAt)}（第{publication.Version}版）" };
            notes.AddRange(versions.Where(p => p.CorrectionNote is not null && p.Version <= publication.Version).Select(p => $"更正说明（第{p.Version}版）：{p.CorrectionNote}"));
            return await DownloadAsync(StatisticsTables.AnnualExport(page.Snapshot, page.Title, notes), format!, cancellationToken);
        }

        return View(page);
    }

    internal static AnnualFiguresPage AnnualPage(StatisticsPublication publication, IReadOnlyList<StatisticsPublication> versions)
    {
        var snapshot = publication.ReadSnapshot();
        var (groups, footnotes) = StatisticsTables.Annual(snapshot);
        return new AnnualFiguresPage
        {
            Department = publication.Department,
            Year = publication.Year,
            Snapshot = snapshot,
            Groups = groups,
            Footnotes = footnotes,
            Chart = StatisticsTables.AnnualChart(snapshot),
            Publication = publication,
            Versions = versions,
        };
    }

    private static Task<FileContentResult> DownloadAsync(ExportTable table, string format, CancellationToken cancellationToken) =>
        TableExport.ToFileAsync(table, format, cancellationToken);
}
