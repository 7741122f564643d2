using System.Globalization;
using System.Text.RegularExpressions;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Documents;

/// <summary>The kinds of document that carry their own running 文号, each with its mark.</summary>
public enum DocumentNumberKind
{
    /// <summary>行政检查通知书: 检.</summary>
    Inspection = 1,

    /// <summary>整改通知书: 整.</summary>
    Rectification = 2,

    /// <summary>约谈通知书: 约.</summary>
    Interview = 3,

    /// <summary>行政执法案件移交单: 移.</summary>
    Transfer = 4,

    /// <summary>法制审核意见书: 审.</summary>
    LegalReview = 20,
    /// <summary>督办函 (both kinds): 督.</summary>
    Supervision = 30,
    /// <summary>协查通知单/协查意见书 of a complaint: 协.</summary>
    Assist = 40,
}

/// <summary>
/// 发文字号 as GB/T 9704 writes it: 发文机关代字 (the department's prefix and the kind's mark), the year in 六角括号
/// 〔〕, and the running number without leading zeros and without any suffix, e.g. 伊建房检〔2025〕241号. Each kind of
/// each department has its own running number per year, handed out gap-free by the allocator.
/// </summary>
public sealed partial record DocumentNumber
{
    public DocumentNumber(DepartmentCode department, DocumentNumberKind kind, int year, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind));
        }

        Department = department;
        Kind = kind;
        Year = year;
        Sequence = sequence;
    }

    public DepartmentCode Department { get; }

    public DocumentNumberKind Kind { get; }

    public int Year { get; }

    public int Sequence { get; }

    /// <summary>The counter scope of the allocator: one running number per department, kind and year.</summary>
    public static string ScopeOf(DepartmentCode department, DocumentNumberKind kind, int year) =>
        kind == DocumentNumberKind.Rectification
            ? string.Create(CultureInfo.InvariantCulture, $"notice:{department}:{year}")
            : string.Create(CultureInfo.InvariantCulture, $"document:{kind}:{department}:{year}");

    public static string MarkOf(DocumentNumberKind kind) => kind switch
    {
        DocumentNumberKind.Inspection => "检",
        DocumentNumberKind.Rectification => "整",
        DocumentNumberKind.Interview => "约",
        DocumentNumberKind.LegalReview => "审",
        DocumentNumberKind.Supervision => "督",
        DocumentNumberKind.Assist => "协",
        _ => "移",
    };

    /// <summary>Reads a 文号 printed by <see cref="ToString"/>; null when it is not one.</summary>
    public static DocumentNumber? TryParse(string? text)
    {
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true })
        {
            return null;
        }

        var department = Enum.GetValues<DepartmentCode>().Where(d => DepartmentPolicy.For(d).NumberPrefix == match.Groups["prefix"].Value).Cast<DepartmentCode?>().FirstOrDefault();
        var kind = Enum.GetValues<DocumentNumberKind>().Where(k => MarkOf(k) == match.Groups["mark"].Value).Cast<DocumentNumberKind?>().FirstOrDefault();
        return department is null || kind is null
            ? null
            : new DocumentNumber(department.Value, kind.Value, int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["sequence"].Value, CultureInfo.InvariantCulture));
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{DepartmentPolicy.For(Department).NumberPrefix}{MarkOf(Kind)}〔{Year}〕{Sequence}号");

    [GeneratedRegex("^(?<prefix>伊建.)(?<mark>[检整约移审督协])〔(?<year>[0-9]{4})〕(?<sequence>[1-9][0-9]*)号$")]
    private static partial Regex Pattern();
}
