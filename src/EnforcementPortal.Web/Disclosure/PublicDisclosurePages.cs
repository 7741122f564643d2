using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Disclosure;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Statistics;
using EnforcementPortal.Web.ViewModels;

namespace EnforcementPortal.Web.Disclosure;

/// <summary>A public page: its model, and its table for the CSV/Excel download when it has one.</summary>
public sealed record DisclosureResult(object Model, Func<ExportTable>? Export = null);

/// <summary>
/// The pages of the public 政务公开 site, each with its metadata block (<see cref="DisclosureMeta"/>) and its download.
/// Reads only <see cref="PublicDisclosureQueries"/> (never a case record) and the site settings; null is "no such page".
/// </summary>
public sealed class PublicDisclosurePages(PublicDisclosureQueries queries, PublicSiteSettingsStore settings, IBureauClock clock)
{
    public async Task<DisclosureResult> HomeAsync(CancellationToken cancellationToken)
    {
        var departments = await queries.DepartmentsAsync(DepartmentSlugs.All, cancellationToken);
        var officers = await queries.CertifiedOfficersAsync(clock.Today, cancellationToken);
        var matters = await queries.PenaltyMatterCountAsync(cancellationToken);
        return new(new DisclosureHomePage(departments, await queries.PublishedYearsAsync(cancellationToken), officers.Count, matters));
    }

    public async Task<DisclosureResult?> GuideAsync(string department, CancellationToken cancellationToken)
    {
        if (!DepartmentSlugs.TryParse(department, out var code) || await queries.DepartmentAsync(code, cancellationToken) is not { } record)
        {
            return null;
        }

        var published = (await queries.PublishedYearsAsync(cancellationToken)).Where(p => p.Department == code).ToList();
        return new(new ServiceGuidePage(record, DepartmentPolicy.For(code), ServiceGuides.For(code), ProcedureOutline.For(code), published));
    }

