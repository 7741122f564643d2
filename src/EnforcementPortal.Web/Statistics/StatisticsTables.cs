using System.Globalization;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Statistics;
using EnforcementPortal.Web.Infrastructure;
using EnforcementPortal.Web.Queries;

namespace EnforcementPortal.Web.Statistics;

/// <summary>One line of an annual table, with the number of its footnote (the definition).</summary>
public sealed record IndicatorRow(IndicatorValue Value, int Footnote);

/// <summary>The indicators of one group, in order.</summary>
public sealed record IndicatorGroupRows(IndicatorGroup Group, string Name, IReadOnlyList<IndicatorRow> Rows);

/// <summary>One line of a table across departments or years: a label, a unit and one figure per column.</summary>
public sealed record CrossRow(string Key, string Name, string Unit, IReadOnlyList<decimal?> Values, string? Note = null);

/// <summary>
/// The tables of the statistics pages, built once per request and used for the HTML table, the chart, the CSV and the
/// Excel file alike.
/// </summary>
public static class StatisticsTables
{
    public static readonly string[] AnnualColumns = ["类别", "指标", "数值", "单位", "分子", "分母", "说明", "定义"];

    /// <summary>The computed indicators compared across departments and years, with neutral names.</summary>
    public static IReadOnlyList<(IndicatorCode Code, string Name, string Unit)> CommonIndicators { get; } =
    [
        (IndicatorCode.SupervisedObjects, "监督对象（单位或项目）", "家/个"),
        (IndicatorCode.Inspections, "开展监督检查", "次"),
        (IndicatorCode.FirstInspections, "其中：现场检查", "次"),
        (IndicatorCode.ReviewInspections, "其中：复查", "次"),
        (IndicatorCode.SpecialCampaigns, "开展专项检查", "次"),
        (IndicatorCode.Findings, "发现问题/隐患", "项"),
        (IndicatorCode.Notices, "下发《整改通知书》", "份"),
        (IndicatorCode.Interviews, "约谈责任单位负责人", "次"),
        (IndicatorCode.ClosedLoopRate, "整改闭环率", "%"),
        (IndicatorCode.Transferred, "移交城市管理局处置案件", "件"),
        (IndicatorCode.TrackingCompleted, "跟踪处置完成", "件"),
        (IndicatorCode.TrackingCompletionRate, "跟踪处置完成率", "%"),
    ];

    public static string DepartmentName(DepartmentCode department) => DepartmentPolicy.For(department).FullName;

    public static string ShortName(DepartmentCode department) => DepartmentPolicy.For(department).ShortName;

    /// <summary>The groups of a department-year with footnote numbers: one footnote per distinct definition.</summary>
    public static (IReadOnlyList<IndicatorGroupRows> Groups, IReadOnlyList<string> Footnotes) Annual(StatisticsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var footnotes = new List<string>();
        var groups = new List<IndicatorGroupRows>();
        foreach (var group in IndicatorGroups.All)
        {
            var rows = new List<IndicatorRow>();
            foreach (var value in snapshot.InGroup(group))
            {
                var index = footnotes.IndexOf(value.Definition);
                if (index < 0)
                {
                    footnotes.Add(value.Definition);
                    index = footnotes.Count - 1;
                }

                rows.Add(new IndicatorRow(value, index + 1));
            }

            if (rows.Count > 0)
            {
                groups.Add(new IndicatorGroupRows(group, IndicatorGroups.NameOf(group), rows));
            }
        }

        return (groups, footnotes);
    }

