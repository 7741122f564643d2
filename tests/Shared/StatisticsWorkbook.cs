using System.Globalization;
using MiniExcelLibs;

namespace EnforcementPortal.Tests.Shared;

/// <summary>An annual statistics .xlsx download read as a visitor's spreadsheet shows it: one row per indicator.</summary>
public sealed class StatisticsWorkbook
{
    private readonly List<IDictionary<string, object?>> _rows;

    private StatisticsWorkbook(List<IDictionary<string, object?>> rows) => _rows = rows;

    public static StatisticsWorkbook Read(Stream xlsx) =>
        new([.. MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>()]);

    /// <summary>The 数值 of the row whose 指标 is <paramref name="indicator"/>, as a number (not text).</summary>
    public decimal Value(string indicator) => Convert.ToDecimal(Row(indicator)["数值"], CultureInfo.InvariantCulture);

    /// <summary>The 定义 printed beside the indicator.</summary>
    public string Definition(string indicator) => Row(indicator)["定义"]?.ToString() ?? string.Empty;

    private IDictionary<string, object?> Row(string indicator) => _rows.Single(r => (string?)r["指标"] == indicator);
}