    public async Task<DisclosureResult> OfficersAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var officers = await queries.CertifiedOfficersAsync(today, cancellationToken);
        var title = "伊宁市住建局行政执法人员公示";
        var meta = DisclosureMeta.ForLiveList("RY", "行政执法公示 / 执法主体 / 执法人员", title, today, await PrefixAsync(cancellationToken));
        return new(
            new OfficersPage(officers, today) { Meta = meta },
            () => new ExportTable(
                title,
                ["姓名", "所属部门", "执法证号", "发证机关", "有效期起", "有效期至"],
                [.. officers.Select(o => (IReadOnlyList<object?>)[o.Name, PublicDisclosureQueries.DepartmentName(o.Department), o.CertificateNumber, o.IssuingAuthority, Display.Date(o.ValidFrom), Display.Date(o.ValidTo)])])
            {
                Notes = [$"截至{Display.LongDate(today)}持有有效行政执法证件的人员。", $"索引号：{meta.IndexNumber}"],
            });
    }

    public async Task<DisclosureResult> PenaltyMattersAsync(string? q, CancellationToken cancellationToken)
    {
        var search = q?.Trim();
        if (search is { Length: > 50 })
        {
            search = search[..50];
        }

        var matters = await queries.PenaltyMattersAsync(search, cancellationToken);
        var total = string.IsNullOrEmpty(search) ? matters.Count : await queries.PenaltyMatterCountAsync(cancellationToken);
        var meta = DisclosureMeta.ForLiveList("CF", "行政执法公示 / 执法依据 / 行政处罚事项", "行政处罚事项目录", clock.Today, await PrefixAsync(cancellationToken));
        return new(
            new PenaltyMattersPage(matters, search, total) { Meta = meta },
            () => new ExportTable(
                "行政处罚事项目录",
                ["序号", "事项名称", "权利类型", "实施机关", "实施依据"],
                [.. matters.Select(m => (IReadOnlyList<object?>)[m.Sequence, m.Name, m.PowerType, m.ImplementingAuthority, m.LegalBasis])]));
    }

    public async Task<DisclosureResult> StatisticsAsync(CancellationToken cancellationToken) =>
        new(new StatisticsListPage(await queries.PublishedYearsAsync(cancellationToken)));

    /// <summary>全局汇总: a year across the departments that published it, with their 补充指标 (on the page and in the download).</summary>
    public async Task<DisclosureResult?> YearSummaryAsync(int year, CancellationToken cancellationToken)
    {
        var publications = await queries.LatestOfYearAsync(year, cancellationToken);
        if (publications.Count == 0)
        {
            return null;
        }

        var snapshots = publications.Select(p => p.ReadSnapshot()).ToList();
        var rows = StatisticsTables.Summary(snapshots);
        var names = snapshots.Select(s => StatisticsTables.ShortName(s.Department)).ToList();
        var title = $"伊宁市住建局{year}年度行政执法数据汇总";
        var years = (await queries.PublishedYearsAsync(cancellationToken)).Select(p => p.Year).Distinct().Where(y => y != year).OrderDescending().ToList();
        var unpublished = DepartmentSlugs.All.Except(publications.Select(p => p.Department)).ToList();
        var site = await settings.GetAsync(cancellationToken);
        var illustrative = publications.Where(p => site.IsIllustrative(p.Department, p.Year)).Select(p => p.Department).ToList();
        var page = new YearSummaryPage(year, publications, snapshots, rows, unpublished, StatisticsTables.CrossChart("summary-chart", $"{year}年度各部门整改督办与案件移交", names, rows), years)
        {
            Meta = DisclosureMeta.ForPublications(publications, $"TJ00{year}", title, DisclosureMeta.Bureau, site.IndexPrefix),
            Illustrative = illustrative,
        };
        IEnumerable<string> notes =
        [
            AnnualIndicators.YearRule,
            "合计中的比率按各部门计数加总后重新计算。",
            .. snapshots.Where(StatisticsTables.HasNoCaseRecords).Select(s => $"{StatisticsTables.ShortName(s.Department)}：{StatisticsTables.NotCarriedOut}，表中留空，不计入合计。"),
            .. illustrative.Select(d => $"{StatisticsTables.ShortName(d)}：{IllustrativeNote}"),
        ];
        return new(page, () => StatisticsTables.SummaryExport(title, [.. names, "合计"], rows, snapshots, notes));
    }

    /// <summary>同比: a department's published years side by side.</summary>
    public async Task<DisclosureResult?> ComparisonAsync(string department, CancellationToken cancellationToken)
    {
        if (!DepartmentSlugs.TryParse(department, out var code))
        {
            return null;
        }

        var publications = await queries.LatestOfDepartmentAsync(code, cancellationToken);
        if (publications.Count == 0)
        {
            return null;
        }

        var rows = StatisticsTables.Comparison([.. publications.Select(p => p.ReadSnapshot())]);
        var years = publications.Select(p => p.Year + "年").ToList();
        var title = $"{StatisticsTables.DepartmentName(code)}行政执法数据历年对比";
        var site = await settings.GetAsync(cancellationToken);
        var illustrative = publications.Where(p => site.IsIllustrative(p.Department, p.Year)).Select(p => p.Year).ToList();
        var page = new ComparisonPage(code, publications, rows, StatisticsTables.CrossChart("comparison-chart", "历年整改督办与案件移交", years, rows))
        {
            Meta = DisclosureMeta.ForPublications(publications, $"TJ{(int)code:00}DB", title, $"{DisclosureMeta.Bureau} {DepartmentPolicy.For(code).ShortName}", site.IndexPrefix),
            Illustrative = illustrative,
        };
        return new(page, () => StatisticsTables.CrossExport(title, "指标", [.. years, "较上年增减"], rows, [AnnualIndicators.YearRule, "比率的增减以百分点计。", .. illustrative.Select(y => $"{y}年：{IllustrativeNote}")]));
    }

    /// <summary>A department's published year (the latest version, or an earlier one by <paramref name="version"/>).</summary>
    public async Task<DisclosureResult?> DepartmentYearAsync(string department, int year, int? version, CancellationToken cancellationToken)
    {
        if (!DepartmentSlugs.TryParse(department, out var code))
        {
            return null;
        }

        var versions = await queries.VersionsAsync(code, year, cancellationToken);
        var publication = version is { } v ? versions.FirstOrDefault(p => p.Version == v) : (versions.Count > 0 ? versions[0] : null);
        if (publication is null)
        {
            return null;
        }

        var site = await settings.GetAsync(cancellationToken);
        var page = AnnualPage(publication, versions, site.IndexPrefix, site.IsIllustrative(code, year));
        List<string> notes = [.. page.IsIllustrative ? [IllustrativeNote] : Array.Empty<string>(), $"发布日期：{Display.LongDate(publication.PublishedAt)}（第{publication.Version}版）", $"索引号：{page.Meta!.IndexNumber}"];
        notes.AddRange(versions.Where(p => p.CorrectionNote is not null && p.Version <= publication.Version).Select(p => $"更正说明（第{p.Version}版）：{p.CorrectionNote}"));
        return new(page, () => StatisticsTables.AnnualExport(page.Snapshot, page.Title, notes));
    }

    /// <summary>What a demo database's invented year says on its pages and downloads.</summary>
    public const string IllustrativeNote = "演示数据：本年度数据由演示系统编造，仅用于展示历年对比功能，并非伊宁市住建局发布的统计数据。";

    public static AnnualFiguresPage AnnualPage(StatisticsPublication publication, IReadOnlyList<StatisticsPublication> versions, string? indexPrefix = null, bool isIllustrative = false)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var snapshot = publication.ReadSnapshot();
        var (groups, footnotes) = StatisticsTables.Annual(snapshot);
        var title = $"{StatisticsTables.DepartmentName(publication.Department)}{publication.Year}年度行政执法数据情况";
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
            Meta = DisclosureMeta.ForPublication(publication, title, indexPrefix),
            IsIllustrative = isIllustrative,
        };
    }

    private async Task<string?> PrefixAsync(CancellationToken cancellationToken) => (await settings.GetAsync(cancellationToken)).IndexPrefix;
}