    public static ExportTable AnnualExport(StatisticsSnapshot snapshot, string title, IEnumerable<string> notes)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var rows = snapshot.Indicators.Select(i => (IReadOnlyList<object?>)
        [
            IndicatorGroups.NameOf(i.Group),
            i.Name,
            i.Value,
            i.Unit,
            i.Numerator,
            i.Denominator,
            i.Remark,
            i.Definition,
        ]).ToList();
        return new ExportTable(title, AnnualColumns, rows)
        {
            Notes = [title, $"统计截止日：{snapshot.AsOf:yyyy年M月d日}", AnnualIndicators.YearRule, .. notes],
        };
    }

    /// <summary>The rectification and transfer counts of a department-year as a bar chart (their magnitudes compare).</summary>
    public static ChartData AnnualChart(StatisticsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        IndicatorCode[] codes = [IndicatorCode.Notices, IndicatorCode.Interviews, IndicatorCode.Transferred, IndicatorCode.TrackingCompleted];
        var values = codes.Select(snapshot.Find).Where(v => v is not null).Select(v => v!).ToList();
        return new ChartData("annual-chart", "bar", "整改督办与案件移交", [.. values.Select(v => v.Name)], [new ChartSeries(snapshot.Year + "年", [.. values.Select(v => v.Value)])]);
    }

    /// <summary>
    /// The bureau-wide summary of a year: one column per department that published it, and a total. Counts add up;
    /// rates are recomputed from the summed counts; 监督对象 is not added (units differ, and one enterprise may be
    /// inspected by several departments).
    /// </summary>
    public static IReadOnlyList<CrossRow> Summary(IReadOnlyList<StatisticsSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var rows = new List<CrossRow>();
        foreach (var (code, name, unit) in CommonIndicators)
        {
            var values = snapshots.Select(s => s.Find(code)?.Value).ToList();
            decimal? total = code switch
            {
                IndicatorCode.SupervisedObjects => null,
                IndicatorCode.ClosedLoopRate => SummedRate(snapshots, code),
                IndicatorCode.TrackingCompletionRate => SummedRate(snapshots, code),
                _ => values.Sum(v => v ?? 0),
            };
            rows.Add(new CrossRow(code.ToString(), name, unit, [.. values, total], code == IndicatorCode.SupervisedObjects ? "各部门口径不同（家/个项目），且同一单位可能被多个部门检查，不作合计。" : null));
        }

        return rows;
    }

    public static ExportTable CrossExport(string title, string firstColumn, IReadOnlyList<string> columns, IReadOnlyList<CrossRow> rows, IEnumerable<string> notes) =>
        new(title, [firstColumn, "单位", .. columns], [.. rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.Unit, .. r.Values.Cast<object?>()])])
        {
            Notes = [title, .. notes, .. rows.Where(r => r.Note is not null).Select(r => $"{r.Name}：{r.Note}")],
        };

    /// <summary>A grouped bar chart of the main counts, one series per column (department or year).</summary>
    public static ChartData CrossChart(string id, string title, IReadOnlyList<string> seriesNames, IReadOnlyList<CrossRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        string[] keys = [nameof(IndicatorCode.Notices), nameof(IndicatorCode.Interviews), nameof(IndicatorCode.Transferred), nameof(IndicatorCode.TrackingCompleted)];
        var chosen = rows.Where(r => keys.Contains(r.Key)).ToList();
        var series = seriesNames.Select((name, i) => new ChartSeries(name, [.. chosen.Select(r => r.Values[i])])).ToList();
        return new ChartData(id, "bar", title, [.. chosen.Select(r => r.Name)], series);
    }

    /// <summary>
    /// A department's published years side by side (latest version of each), with the change on the year before.
    /// Supplementary figures are matched by name.
    /// </summary>
    public static IReadOnlyList<CrossRow> Comparison(IReadOnlyList<StatisticsSnapshot> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var rows = new List<CrossRow>();
        var latest = years.Count > 0 ? years[^1] : null;
        foreach (var (code, name, unit) in CommonIndicators)
        {
            var label = latest?.Find(code)?.Name ?? name;
            var values = years.Select(y => y.Find(code)?.Value).ToList();
            rows.Add(new CrossRow(code.ToString(), label, latest?.Find(code)?.Unit ?? unit, [.. values, Change(values)]));
        }

        var names = years.SelectMany(y => y.Indicators.Where(i => i.Source == IndicatorSource.Supplementary).Select(i => (i.Name, i.Unit))).Distinct().ToList();
        foreach (var (name, unit) in names)
        {
            var values = years.Select(y => y.Indicators.FirstOrDefault(i => i.Source == IndicatorSource.Supplementary && i.Name == name)?.Value).ToList();
            rows.Add(new CrossRow("supplementary", name, unit, [.. values, Change(values)]));
        }

        return rows;
    }

    public static string Format(decimal? value) => value is { } v ? IndicatorValue.FormatNumber(v) : "—";

    public static string FormatChange(decimal? value) => value switch
    {
        null => "—",
        > 0 => "+" + IndicatorValue.FormatNumber(value.Value),
        _ => IndicatorValue.FormatNumber(value.Value),
    };

    public static ExportTable MonthlyExport(string title, IReadOnlyList<MonthlyCounts> months, bool byDepartment)
    {
        ArgumentNullException.ThrowIfNull(months);
        var columns = new List<string> { byDepartment ? "部门" : "月份" };
        columns.AddRange(MonthlyCounts.Rows.Select(r => $"{r.Name}（{r.Unit}）"));
        var rows = months.Select(m => (IReadOnlyList<object?>)[byDepartment ? ShortName(m.Department) : m.Month.Label, .. m.Values.Cast<object?>()]).ToList();
        return new ExportTable(title, columns, rows)
        {
            Notes = [title, .. MonthlyCounts.Rows.Select(r => $"{r.Name}：{r.Definition}")],
        };
    }

    public static ExportTable OverdueExport(string title, IReadOnlyList<OverdueRectification> rows) =>
        new(title, ["案件编号", "部门", "责任单位", "整改通知书文号", "整改期限", "整改回复日期"], [.. rows.Select(r => (IReadOnlyList<object?>)
        [
            r.CaseNumber,
            ShortName(r.Department),
            r.PartyName,
            r.NoticeNumber,
            r.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.RepliedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "未回复",
        ])]);

    public static ExportTable TypicalCasesExport(string title, IReadOnlyList<TypicalCaseRow> rows) =>
        new(title, ["案件编号", "部门", "责任单位", "项目/场所", "简要案情及典型意义", "选定人", "选定日期"], [.. rows.Select(r => (IReadOnlyList<object?>)
        [
            r.CaseNumber,
            ShortName(r.Department),
            r.PartyName,
            r.SiteName,
            r.Summary,
            r.ChosenByName,
            r.ChosenAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ])]);

    private static decimal? Change(List<decimal?> values) =>
        values.Count >= 2 && values[^1] is { } last && values[^2] is { } previous ? last - previous : null;

    private static decimal? SummedRate(IEnumerable<StatisticsSnapshot> snapshots, IndicatorCode code)
    {
        var values = snapshots.Select(s => s.Find(code)).Where(v => v is not null).ToList();
        return AnnualIndicators.Rate(values.Sum(v => v!.Numerator ?? 0), values.Sum(v => v!.Denominator ?? 0));
    }
}
