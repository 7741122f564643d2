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
    public static readonly string[] AnnualColumns = ["类别", "指标", "数值", "单位", "分子", "分母", "说明", "注", "定义"];

    /// <summary>What a computed indicator of a department-year without any case record says instead of a 0.</summary>
    public const string NotCarriedOut = "本年度未开展（无记录）";

    /// <summary>The note of a department-year without case records (on the page and in its downloads).</summary>
    public const string NoRecordsNote = "本年度系统中没有该部门的执法案件记录，执法类指标标注为“本年度未开展（无记录）”，不以 0 计；部门填报的业务数据列于“补充指标”。";

    /// <summary>True when no case record of the department falls in the year (only supplementary figures).</summary>
    public static bool HasNoCaseRecords(StatisticsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Indicators.Where(i => i.Source == IndicatorSource.Computed && !i.IsRate).All(i => i.Value is null or 0);
    }

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
        (IndicatorCode.ClosedWithoutPenaltyAfterLegalReview, "整改后经法制审核不予处罚结案", "件"),
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

    /// <summary>
    /// A department-year as a table, with the page's footnote numbers (注) and, as notes, the page's notes: the title,
    /// the cut-off, the year rule, the numbered definitions, the no-record note and <paramref name="notes"/>.
    /// </summary>
    public static ExportTable AnnualExport(StatisticsSnapshot snapshot, string title, IEnumerable<string> notes)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (groups, footnotes) = Annual(snapshot);
        var empty = HasNoCaseRecords(snapshot);
        var rows = groups.SelectMany(g => g.Rows).Select(r =>
        {
            var i = r.Value;
            var notCarriedOut = empty && i.Source == IndicatorSource.Computed;
            return (IReadOnlyList<object?>)
            [
                IndicatorGroups.NameOf(i.Group),
                i.Name,
                notCarriedOut ? NotCarriedOut : i.Value,
                i.Unit,
                notCarriedOut ? null : i.Numerator,
                notCarriedOut ? null : i.Denominator,
                i.Remark,
                $"[{r.Footnote}]",
                i.Definition,
            ];
        }).ToList();
        return new ExportTable(title, AnnualColumns, rows)
        {
            Notes =
            [
                title,
                $"统计截止日：{snapshot.AsOf:yyyy年M月d日}（截止日前登记的复查、移交和处置结果计入比率）",
                AnnualIndicators.YearRule,
                .. empty ? [NoRecordsNote] : Array.Empty<string>(),
                .. footnotes.Select((f, n) => $"[{n + 1}] {f}"),
                .. notes,
            ],
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
            var values = snapshots.Select(s => HasNoCaseRecords(s) ? null : s.Find(code)?.Value).ToList();
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

    /// <summary>The supplementary figures of the departments of a year summary, one row each (部门, 指标, 数值, 单位, 说明).</summary>
    public static IReadOnlyList<(DepartmentCode Department, IndicatorValue Value)> SupplementaryOf(IReadOnlyList<StatisticsSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        return [.. snapshots.SelectMany(s => s.Indicators.Where(i => i.Source == IndicatorSource.Supplementary).Select(i => (s.Department, i)))];
    }

    /// <summary>
    /// The bureau-wide summary as a download: the cross table, then the 补充指标 table the page shows (部门, 指标, 数值,
    /// 单位, 说明) under a heading row, so the CSV holds both.
    /// </summary>
    public static ExportTable SummaryExport(string title, IReadOnlyList<string> columns, IReadOnlyList<CrossRow> rows, IReadOnlyList<StatisticsSnapshot> snapshots, IEnumerable<string> notes)
    {
        var table = CrossExport(title, "指标", columns, rows, notes);
        var supplementary = SupplementaryOf(snapshots);
        if (supplementary.Count == 0)
        {
            return table;
        }

        var width = table.Columns.Count;
        IReadOnlyList<object?> Pad(params object?[] cells) => [.. cells.Take(width), .. Enumerable.Repeat<object?>(null, Math.Max(0, width - cells.Length))];
        return table with
        {
            Rows =
            [
                .. table.Rows,
                Pad(),
                Pad("各部门补充指标"),
                Pad("部门", "指标", "数值", "单位", "说明"),
                .. supplementary.Select(s => Pad(ShortName(s.Department), s.Value.Name, s.Value.Value, s.Value.Unit, s.Value.Remark)),
            ],
        };
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
        var values = snapshots.Where(s => !HasNoCaseRecords(s)).Select(s => s.Find(code)).Where(v => v is not null).ToList();
        return AnnualIndicators.Rate(values.Sum(v => v!.Numerator ?? 0), values.Sum(v => v!.Denominator ?? 0));
    }
}
