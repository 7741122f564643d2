using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace EnforcementPortal.Web.Infrastructure;

/// <summary>
/// A table as the page shows it, for download: the same rows feed the HTML table, the CSV and the Excel file, so the
/// three cannot disagree. Cells are strings or numbers (numbers stay numbers in Excel).
/// </summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>Definitions and notes: a second sheet in Excel; left out of the CSV, which stays a plain table.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>Writes <see cref="ExportTable"/>s as CSV (UTF-8 with BOM, so Excel reads the Chinese) or .xlsx (MiniExcel).</summary>
public static class TableExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static bool IsFormat(string? format) => format is "csv" or "xlsx";

    public static byte[] ToCsv(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var builder = new StringBuilder();
        builder.Append(string.Join(',', table.Columns.Select(Quote))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            builder.Append(string.Join(',', row.Select(cell => Quote(Format(cell))))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    public static async Task<byte[]> ToXlsxAsync(ExportTable table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Select(row =>
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                values[table.Columns[i]] = i < row.Count ? row[i] : null;
            }

            return values;
        }).ToList();
        var sheets = new Dictionary<string, object> { [SheetName(table.Title)] = rows };
        if (table.Notes.Count > 0)
        {
            sheets["说明"] = table.Notes.Select(n => new Dictionary<string, object?> { ["说明"] = n }).ToList();
        }

        using var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, sheets, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { FastMode = true, EnableAutoWidth = true }, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    /// <summary>The download of a table as CSV or Excel (<paramref name="format"/> is "csv" or "xlsx").</summary>
    public static async Task<FileContentResult> ToFileAsync(ExportTable table, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        return format == "csv"
            ? new FileContentResult(ToCsv(table), CsvContentType) { FileDownloadName = FileName(table.Title, "csv") }
            : new FileContentResult(await ToXlsxAsync(table, cancellationToken), XlsxContentType) { FileDownloadName = FileName(table.Title, "xlsx") };
    }

    /// <summary>A file name without characters that browsers or Windows refuse.</summary>
    public static string FileName(string title, string format) =>
        new string([.. title.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' or ':' ? '_' : c)]) + "." + format;

    private static string SheetName(string title)
    {
        var clean = new string([.. title.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]);
        return clean.Length <= 31 ? clean : clean[..31];
    }

    private static string Format(object? cell) => cell switch
    {
        null => string.Empty,
        decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Defuse(cell.ToString() ?? string.Empty),
    };

    // A text cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
    private static string Defuse(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
