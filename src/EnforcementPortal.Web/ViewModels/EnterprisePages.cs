using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Enterprises;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>One of the enterprise's cases in its list; the deadline only while it must rectify.</summary>
public sealed record EnterpriseCaseRow(Guid Id, string Number, DepartmentCode Department, string SiteName, CaseState State, DateOnly OpenedOn, DateOnly? Deadline);

/// <summary>企业首页: the enterprise's name and its cases across the five departments.</summary>
public sealed record EnterpriseHomePage(string PartyName, string CreditCode, IReadOnlyList<EnterpriseCaseRow> Cases, DateOnly Today)
{
    /// <summary>The complaints notified to the enterprise (redacted: never the complainant).</summary>
    public IReadOnlyList<Domain.Complaints.EnterpriseComplaintView> Complaints { get; init; } = [];
}

/// <summary>One of the enterprise's cases: its notices, replies, reviews, 复核 and timeline; the findings it may still prove.</summary>
public sealed record EnterpriseCasePage(EnforcementCase Case, IReadOnlyList<ReconsiderationApplication> Applications, IReadOnlyList<int> OpenFindings, DateOnly Today)
{
    public bool CanReply => Case.State == CaseState.Rectifying && Case.RectificationDeadline is { } deadline && Today <= deadline;

    public bool CanApply => (Case.Notices.Count > 0 || Case.Interviews.Count > 0) && Applications.All(a => a.IsDecided);

    public EnterpriseReplyForm Reply { get; init; } = new();

    public ReconsiderationForm Reconsideration { get; init; } = new();

    /// <summary>The documents served on the enterprise in this case, to download.</summary>
    public IReadOnlyList<Services.ServedDocument> Documents { get; init; } = [];

    /// <summary>Which form the errors on the page belong to ("reply" or "reconsideration").</summary>
    public string? ActiveForm { get; init; }
}

public sealed class EnterpriseLoginForm
{
    public string CreditCode { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}

public sealed class EnterpriseActivationForm
{
    public string CreditCode { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public string NewPassword { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;

    /// <summary>The configured validity of a code, for the page's explanation.</summary>
    public int ValidDays { get; set; }
}

public sealed class EnterpriseReplyForm
{
    public ReplyKind Kind { get; set; } = ReplyKind.Receipt;

    public string? Content { get; set; }

    public int Version { get; set; }
}

public sealed class ReconsiderationForm
{
    public string? Grounds { get; set; }

    /// <summary>The version of the case the enterprise saw.</summary>
    public int Version { get; set; }
}

public sealed class ReconsiderationDecisionForm
{
    public ReconsiderationOutcome Outcome { get; set; }

    public string? Reasons { get; set; }

    public DateOnly? DecidedOn { get; set; }
}

public sealed class EnterpriseLoginFormValidator : AbstractValidator<EnterpriseLoginForm>
{
    public EnterpriseLoginFormValidator()
    {
        RuleFor(f => f.CreditCode).NotEmpty().WithMessage("请填写统一社会信用代码。").MaximumLength(40).WithMessage("统一社会信用代码应为18位。");
        RuleFor(f => f.Password).NotEmpty().WithMessage("请填写密码。").MaximumLength(128).WithMessage("密码过长。");
    }
}

public sealed class EnterpriseActivationFormValidator : AbstractValidator<EnterpriseActivationForm>
{
    public EnterpriseActivationFormValidator()
    {
        RuleFor(f => f.CreditCode).NotEmpty().WithMessage("请填写统一社会信用代码。").MaximumLength(40).WithMessage("统一社会信用代码应为18位。");
        RuleFor(f => f.Code).NotEmpty().WithMessage("请填写整改通知书上的邀请码。").MaximumLength(40).WithMessage("邀请码格式不正确。");
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("请设置密码。").MaximumLength(128).WithMessage("密码过长。");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("两次输入的密码不一致。");
    }
}

public sealed class EnterpriseReplyFormValidator : AbstractValidator<EnterpriseReplyForm>
{
    public EnterpriseReplyFormValidator()
    {
        RuleFor(f => f.Kind).IsInEnum().WithMessage("请选择回复类型。");
        RuleFor(f => f.Content).NotEmpty().WithMessage("请填写回复内容。")
            .MaximumLength(RectificationReply.ContentMaxLength).WithMessage($"回复内容不能超过{RectificationReply.ContentMaxLength}字。");
    }
}

public sealed class ReconsiderationFormValidator : AbstractValidator<ReconsiderationForm>
{
    public ReconsiderationFormValidator()
    {
        RuleFor(f => f.Grounds).NotEmpty().WithMessage("请填写申请复核的事实和理由。")
            .MaximumLength(ReconsiderationApplication.GroundsMaxLength).WithMessage($"申请复核的事实和理由不能超过{ReconsiderationApplication.GroundsMaxLength}字。");
    }
}

public sealed class ReconsiderationDecisionFormValidator : AbstractValidator<ReconsiderationDecisionForm>
{
    public ReconsiderationDecisionFormValidator()
    {
        RuleFor(f => f.Outcome).IsInEnum().WithMessage("请选择复核决定。");
        RuleFor(f => f.Reasons).NotEmpty().WithMessage("请填写复核决定的理由。")
            .MaximumLength(ReconsiderationApplication.ReasonsMaxLength).WithMessage($"复核决定的理由不能超过{ReconsiderationApplication.ReasonsMaxLength}字。");
        RuleFor(f => f.DecidedOn).NotNull().WithMessage("请填写复核决定日期。");
    }
}

/// <summary>One complaint notified to the enterprise, as <see cref="Domain.Complaints.ComplaintRedaction.ForEnterprise"/> shows it, and the reply form.</summary>
public sealed record EnterpriseComplaintPage(Domain.Complaints.EnterpriseComplaintView Complaint, int Version, DateOnly Today)
{
    public EnterpriseComplaintReplyForm Reply { get; init; } = new();
}

/// <summary>企业网上回复: the 情况说明; the files come as the form field <c>Files</c>.</summary>
public sealed class EnterpriseComplaintReplyForm
{
    public string? Content { get; set; }

    public int Version { get; set; }
}

public sealed class EnterpriseComplaintReplyFormValidator : AbstractValidator<EnterpriseComplaintReplyForm>
{
    public EnterpriseComplaintReplyFormValidator()
    {
        RuleFor(f => f.Content).NotEmpty().WithMessage("请填写情况说明。")
            .MaximumLength(Domain.Complaints.Complaint.TextMaxLength).WithMessage($"情况说明不能超过{Domain.Complaints.Complaint.TextMaxLength}字。");
    }
}
