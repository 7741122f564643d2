using System.ComponentModel.DataAnnotations;
using EnforcementPortal.Domain.Cases;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>
/// 法制审核意见 (the case page's form under the prefix "LegalReview"): the legal reviewer gets it on any department's case;
/// the department's staff see that the case waits for it.
/// </summary>
public sealed class LegalReviewForm : CaseActionForm, ICaseStepForm
{
    IReadOnlyList<CaseAction> ICaseStepForm.Steps => CaseLifecycle.LegalReviewSteps;

    IReadOnlyList<string> ICaseStepForm.OutsideRoles => [Domain.Staff.StaffRoles.LegalReviewer];

    [Display(Name = "审核意见")]
    public LegalReviewOpinion Opinion { get; set; } = LegalReviewOpinion.Agreed;

    [Display(Name = "审核意见及理由")]
    public string? Reasons { get; set; }
}

public sealed class LegalReviewFormValidator : AbstractValidator<LegalReviewForm>
{
    public LegalReviewFormValidator()
    {
        RuleFor(f => f.Opinion).IsInEnum().WithMessage("请选择审核意见。");
        RuleFor(f => f.Reasons).NotEmpty().WithMessage("请填写审核意见及理由。")
            .MaximumLength(LegalReview.ReasonsMaxLength).WithMessage($"审核意见及理由不能超过{LegalReview.ReasonsMaxLength}字。");
    }
}
