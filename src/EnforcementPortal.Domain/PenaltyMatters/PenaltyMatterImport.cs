using System.Text;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.PenaltyMatters;

/// <summary>What an imported row would do to the catalogue.</summary>
public enum ImportRowKind
{
    /// <summary>新增: a matter the catalogue does not have.</summary>
    New = 1,

    /// <summary>修改: the matter of that 编号 with other text.</summary>
    Changed = 2,

    /// <summary>无变化: the matter of that 编号 as it is.</summary>
    Unchanged = 3,

    /// <summary>有错误: not imported; <see cref="ImportRow.Error"/> says why.</summary>
    Error = 4,
}

/// <summary>The fields of one row, as typed (trimmed).</summary>
public sealed record ImportFields(
    int? Sequence,
    string Name,
    string ImplementingAuthority,
    string LegalBasis,
    IReadOnlyList<DepartmentCode> Departments,
    string? FineRange,
    IReadOnlyList<string> Keywords,
    string? Remarks);

/// <summary>One data row of the file: its line, what it would do, the Chinese reason when it cannot be imported.</summary>
public sealed record ImportRow(int Line, ImportRowKind Kind, string? Error, ImportFields? Fields, int? ExistingId)
{
    /// <summary>The name shown in the preview, even for a row with an error.</summary>
    public string DisplayName => Fields?.Name ?? string.Empty;
}

/// <summary>
/// 行政处罚事项目录的批量导入: a table in the layout of the published list (a header row, then one matter a row), as a CSV
/// file (UTF-8, with or without BOM) or as text pasted from a spreadsheet (tab-separated). Each row is classified against
/// the catalogue as it is — new, changed, unchanged, or an error with its Chinese reason — by the same rules as adding
/// or correcting one matter. The preview and the import run this same classification, so the import writes exactly the
/// rows the classification accepts, whatever the page posted.
/// </summary>
public static class PenaltyMatterImport
{
    public const string SequenceColumn = "编号";
    public const string NameColumn = "事项名称";
    public const string AuthorityColumn = "实施机关";
    public const string LegalBasisColumn = "实施依据";
    public const string DepartmentsColumn = "适用部门";
    public const string FineRangeColumn = "罚款幅度";
    public const string KeywordsColumn = "关键词";
    public const string RemarksColumn = "备注";

    /// <summary>The columns in the order of the template; 编号, 罚款幅度, 关键词 and 备注 may be left empty.</summary>
    public static readonly IReadOnlyList<string> Columns =
        [SequenceColumn, NameColumn, AuthorityColumn, LegalBasisColumn, DepartmentsColumn, FineRangeColumn, KeywordsColumn, RemarksColumn];

    /// <summary>The largest file or pasted text accepted (a catalogue of some hundred matters is far smaller).</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    public const int MaxRows = 2000;

    private static readonly string[] RequiredColumns = [NameColumn, LegalBasisColumn, DepartmentsColumn];

    /// <summary>
    /// Classifies every data row of <paramref name="text"/> against <paramref name="catalogue"/>. A header without the
    /// required columns, or text that is not a table, is refused as a whole with a <see cref="DomainException"/>.
    /// </summary>
    /// <param name="undrawable">The characters of a text no document font draws (a matter is printed on the 移交单).</param>
    public static IReadOnlyList<ImportRow> Classify(string text, IReadOnlyCollection<PenaltyMatter> catalogue, Func<string?, IReadOnlyList<string>> undrawable)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(undrawable);
        var table = ReadTable(text);
        if (table.Count == 0)
        {
            throw new DomainException("导入内容为空，请上传CSV文件或粘贴表格内容（第一行为表头）。");
        }

