using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Statistics;
using EnforcementPortal.Web.Disclosure;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.Services;
using EnforcementPortal.Web.Statistics;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Controllers;

/// <summary>
/// The staff side of the statistics: the computed figures before publication, publishing (科长/站长 of the department
/// or a bureau leader), the supplementary figures, the monthly report (月报) and the leader's dashboard.
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
[Route("Statistics")]
public sealed class StatisticsController(
    AppDbContext db,
    SupplementaryFigures supplementary,
    StatisticsPublishing publishing,
    PublicStatisticsCache publicPages,
    AnnualStatisticsQueries statistics,
    PublicDisclosureQueries published,
    CaseQueries cases,
    MonthlyReportBuilder monthly,
    CurrentUser user,
    IBureauClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var departments = StatisticsAccess.VisibleDepartments(user);
        var publications = await published.PublishedYearsAsync(cancellationToken);
        var entered = await db.Set<SupplementaryIndicator>().AsNoTracking()
            .GroupBy(s => new { s.Department, s.Year })
            .Select(g => new { g.Key.Department, g.Key.Year, Count = g.Count() })
            .ToListAsync(cancellationToken);
        // From the first year with a case record (every department's: the list shows which years exist) to this year.
        var firstYear = Math.Min(await db.Cases.IgnoreQueryFilters().MinAsync(c => (int?)c.Year, cancellationToken) ?? today.Year, today.Year);
        var years = Enumerable.Range(firstYear, today.Year - firstYear + 1).Concat(publications.Select(p => p.Year)).Distinct().OrderDescending();
        var rows = (
            from year in years
            from department in departments
            select new StaffYearRow(
                department,
                year,
                publications.FirstOrDefault(p => p.Department == department && p.Year == year),
                entered.Where(e => e.Department == department && e.Year == year).Sum(e => e.Count),
                StatisticsAccess.CanPublish(user, department),
                StatisticsAccess.CanEnterSupplementary(user, department),
                year < today.Year)).ToList();
        return View(new StaffStatisticsPage(rows, user.IsInRole(StaffRoles.BureauLeader)));
    }

    /// <summary>The figures computed now, as they would be published today.</summary>
    [HttpGet("Preview/{department}/{year:int}")]
    public async Task<IActionResult> Preview(string department, int year, string? format, CancellationToken cancellationToken)
    {
        if (!TryDepartment(department, year, out var code))
        {
            return NotFound();
        }

        var page = await PreviewPageAsync(code, year, null, cancellationToken);
        if (TableExport.IsFormat(format))
        {
            return await TableExport.ToFileAsync(StatisticsTables.AnnualExport(page.Figures.Snapshot, page.Figures.Title + "（预览）", ["预览数据，未经发布，不得对外使用。"]), format!, cancellationToken);
        }

        return View(page);
    }

    [HttpPost("Publish/{department}/{year:int}")]
    [Authorize(Roles = StaffRoles.SectionChief + "," + StaffRoles.BureauLeader)]
    public async Task<IActionResult> Publish(string department, int year, PublishForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!TryDepartment(department, year, out var code))
        {
            return NotFound();
        }

        if (!StatisticsAccess.CanPublish(user, code))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var latest = await publishing.LatestVersionAsync(code, year, cancellationToken);
            if ((latest ?? 0) != form.SeenVersion)
            {
                ModelState.AddModelError(string.Empty, "该年度数据已有新的发布版本，请查看最新版本后再操作。");
            }
            else
            {
                try
                {
                    var publication = await publishing.PublishAsync(code, year, form.CorrectionNote, user.Actor, clock.Now, cancellationToken);
                    await publicPages.EvictAsync();
                    TempData[StatusMessages.SuccessKey] = publication.IsCorrection
                        ? $"已发布{year}年度数据更正（第{publication.Version}版），公众页面已更新并显示更正说明。"
                        : $"已发布{year}年度行政执法数据，公众可在“行政执法公示”查看。";
                    return RedirectToAction(nameof(Preview), new { department = DepartmentSlugs.Of(code), year });
                }
                catch (DomainException ex)
                {
                    ModelState.AddModelError(string.Empty, ex.Message);
                }
                catch (DbUpdateException)
                {
                    ModelState.AddModelError(string.Empty, "该年度数据刚刚已由他人发布，请刷新页面查看最新版本。");
                }
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Preview), await PreviewPageAsync(code, year, form, cancellationToken));
    }

    [HttpGet("Supplementary/{department}/{year:int}")]
    public async Task<IActionResult> Supplementary(string department, int year, Guid? edit, CancellationToken cancellationToken)
    {
        if (!TryDepartment(department, year, out var code))
        {
            return NotFound();
        }

        var form = new SupplementaryForm();
        if (edit is { } id && await db.Set<SupplementaryIndicator>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.Department == code && s.Year == year, cancellationToken) is { } existing)
        {
            form = new SupplementaryForm { Id = existing.Id, Group = existing.Group, Name = existing.Name, Value = existing.Value, Unit = existing.Unit, Remark = existing.Remark, SortOrder = existing.SortOrder };
        }

        return View(await SupplementaryPageAsync(code, year, form, cancellationToken));
    }

    [HttpPost("Supplementary/{department}/{year:int}")]
    public async Task<IActionResult> Supplementary(string department, int year, SupplementaryForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!TryDepartment(department, year, out var code))
        {
            return NotFound();
        }

        if (!StatisticsAccess.CanEnterSupplementary(user, code))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var entry = await supplementary.SaveAsync(code, year, form, user.Actor, clock.Now, cancellationToken);
            if (!entry.Found)
            {
                return NotFound();
            }

            if (entry.Succeeded)
            {
                TempData[StatusMessages.SuccessKey] = $"已保存补充指标“{entry.Name}”。";
                return RedirectToAction(nameof(Supplementary), new { department = DepartmentSlugs.Of(code), year });
            }

            ModelState.AddModelError(entry.NameRefusal is null ? string.Empty : nameof(form.Name), entry.NameRefusal ?? entry.Refusal!);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(await SupplementaryPageAsync(code, year, form, cancellationToken));
    }

    [HttpPost("Supplementary/{department}/{year:int}/Delete/{id:guid}")]
    public async Task<IActionResult> DeleteSupplementary(string department, int year, Guid id, CancellationToken cancellationToken)
    {
        if (!TryDepartment(department, year, out var code))
        {
            return NotFound();
        }

        if (!StatisticsAccess.CanEnterSupplementary(user, code))
        {
            return Forbid();
        }

        var indicator = await supplementary.RemoveAsync(code, year, id, cancellationToken);
        if (indicator is null)
        {
            return NotFound();
        }

        TempData[StatusMessages.SuccessKey] = $"已删除补充指标“{indicator.Name}”。";
        return RedirectToAction(nameof(Supplementary), new { department = DepartmentSlugs.Of(code), year });
    }

    /// <summary>月报 (《北京市房地产市场动态监管信息平台操作流程》 四): a department's month, available from the 1st of the next month.</summary>
    [HttpGet("Monthly")]
    public async Task<IActionResult> Monthly(string? department, int? year, int? month, string? format, string? table, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var latest = ReportMonth.LatestAvailable(today);
        var reportMonth = year is { } y && month is { } m && ReportMonth.IsValid(y, m) ? new ReportMonth(y, m) : latest;
        var choices = StatisticsAccess.VisibleDepartments(user);
        DepartmentCode? code = null;
        if (DepartmentSlugs.TryParse(department, out var parsed))
        {
            if (!choices.Contains(parsed))
            {
                return NotFound();
            }

            code = parsed;
        }
        else if (!StatisticsAccess.SeesAll(user))
        {
            if (choices.Count == 0)
            {
                return NotFound();
            }

            code = choices[0];
        }

        var page = await monthly.BuildAsync(reportMonth, code, today, null, cancellationToken);
        if (TableExport.IsFormat(format))
        {
            if (!page.IsAvailable)
            {
                return NotFound();
            }

            var scope = code is { } c ? StatisticsTables.ShortName(c) : "全局";
            var export = table switch
            {
                "overdue" => StatisticsTables.OverdueExport($"{scope}{reportMonth.Label}逾期未整改回复清单", page.Overdue),
                "typical" => StatisticsTables.TypicalCasesExport($"{scope}{reportMonth.Label}典型案例", page.TypicalCases),
                _ => StatisticsTables.MonthlyExport($"{scope}{reportMonth.Label}行政执法月报", page.Counts, byDepartment: true),
            };
            return await TableExport.ToFileAsync(export, format!, cancellationToken);
        }

        return View(page);
    }

    /// <summary>The bureau leader's dashboard: the last twelve months by department, overdue deadlines, transfers awaiting feedback.</summary>
    [HttpGet("Dashboard")]
    [Authorize(Roles = StaffRoles.BureauLeader)]
    public async Task<IActionResult> Dashboard(string? format, int metric, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var current = ReportMonth.Of(today);
        var first = ReportMonth.Of(today.AddMonths(-11));
        var months = new List<ReportMonth>();
        for (var m = first; m <= current; m = m.Next())
        {
            months.Add(m);
        }

        var counts = await statistics.MonthlyAsync(null, first, current, cancellationToken);
        if (TableExport.IsFormat(format))
        {
            if (metric < 0 || metric >= MonthlyCounts.Rows.Count)
            {
                return NotFound();
            }

            return await TableExport.ToFileAsync(DashboardTable(months, counts, metric), format!, cancellationToken);
        }

        int[] charted = [0, 2, 4];
        var charts = charted.Select(i => new DashboardChart(i, new ChartData(
            $"trend-{i}",
            "line",
            MonthlyCounts.Rows[i].Name,
            [.. months.Select(m => m.Label)],
            [.. DepartmentSlugs.All.Select(d => new ChartSeries(StatisticsTables.ShortName(d), [.. months.Select(m => (decimal?)counts.Single(c => c.Department == d && c.Month == m).Values[i])]))]))).ToList();
        return View(new StatisticsDashboardPage(
            months,
            counts,
            charts,
            await cases.OverdueAsync(today, 50, cancellationToken),
            await cases.AwaitingFeedbackAsync(50, cancellationToken),
            today));
    }

    internal static ExportTable DashboardTable(IReadOnlyList<ReportMonth> months, IReadOnlyList<MonthlyCounts> counts, int metric)
    {
        var (name, unit, definition) = MonthlyCounts.Rows[metric];
        return new ExportTable(
            $"各部门逐月{name}",
            ["月份", .. DepartmentSlugs.All.Select(StatisticsTables.ShortName), "合计"],
            [.. months.Select(m =>
            {
                var values = DepartmentSlugs.All.Select(d => counts.Single(c => c.Department == d && c.Month == m).Values[metric]).ToList();
                return (IReadOnlyList<object?>)[m.Label, .. values.Cast<object?>(), values.Sum()];
            })])
        {
            Notes = [$"{name}（{unit}）：{definition}"],
        };
    }

    private bool TryDepartment(string department, int year, out DepartmentCode code) =>
        DepartmentSlugs.TryParse(department, out code)
        && StatisticsAccess.CanView(user, code)
        && year >= SupplementaryIndicator.MinYear && year <= clock.Today.Year;

    private async Task<StatisticsPreviewPage> PreviewPageAsync(DepartmentCode code, int year, PublishForm? form, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var snapshot = await publishing.PreviewAsync(code, year, today, cancellationToken);
        var versions = await published.VersionsAsync(code, year, cancellationToken);
        var (groups, footnotes) = StatisticsTables.Annual(snapshot);
        var figures = new AnnualFiguresPage
        {
            Department = code,
            Year = year,
            Snapshot = snapshot,
            Groups = groups,
            Footnotes = footnotes,
            Chart = StatisticsTables.AnnualChart(snapshot),
        };
        form ??= new PublishForm { SeenVersion = versions.Count > 0 ? versions[0].Version : 0 };
        return new StatisticsPreviewPage(figures, versions, StatisticsAccess.CanPublish(user, code), year < today.Year, form);
    }

    private async Task<SupplementaryPage> SupplementaryPageAsync(DepartmentCode code, int year, SupplementaryForm form, CancellationToken cancellationToken)
    {
        var indicators = await db.Set<SupplementaryIndicator>().AsNoTracking()
            .Where(s => s.Department == code && s.Year == year)
            .ToListAsync(cancellationToken);
        var isPublished = await db.Set<StatisticsPublication>().AnyAsync(p => p.Department == code && p.Year == year, cancellationToken);
        return new SupplementaryPage(code, year, [.. indicators.OrderBy(i => i.Group).ThenBy(i => i.SortOrder).ThenBy(i => i.Name, StringComparer.Ordinal)], isPublished, form);
    }
}
