using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents.Layout;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>The fields every complaint form shares: what is complained about, and the optional identity.</summary>
public abstract class ComplaintFields
{
    public BusinessLine? Line { get; set; }

    public string? PartyName { get; set; }

    public string? SiteAddress { get; set; }

    public string? Description { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }
}

/// <summary>The public intake form (/tousu). Website is the honeypot: people never see it, robots fill it.</summary>
public sealed class PublicComplaintForm : ComplaintFields
{
    public List<IFormFile> Files { get; set; } = [];

    public int? ChallengeAnswer { get; set; }

    public string? ChallengeToken { get; set; }

    public string? Website { get; set; }
}

/// <summary>Staff entry of a complaint from another channel.</summary>
public sealed class StaffComplaintForm : ComplaintFields
{
    public ComplaintChannel? Channel { get; set; }

    public string? ChannelReference { get; set; }
}

/// <summary>进度查询: the receipt number and the private query code.</summary>
public sealed class ComplaintQueryForm
{
    public string? ReceiptNumber { get; set; }

    public string? QueryCode { get; set; }
}

/// <summary>分派: the dispatcher names the department on purpose (any of the five); the rule's department needs no reason.</summary>
public sealed class RouteComplaintForm
{
    public int Version { get; set; }

    public DepartmentCode? Department { get; set; }

    public string? Reason { get; set; }
}

/// <summary>The fields of every step form on the complaint page; each step reads the ones it needs.</summary>
public sealed class ComplaintStepForm
{
    public int Version { get; set; }

    public string? Reason { get; set; }

    public Guid? HandlerId { get; set; }

    public bool Approve { get; set; }

    public DateOnly? Date { get; set; }

    public string? Content { get; set; }

    public int? Days { get; set; }

    public ComplaintOutcome? Outcome { get; set; }

    public string? AssistUnit { get; set; }

    public VisitSatisfaction? Satisfaction { get; set; }

    public Guid? EarlierId { get; set; }

    /// <summary>通知企业回复: the complained-about party's 统一社会信用代码 (optional; links the complaint to its enterprise account).</summary>
    public string? CreditCode { get; set; }

    /// <summary>通知企业回复: what the enterprise is asked to explain (the enterprise reads it).</summary>
    public string? Request { get; set; }
}

public abstract class ComplaintFieldsValidator<T> : AbstractValidator<T>
    where T : ComplaintFields
{
    public const int NameMaxLength = 32;
    public const int PhoneMaxLength = 20;

    protected ComplaintFieldsValidator(IDocumentTextCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        RuleFor(f => f.Line).NotNull().WithMessage("请选择业务类别。").IsInEnum().WithMessage("业务类别无效。");
        RuleFor(f => f.PartyName).NotEmpty().WithMessage("请填写被投诉的企业或项目。")
            .MaximumLength(Complaint.PartyNameMaxLength).WithMessage($"被投诉的企业或项目不能超过{Complaint.PartyNameMaxLength}字。")
            .PrintableOnDocuments(coverage, "被投诉的企业或项目");
        RuleFor(f => f.SiteAddress).NotEmpty().WithMessage("请填写地址。")
            .MaximumLength(Complaint.AddressMaxLength).WithMessage($"地址不能超过{Complaint.AddressMaxLength}字。")
            .PrintableOnDocuments(coverage, "地址");
        RuleFor(f => f.Description).NotEmpty().WithMessage("请填写投诉举报的内容。")
            .MaximumLength(Complaint.DescriptionMaxLength).WithMessage($"投诉内容不能超过{Complaint.DescriptionMaxLength}字。")
            .PrintableOnDocuments(coverage, "投诉内容");
        RuleFor(f => f.Name).MaximumLength(NameMaxLength).WithMessage($"姓名不能超过{NameMaxLength}字。")
            .PrintableOnDocuments(coverage, "姓名");
        RuleFor(f => f.Phone).MaximumLength(PhoneMaxLength).WithMessage("联系电话过长。")
            .Must(p => string.IsNullOrWhiteSpace(p) || ComplainantPrivacy.NormalizePhone(p).Length is >= 7 and <= 12)
            .WithMessage("联系电话格式不正确（7至12位数字）。");
    }
}

public sealed class PublicComplaintFormValidator : ComplaintFieldsValidator<PublicComplaintForm>
{
    public PublicComplaintFormValidator(IDocumentTextCoverage coverage)
        : base(coverage)
    {
        RuleFor(f => f.ChallengeAnswer).NotNull().WithMessage("请填写验证题的答案。");
    }
}

public sealed class StaffComplaintFormValidator : ComplaintFieldsValidator<StaffComplaintForm>
{
    public StaffComplaintFormValidator(IDocumentTextCoverage coverage)
        : base(coverage)
    {
        RuleFor(f => f.Channel).NotNull().WithMessage("请选择投诉来源。").IsInEnum().WithMessage("投诉来源无效。");
        RuleFor(f => f.ChannelReference).MaximumLength(Complaint.PartyNameMaxLength).WithMessage("来源编号过长。");
    }
}

/// <summary>The complaint step forms: what is printed on the 协查 forms (the assisting unit, the decision's text).</summary>
public sealed class ComplaintStepFormValidator : AbstractValidator<ComplaintStepForm>
{
    public ComplaintStepFormValidator(IDocumentTextCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        RuleFor(f => f.AssistUnit).PrintableOnDocuments(coverage, "协查单位");
        RuleFor(f => f.Content).PrintableOnDocuments(coverage, "内容");
        RuleFor(f => f.CreditCode).MaximumLength(40).WithMessage("统一社会信用代码应为18位。");
        RuleFor(f => f.Request).MaximumLength(Complaint.TextMaxLength).WithMessage($"需企业说明的事项不能超过{Complaint.TextMaxLength}字。");
    }
}
