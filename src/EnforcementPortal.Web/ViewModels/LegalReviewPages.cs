using System.ComponentModel.DataAnnotations;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Web.Queries;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>The legal reviewers' queue: transfers before approval, and closings after rectification alone.</summary>
public sealed record LegalReviewQueueViewModel(LegalReviewQueuePage Transfers, LegalReviewQueuePage Closings, DateOnly Today);

/// <summary>法制审核范围 of the five departments, with the bureau's share of legal reviewers.</summary>
public sealed record LegalReviewScopesViewModel(IReadOnlyList<LegalReviewScope> Scopes, LegalReviewerRatio Ratio);

/// <summary>One department's 法制审核范围 as posted by the administrator.</summary>
public sealed class LegalReviewScopeForm
{
    [Display(Name = "科室")]
    public DepartmentCode Department { get; set; }

    [Display(Name = "案件移交")]
    public bool Transfers { get; set; }

    [Display(Name = "严重问题整改后结案")]
    public bool SeriousFindings { get; set; }
}

public sealed class LegalReviewScopeFormValidator : AbstractValidator<LegalReviewScopeForm>
{
    public LegalReviewScopeFormValidator()
    {
        RuleFor(f => f.Department).IsInEnum().WithMessage("请选择科室。");
    }
}
