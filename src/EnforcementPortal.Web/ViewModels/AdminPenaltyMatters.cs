using System.ComponentModel.DataAnnotations;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Domain.PenaltyMatters;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>添加或修改行政处罚事项: what the administrator types; the domain checks the legal basis cites an article.</summary>
public sealed class PenaltyMatterForm
{
    [Display(Name = "事项名称")]
    public string? Name { get; set; }

    [Display(Name = "实施机关")]
    public string? ImplementingAuthority { get; set; } = Transfer.DefaultReceivingBureau;

    [Display(Name = "实施依据")]
    public string? LegalBasis { get; set; }

    [Display(Name = "适用部门")]
    public List<DepartmentCode> Departments { get; set; } = [];

    [Display(Name = "罚款幅度")]
    public string? FineRange { get; set; }

    [Display(Name = "关键词")]
    public string? Keywords { get; set; }

    [Display(Name = "备注")]
    public string? Remarks { get; set; }

    /// <summary>The keywords one by one (separated by ；, ; or a comma).</summary>
    public IReadOnlyList<string> KeywordList =>
        (Keywords ?? string.Empty).Split(['；', ';', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static PenaltyMatterForm Of(PenaltyMatter matter)
    {
        ArgumentNullException.ThrowIfNull(matter);
        return new()
        {
            Name = matter.Name,
            ImplementingAuthority = matter.ImplementingAuthority,
            LegalBasis = matter.LegalBasis,
            Departments = [.. matter.Departments],
            FineRange = matter.FineRange,
            Keywords = matter.Keywords,
            Remarks = matter.Remarks,
        };
    }
}

public sealed class PenaltyMatterFormValidator : AbstractValidator<PenaltyMatterForm>
{
    public PenaltyMatterFormValidator(IDocumentTextCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        RuleFor(f => f.Name).PrintableOnDocuments(coverage, "事项名称");
        RuleFor(f => f.ImplementingAuthority).PrintableOnDocuments(coverage, "实施机关");
        RuleFor(f => f.LegalBasis).PrintableOnDocuments(coverage, "实施依据");
        RuleFor(f => f.FineRange).PrintableOnDocuments(coverage, "罚款幅度");
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写事项名称。")
            .MaximumLength(PenaltyMatter.NameMaxLength).WithMessage($"事项名称不能超过{PenaltyMatter.NameMaxLength}字。");
        RuleFor(f => f.ImplementingAuthority).NotEmpty().WithMessage("请填写实施机关。")
            .MaximumLength(PenaltyMatter.ImplementingAuthorityMaxLength).WithMessage($"实施机关不能超过{PenaltyMatter.ImplementingAuthorityMaxLength}字。");
        RuleFor(f => f.LegalBasis).NotEmpty().WithMessage("请填写实施依据（法律条款原文）。");
        RuleFor(f => f.LegalBasis).Must(b => LegalProvisionExtractor.Extract(b).Count > 0)
            .When(f => !string.IsNullOrWhiteSpace(f.LegalBasis)).WithMessage(PenaltyMatter.NoArticleMessage);
        RuleFor(f => f.Departments).NotEmpty().WithMessage(PenaltyMatter.NoDepartmentMessage);
        RuleForEach(f => f.Departments).IsInEnum().WithMessage("适用部门无效。");
        RuleFor(f => f.FineRange).MaximumLength(PenaltyMatter.FineRangeMaxLength).WithMessage($"罚款幅度不能超过{PenaltyMatter.FineRangeMaxLength}字。");
        RuleFor(f => f.Keywords).MaximumLength(PenaltyMatter.KeywordsMaxLength).WithMessage($"关键词不能超过{PenaltyMatter.KeywordsMaxLength}字。");
        RuleFor(f => f.Remarks).MaximumLength(PenaltyMatter.RemarksMaxLength).WithMessage($"备注不能超过{PenaltyMatter.RemarksMaxLength}字。");
    }
}

/// <summary>One matter of the list: its number, name, the articles it cites, its departments and whether it is in force.</summary>
public sealed record PenaltyMatterRow(
    int Id,
    int Sequence,
    string Name,
    IReadOnlyList<string> Citations,
    IReadOnlyList<DepartmentCode> Departments,
    bool IsExample,
    DateOnly? RetiredOn);

/// <summary>行政处罚事项目录: the matters of one department (or all), retired ones last.</summary>
public sealed record PenaltyMatterListPage(DepartmentCode? Department, IReadOnlyList<PenaltyMatterRow> Matters)
{
    public int InForceCount => Matters.Count(m => m.RetiredOn is null);

    public int RetiredCount => Matters.Count(m => m.RetiredOn is not null);
}

/// <summary>The add or edit page: the form, and for an edit the matter's number and id.</summary>
public sealed record PenaltyMatterEditPage(int? Id, int? Sequence, PenaltyMatterForm Form);

/// <summary>批量导入: a CSV file (UTF-8) or a table pasted from a spreadsheet.</summary>
public sealed class PenaltyMatterImportForm
{
    [Display(Name = "CSV文件")]
    public IFormFile? File { get; set; }

    [Display(Name = "或粘贴表格内容")]
    public string? Text { get; set; }
}

/// <summary>The confirmation of a preview: the text again (classified anew) and the preview's fingerprint.</summary>
public sealed class PenaltyMatterImportConfirmForm
{
    public string? Text { get; set; }

    public string? Fingerprint { get; set; }
}

/// <summary>The preview of an import: every row with what it would do.</summary>
public sealed record PenaltyMatterImportPreview(string Text, IReadOnlyList<ImportRow> Rows, string Fingerprint)
{
    public int Count(ImportRowKind kind) => Rows.Count(r => r.Kind == kind);

    public bool HasSomethingToImport => Rows.Any(r => r.Kind is ImportRowKind.New or ImportRowKind.Changed);
}
