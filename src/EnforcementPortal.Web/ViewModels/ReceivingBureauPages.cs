using System.ComponentModel.DataAnnotations;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

/// <summary>One row of the liaison's list of transfers.</summary>
public sealed record BureauTransferRow(
    Guid Id,
    string Number,
    DepartmentCode Department,
    CaseState State,
    string SiteName,
    string PartyName,
    DateOnly? TransferredOn,
    DateOnly? ReceivedOn,
    FilingDecision? FilingDecision,
    DateOnly? FilingDecidedOn,
    DateOnly? DisposalDecidedOn)
{
    /// <summary>What the bureau still owes on this transfer.</summary>
    public string Awaiting => State switch
    {
        CaseState.Transferred when ReceivedOn is null => "待签收",
        CaseState.Transferred => "待反馈立案决定",
        CaseState.AwaitingDisposal => "待反馈处置结果",
        _ => "已闭环",
    };
}

public sealed class BureauTransferList
{
    public required IReadOnlyList<BureauTransferRow> Rows { get; init; }

    public bool IncludeClosed { get; init; }
}

/// <summary>The liaison's page of one transferred case: the 移交单's content and the three reports.</summary>
public sealed class BureauCasePage
{
    public required EnforcementCase Case { get; init; }

    public required Transfer Transfer { get; init; }

    public required string PartyName { get; init; }

    public required string PartyCreditCode { get; init; }

    public string? PartyAddress { get; init; }

    public required IReadOnlyList<string> PenaltyMatters { get; init; }

    public DateOnly Today { get; init; }

    public BureauReceiptForm Receipt { get; set; } = new();

    public BureauFilingForm Filing { get; set; } = new();

    public BureauDisposalForm Disposal { get; set; } = new();

    public bool CanAcknowledge => Case.State == CaseState.Transferred && Transfer.ReceivedOn is null && Transfer.FilingDecision is null;

    public bool CanRecordFiling => Case.State == CaseState.Transferred && Transfer.ReceivedOn is not null;

    public bool CanRecordDisposal => Case.State == CaseState.AwaitingDisposal;
}

/// <summary>签收移交单.</summary>
public sealed class BureauReceiptForm : CaseActionForm
{
    [Display(Name = "签收日期")]
    public DateOnly? ReceivedOn { get; set; }
}

/// <summary>立案决定.</summary>
public sealed class BureauFilingForm : CaseActionForm
{
    [Display(Name = "立案决定")]
    public FilingDecision Decision { get; set; } = FilingDecision.Filed;

    [Display(Name = "决定日期")]
    public DateOnly? DecidedOn { get; set; }

    [Display(Name = "立案号/不予立案理由")]
    public string? Reference { get; set; }
}

/// <summary>处置结果.</summary>
public sealed class BureauDisposalForm : CaseActionForm
{
    [Display(Name = "处罚决定书文号")]
    public string? DecisionNumber { get; set; }

    [Display(Name = "处罚内容")]
    public string? Penalty { get; set; }

    [Display(Name = "处罚决定日期")]
    public DateOnly? DecidedOn { get; set; }
}

public sealed class BureauReceiptFormValidator : AbstractValidator<BureauReceiptForm>
{
    public BureauReceiptFormValidator()
    {
        RuleFor(f => f.ReceivedOn).NotNull().WithMessage("请填写签收日期。");
    }
}

public sealed class BureauFilingFormValidator : AbstractValidator<BureauFilingForm>
{
    public BureauFilingFormValidator()
    {
        RuleFor(f => f.Decision).IsInEnum().WithMessage("请选择立案决定。");
        RuleFor(f => f.DecidedOn).NotNull().WithMessage("请填写决定日期。");
        RuleFor(f => f.Reference).NotEmpty().WithMessage("请填写立案号（不予立案的，填写理由）。")
            .MaximumLength(Transfer.ReferenceMaxLength).WithMessage($"立案号/理由不能超过{Transfer.ReferenceMaxLength}字。");
    }
}

public sealed class BureauDisposalFormValidator : AbstractValidator<BureauDisposalForm>
{
    public BureauDisposalFormValidator()
    {
        RuleFor(f => f.DecisionNumber).NotEmpty().WithMessage("请填写处罚决定书文号。")
            .MaximumLength(EnforcementCase.DecisionNumberMaxLength).WithMessage($"处罚决定书文号不能超过{EnforcementCase.DecisionNumberMaxLength}字。");
        RuleFor(f => f.Penalty).NotEmpty().WithMessage("请填写处罚内容。")
            .MaximumLength(Transfer.TextMaxLength - EnforcementCase.DecisionNumberMaxLength - 1).WithMessage("处罚内容过长。");
        RuleFor(f => f.DecidedOn).NotNull().WithMessage("请填写处罚决定日期。");
    }
}
