using EnforcementPortal.Domain.Statistics;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>发布 (or 更正) a department's year.</summary>
public sealed class PublishForm
{
    /// <summary>更正说明: required when the year is already published.</summary>
    public string? CorrectionNote { get; set; }

    /// <summary>The version the chief saw when deciding; a newer one published meanwhile refuses the post.</summary>
    public int SeenVersion { get; set; }
}

public sealed class PublishFormValidator : AbstractValidator<PublishForm>
{
    public PublishFormValidator()
    {
        RuleFor(f => f.CorrectionNote).MaximumLength(StatisticsPublication.CorrectionNoteMaxLength)
            .WithMessage($"更正说明不能超过{StatisticsPublication.CorrectionNoteMaxLength}字。");
    }
}

/// <summary>Add or change a supplementary figure (补充指标).</summary>
public sealed class SupplementaryForm
{
    public Guid? Id { get; set; }

    public IndicatorGroup Group { get; set; } = IndicatorGroup.Supervision;

    public string? Name { get; set; }

    public decimal? Value { get; set; }

    public string? Unit { get; set; }

    public string? Remark { get; set; }

    public int SortOrder { get; set; } = 1;
}

public sealed class SupplementaryFormValidator : AbstractValidator<SupplementaryForm>
{
    public SupplementaryFormValidator()
    {
        RuleFor(f => f.Group).IsInEnum().WithMessage("请选择指标类别。");
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写指标名称。")
            .MaximumLength(SupplementaryIndicator.NameMaxLength).WithMessage($"指标名称不能超过{SupplementaryIndicator.NameMaxLength}字。");
        RuleFor(f => f.Value).NotNull().WithMessage("请填写指标数值。")
            .GreaterThanOrEqualTo(0).WithMessage("指标数值不能为负数。")
            .Must(v => v is null || decimal.Round(v.Value, 2) == v.Value).WithMessage("指标数值最多保留两位小数。");
        RuleFor(f => f.Unit).NotEmpty().WithMessage("请填写计量单位。")
            .MaximumLength(SupplementaryIndicator.UnitMaxLength).WithMessage($"计量单位不能超过{SupplementaryIndicator.UnitMaxLength}字。");
        RuleFor(f => f.Remark).MaximumLength(SupplementaryIndicator.RemarkMaxLength).WithMessage($"说明不能超过{SupplementaryIndicator.RemarkMaxLength}字。");
        RuleFor(f => f.SortOrder).InclusiveBetween(0, 999).WithMessage("排序应在0至999之间。");
    }
}

/// <summary>Choose a case as typical (典型案例) for a department's monthly report.</summary>
public sealed class TypicalCaseForm
{
    public Guid? CaseId { get; set; }

    /// <summary>简要案情及典型意义.</summary>
    public string? Summary { get; set; }
}

public sealed class TypicalCaseFormValidator : AbstractValidator<TypicalCaseForm>
{
    public TypicalCaseFormValidator()
    {
        RuleFor(f => f.CaseId).NotNull().WithMessage("请选择案件。");
        RuleFor(f => f.Summary).NotEmpty().WithMessage("请填写简要案情及典型意义。")
            .MaximumLength(TypicalCase.SummaryMaxLength).WithMessage($"简要案情及典型意义不能超过{TypicalCase.SummaryMaxLength}字。");
    }
}