        var header = table[0].Cells.Select(c => c.Trim()).ToList();
        var index = Columns.ToDictionary(c => c, c => header.IndexOf(c));
        var missing = RequiredColumns.Where(c => index[c] < 0).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException($"表头缺少“{string.Join("”“", missing)}”列。表头应为：{string.Join("，", Columns)}。");
        }

        if (table.Count - 1 > MaxRows)
        {
            throw new DomainException($"一次最多导入{MaxRows}行。");
        }

        var bySequence = catalogue.GroupBy(m => m.Sequence).ToDictionary(g => g.Key, g => g.First());
        var byName = catalogue.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var seenSequences = new Dictionary<int, int>();
        var seenNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<ImportRow>();
        foreach (var (line, cells) in table.Skip(1))
        {
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string? Cell(string column) => index[column] is var i && i >= 0 && i < cells.Count && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i].Trim() : null;
            rows.Add(ClassifyRow(line, Cell, bySequence, byName, seenSequences, seenNames, undrawable));
        }

        if (rows.Count == 0)
        {
            throw new DomainException("表格中没有数据行。");
        }

        return rows;
    }

    /// <summary>The numbers new rows without a 编号 take: after the catalogue's and the file's highest.</summary>
    public static int NextSequence(IEnumerable<PenaltyMatter> catalogue, IEnumerable<ImportRow> rows) =>
        1 + catalogue.Select(m => m.Sequence).Concat(rows.Select(r => r.Fields?.Sequence ?? 0)).DefaultIfEmpty(0).Max();

    private static ImportRow ClassifyRow(
        int line,
        Func<string, string?> cell,
        Dictionary<int, PenaltyMatter> bySequence,
        Dictionary<string, PenaltyMatter> byName,
        Dictionary<int, int> seenSequences,
        Dictionary<string, int> seenNames,
        Func<string?, IReadOnlyList<string>> undrawable)
    {
        ImportRow Error(string message, ImportFields? fields = null) => new(line, ImportRowKind.Error, message, fields, null);

        var name = cell(NameColumn);
        int? sequence = null;
        if (cell(SequenceColumn) is { } typed)
        {
            var digits = typed.TrimStart('第').TrimEnd('项');
            if (!int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number <= 0)
            {
                return Error($"编号“{typed}”不是正整数。", Partial(name));
            }

            sequence = number;
        }

        var missing = new List<string>();
        if (name is null)
        {
            missing.Add(NameColumn);
        }

        var legalBasis = cell(LegalBasisColumn)?.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (legalBasis is null)
        {
            missing.Add(LegalBasisColumn);
        }

        var departmentText = cell(DepartmentsColumn);
        if (departmentText is null)
        {
            missing.Add(DepartmentsColumn);
        }

        if (missing.Count > 0)
        {
            return Error($"缺少必填项：{string.Join("、", missing)}。", Partial(name, sequence));
        }

        var departments = new List<DepartmentCode>();
        foreach (var word in departmentText!.Split(['、', '，', ',', '；', ';', '/', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var policy = DepartmentPolicy.All.FirstOrDefault(p => p.ShortName == word || p.FullName == word || p.Department.ToString() == word);
            if (policy is null)
            {
                return Error($"未知的适用部门“{word}”，应为：{string.Join("、", DepartmentPolicy.All.Select(p => p.ShortName))}。", Partial(name, sequence));
            }

            departments.Add(policy.Department);
        }

        var fields = new ImportFields(
            sequence,
            name!,
            cell(AuthorityColumn) ?? Cases.Transfer.DefaultReceivingBureau,
            legalBasis!,
            [.. departments.Distinct().Order()],
            cell(FineRangeColumn),
            [.. (cell(KeywordsColumn) ?? string.Empty).Split(['；', ';', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            cell(RemarksColumn));

        if (sequence is { } s && seenSequences.TryGetValue(s, out var firstLine))
        {
            return Error($"编号{s}与第{firstLine}行重复。", fields);
        }

        if (seenNames.TryGetValue(fields.Name, out var sameNameLine))
        {
            return Error($"事项名称与第{sameNameLine}行重复。", fields);
        }

        if (sequence is { } sq)
        {
            seenSequences[sq] = line;
        }

        seenNames[fields.Name] = line;

        foreach (var (label, value) in new[] { (NameColumn, fields.Name), (AuthorityColumn, fields.ImplementingAuthority), (LegalBasisColumn, fields.LegalBasis), (FineRangeColumn, fields.FineRange) })
        {
            if (undrawable(value) is { Count: > 0 } characters)
            {
                return Error($"{label}含有文书字体无法打印的字符：{string.Join("、", characters.Select(c => $"“{c}”"))}。", fields);
            }
        }

        // The rules of adding one matter (required fields, lengths, an article cited, a department) apply to every row.
        try
        {
            _ = PenaltyMatter.Add(sequence ?? 1, fields.Name, fields.ImplementingAuthority, fields.LegalBasis, fields.Remarks, fields.Departments, fields.FineRange, fields.Keywords);
        }
        catch (DomainException ex)
        {
            return Error(ex.Message, fields);
        }

        var existing = sequence is { } number2 ? bySequence.GetValueOrDefault(number2) : null;
        if (byName.TryGetValue(fields.Name, out var named) && named != existing)
        {
            return Error($"目录中已有同名事项（第{named.Sequence}项），请填写其编号{named.Sequence}以修改该事项。", fields);
        }

        if (existing is null)
        {
            return new ImportRow(line, ImportRowKind.New, null, fields, null);
        }

        if (SameAs(existing, fields))
        {
            return new ImportRow(line, ImportRowKind.Unchanged, null, fields, existing.Id);
        }

        return existing.RetiredOn is not null
            ? Error($"第{existing.Sequence}项已停止适用，不能修改。", fields)
            : new ImportRow(line, ImportRowKind.Changed, null, fields, existing.Id);
    }

    private static ImportFields? Partial(string? name, int? sequence = null) =>
        name is null ? null : new ImportFields(sequence, name, string.Empty, string.Empty, [], null, [], null);

    private static bool SameAs(PenaltyMatter matter, ImportFields fields) =>
        matter.Name == fields.Name
        && matter.ImplementingAuthority == fields.ImplementingAuthority
        && matter.LegalBasis == fields.LegalBasis
        && matter.Departments.Order().SequenceEqual(fields.Departments)
        && matter.FineRange == fields.FineRange
        && matter.KeywordList.SequenceEqual(fields.Keywords)
        && matter.Remarks == fields.Remarks;

    /// <summary>
    /// The rows of a CSV (comma) or a pasted spreadsheet range (tab), chosen by the header line: quoted fields may hold
    /// the separator, line breaks and doubled quotes (RFC 4180, as spreadsheets write them). A leading BOM is dropped.
    /// </summary>
    public static IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> ReadTable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        var separator = firstLine.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';

        var rows = new List<(int, IReadOnlyList<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var line = 1;
        var rowLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append(c);
                }

                continue;
            }

            if (c == '"' && cell.ToString().Trim().Length == 0)
            {
                cell.Clear();
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add((rowLine, cells));
                cells = [];
                line++;
                rowLine = line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add((rowLine, cells));
        }

        return [.. rows.Where(r => r.Item2.Any(x => x.Trim().Length > 0))];
    }
}
