namespace EnforcementPortal.Domain.Documents.Layout;

/// <summary>A labelled value, e.g. 当事人 / 伊宁市某某建筑工程有限公司.</summary>
public sealed record Field
{
    public Field(string label, string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Label = label;
        Value = value ?? string.Empty;
    }

    public string Label { get; }

    /// <summary>The value; empty for a blank to be filled in by hand.</summary>
    public string Value { get; }
}

/// <summary>One row of a <see cref="FieldTableBlock"/>: one field across the full width, or two side by side.</summary>
public sealed record FieldRow
{
    public FieldRow(string label, string? value, int minLines = 1)
        : this([new Field(label, value)], minLines)
    {
    }

    public FieldRow(IReadOnlyList<Field> fields, int minLines = 1)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count is < 1 or > 2 || fields.Any(f => f is null))
        {
            throw new ArgumentException("A field row holds one or two fields.", nameof(fields));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(minLines, 1);
        Fields = [.. fields];
        MinLines = minLines;
    }

    public IReadOnlyList<Field> Fields { get; }

    /// <summary>The least height of the row in lines of text, e.g. 4 for a box for the party's statement.</summary>
    public int MinLines { get; }

    /// <summary>A row with two fields side by side, e.g. 法定代表人 and 联系电话.</summary>
    public static FieldRow Pair(string label1, string? value1, string label2, string? value2) =>
        new([new Field(label1, value1), new Field(label2, value2)]);
}

/// <summary>
/// Label/value rows. Bordered, it is a Chinese form table (labels centred in their cells); without borders, each row
/// reads "标签：值" with wrapped values aligned under the first. Rows can continue on the next page at row boundaries.
/// </summary>
public sealed record FieldTableBlock : DocumentBlock
{
    public FieldTableBlock(IReadOnlyList<FieldRow> rows, bool bordered = true)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0 || rows.Any(r => r is null))
        {
            throw new ArgumentException("A field table needs at least one row.", nameof(rows));
        }

        Rows = [.. rows];
        Bordered = bordered;
    }

    public IReadOnlyList<FieldRow> Rows { get; }

    public bool Bordered { get; }
}
