using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Domain.Documents.Layout;
using FluentValidation;

namespace EnforcementPortal.Web.ViewModels;

// Input validation of the case forms. Field lengths come from the domain; rules of the procedure (two certified
// officers, deadlines, what the machine permits) are checked by the domain and shown on the same form.

public sealed class NewInspectionFormValidator : AbstractValidator<NewInspectionForm>
{
    public NewInspectionFormValidator(IDocumentTextCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        RuleFor(f => f.Trigger).IsInEnum().WithMessage("请选择执法启动来源。");
        RuleFor(f => f.PartyCreditCode)
            .NotEmpty().WithMessage("请填写责任单位的统一社会信用代码。")
            .Must(code => UnifiedSocialCreditCode.TryParse(code, out _)).WithMessage(UnifiedSocialCreditCode.InvalidMessage);
        RuleFor(f => f.PartyName).MaximumLength(ResponsibleParty.NameMaxLength).WithMessage($"单位名称不能超过{ResponsibleParty.NameMaxLength}字。");
        RuleFor(f => f.LegalRepresentative).MaximumLength(ResponsibleParty.PersonMaxLength).WithMessage($"法定代表人不能超过{ResponsibleParty.PersonMaxLength}字。");
        RuleFor(f => f.ContactPerson).MaximumLength(ResponsibleParty.PersonMaxLength).WithMessage($"联系人不能超过{ResponsibleParty.PersonMaxLength}字。");
        RuleFor(f => f.ContactPhone).MaximumLength(ResponsibleParty.PhoneMaxLength).WithMessage($"联系电话不能超过{ResponsibleParty.PhoneMaxLength}字。");
        RuleFor(f => f.PartyAddress).MaximumLength(ResponsibleParty.AddressMaxLength).WithMessage($"单位地址不能超过{ResponsibleParty.AddressMaxLength}字。");
        RuleFor(f => f.SiteName).NotEmpty().WithMessage("请填写项目/场所名称。")
            .MaximumLength(EnforcementCase.SiteNameMaxLength).WithMessage($"项目/场所名称不能超过{EnforcementCase.SiteNameMaxLength}字。");
        RuleFor(f => f.SiteAddress).NotEmpty().WithMessage("请填写项目/场所地址。")
            .MaximumLength(EnforcementCase.SiteAddressMaxLength).WithMessage($"项目/场所地址不能超过{EnforcementCase.SiteAddressMaxLength}字。");
        RuleFor(f => f.PartyName).PrintableOnDocuments(coverage, "单位名称");
        RuleFor(f => f.LegalRepresentative).PrintableOnDocuments(coverage, "法定代表人");
        RuleFor(f => f.ContactPerson).PrintableOnDocuments(coverage, "联系人");
        RuleFor(f => f.PartyAddress).PrintableOnDocuments(coverage, "单位地址");
        RuleFor(f => f.SiteName).PrintableOnDocuments(coverage, "项目/场所名称");
        RuleFor(f => f.SiteAddress).PrintableOnDocuments(coverage, "项目/场所地址");
        RuleFor(f => f.InspectedAt).NotNull().WithMessage("请填写检查时间。");
        RuleFor(f => f.OfficerIds).Must(ids => ids.Distinct().Count() >= TwoCertifiedOfficersRule.MinimumOfficers)
            .WithMessage("请选择至少两名在场执法人员。");
        RuleFor(f => f.Narrative).NotEmpty().WithMessage("请填写现场检查情况。")
            .MaximumLength(Inspection.NarrativeMaxLength).WithMessage($"现场检查情况不能超过{Inspection.NarrativeMaxLength}字。")
            .PrintableOnDocuments(coverage, "现场检查情况");
        RuleFor(f => f.Findings).Custom((findings, context) =>
        {
            for (var i = 0; i < findings.Count; i++)
            {
                var finding = findings[i];
                if (!finding.IsBlank && string.IsNullOrWhiteSpace(finding.Description))
                {
                    context.AddFailure($"Findings[{i}].Description", $"第{i + 1}项只填写了部位或严重程度，请填写问题描述，或清空该项。");
                }
            }
        });
        RuleFor(f => f).Custom((form, context) =>
        {
            var described = form.Findings.Any(x => !string.IsNullOrWhiteSpace(x.Description)) || form.HasFailedChecklistItem;
            if (form.NoViolation && described)
            {
                context.AddFailure(nameof(NewInspectionForm.NoViolation), "已选择“未发现问题”，但又填写了问题，请二选一。");
            }
            else if (form.NoViolation && !form.NoViolationConfirmed)
            {
                context.AddFailure(nameof(NewInspectionForm.NoViolationConfirmed), "请勾选确认：本次检查未发现问题，保存后案件即办结。");
            }
            else if (!form.NoViolation && !described)
            {
                context.AddFailure("Findings[0].Description", "请逐项填写发现的问题；确未发现问题的，请选择“未发现问题”并确认。");
            }
        });
        RuleForEach(f => f.Findings).ChildRules(finding =>
        {
            finding.RuleFor(x => x.Description).MaximumLength(Finding.DescriptionMaxLength).WithMessage($"问题描述不能超过{Finding.DescriptionMaxLength}字。")
                .PrintableOnDocuments(coverage, "问题描述");
            finding.RuleFor(x => x.Location).MaximumLength(Finding.LocationMaxLength).WithMessage($"部位不能超过{Finding.LocationMaxLength}字。")
                .PrintableOnDocuments(coverage, "部位");
            finding.RuleFor(x => x.Severity).IsInEnum().WithMessage("请选择严重程度。");
        });
        RuleFor(f => f.Latitude).InclusiveBetween(-90, 90).WithMessage("纬度应在-90至90之间。");
        RuleFor(f => f.Longitude).InclusiveBetween(-180, 180).WithMessage("经度应在-180至180之间。");
        RuleFor(f => f).Must(f => f.Latitude.HasValue == f.Longitude.HasValue).WithName("Latitude").WithMessage("请同时填写纬度和经度。");
    }
}

public sealed class NoticeFormValidator : AbstractValidator<NoticeForm>
{
    public NoticeFormValidator(IDocumentTextCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        RuleFor(f => f.Requirements).NotEmpty().WithMessage("请填写整改要求。")
            .MaximumLength(RectificationNotice.RequirementsMaxLength).WithMessage($"整改要求不能超过{RectificationNotice.RequirementsMaxLength}字。")
            .PrintableOnDocuments(coverage, "整改要求");
        RuleFor(f => f.FindingNumbers).NotEmpty().WithMessage("请至少选择一项整改事项。");
        RuleFor(f => f.DeadlineDays).NotNull().WithMessage("请填写整改期限。")
            .InclusiveBetween(1, EnforcementCase.MaxRectificationDays).WithMessage($"整改期限应在1至{EnforcementCase.MaxRectificationDays}日之间。");
        RuleFor(f => f.IssuedOn).NotNull().WithMessage("请填写发文日期。");
        RuleFor(f => f.ServedOn).NotNull().WithMessage("请填写送达日期。");
        RuleFor(f => f.ServiceMethod).IsInEnum().WithMessage("请选择送达方式。");
        RuleFor(f => f.Recipient).NotEmpty().WithMessage("请填写受送达人。")
            .MaximumLength(RectificationNotice.RecipientMaxLength).WithMessage($"受送达人不能超过{RectificationNotice.RecipientMaxLength}字。")
            .PrintableOnDocuments(coverage, "受送达人");
        RuleFor(f => f.OfficerIds).Must(ids => ids.Distinct().Count() >= TwoCertifiedOfficersRule.MinimumOfficers).WithMessage("送达文书须有两名以上执法人员。");
    }
}

public sealed class ReplyFormValidator : AbstractValidator<ReplyForm>
{
    public ReplyFormValidator(IDocumentTextCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        RuleFor(f => f.ReceivedOn).NotNull().WithMessage("请填写收到日期。");
        RuleFor(f => f.Kind).IsInEnum().WithMessage("请选择回复类型。");
        RuleFor(f => f.Content).NotEmpty().WithMessage("请填写回复内容摘要。")
            .MaximumLength(RectificationReply.ContentMaxLength).WithMessage($"回复内容不能超过{RectificationReply.ContentMaxLength}字。")
            .PrintableOnDocuments(coverage, "回复内容");
    }
}

public sealed class ReviewFormValidator : AbstractValidator<ReviewForm>
{
    public ReviewFormValidator(IDocumentTextCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        RuleFor(f => f.ReviewedAt).NotNull().WithMessage("请填写复查时间。");
        RuleFor(f => f.Remarks).NotEmpty().WithMessage("请填写复查情况。")
            .MaximumLength(Review.RemarksMaxLength).WithMessage($"复查情况不能超过{Review.RemarksMaxLength}字。")
            .PrintableOnDocuments(coverage, "复查情况");
        RuleFor(f => f.Items).NotEmpty().WithMessage("请逐项填写复查结果。");
        RuleFor(f => f.Items).Must(items => items.All(i => i.Rectified.HasValue))
            .WithMessage(f => $"请逐项选择是否整改到位（第{string.Join("、", f.Items.Where(i => !i.Rectified.HasValue).Select(i => i.FindingNumber))}项未选择）。");
        RuleFor(f => f.NotCooperating).Equal(false).When(f => f.Items.Count > 0 && f.Items.All(i => i.Rectified == true))
            .WithMessage("各项均已整改到位，不能同时登记“不配合整改”。");
        RuleFor(f => f.OfficerIds).Must(ids => ids.Distinct().Count() >= TwoCertifiedOfficersRule.MinimumOfficers).WithMessage("复查须有两名以上执法人员。");
        RuleForEach(f => f.Items).ChildRules(item => item.RuleFor(i => i.Remarks).PrintableOnDocuments(coverage, "复查说明"));
    }
}

public sealed class InterviewFormValidator : AbstractValidator<InterviewForm>
{
    public InterviewFormValidator(IDocumentTextCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        RuleFor(f => f.HeldAt).NotNull().WithMessage("请填写约谈时间。");
        RuleFor(f => f.NoticeIssuedOn).NotNull().WithMessage("请填写约谈通知书的发出日期。");
        RuleFor(f => f.Place).NotEmpty().WithMessage("请填写约谈地点。")
            .MaximumLength(Interview.PlaceMaxLength).WithMessage($"约谈地点不能超过{Interview.PlaceMaxLength}字。")
            .PrintableOnDocuments(coverage, "约谈地点");
        RuleFor(f => f.PartyAttendees).NotEmpty().WithMessage("请填写责任单位参加约谈人员。")
            .MaximumLength(Interview.AttendeesMaxLength).WithMessage($"参加人员不能超过{Interview.AttendeesMaxLength}字。")
            .PrintableOnDocuments(coverage, "参加约谈人员");
        RuleFor(f => f.Content).NotEmpty().WithMessage("请填写约谈内容。")
            .MaximumLength(Interview.TextMaxLength).WithMessage($"约谈内容不能超过{Interview.TextMaxLength}字。")
            .PrintableOnDocuments(coverage, "约谈内容");
        RuleFor(f => f.Outcome).IsInEnum().WithMessage("请选择约谈结果。");
        RuleFor(f => f.OfficerIds).Must(ids => ids.Distinct().Count() >= TwoCertifiedOfficersRule.MinimumOfficers).WithMessage("约谈须有两名以上执法人员。");
        RuleFor(f => f.NewDeadlineDays).InclusiveBetween(1, EnforcementCase.MaxRectificationDays)
            .When(f => f.NewDeadlineDays.HasValue).WithMessage($"整改期限应在1至{EnforcementCase.MaxRectificationDays}日之间。");
    }
}

public sealed class TransferFormValidator : AbstractValidator<TransferForm>
{
    public TransferFormValidator(IDocumentTextCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        RuleFor(f => f.Facts).NotEmpty().WithMessage("请填写案件事实。")
            .MaximumLength(Transfer.TextMaxLength).WithMessage($"案件事实不能超过{Transfer.TextMaxLength}字。")
            .PrintableOnDocuments(coverage, "案件事实");
        RuleFor(f => f.EvidenceList).NotEmpty().WithMessage("请填写证据清单。")
            .MaximumLength(Transfer.TextMaxLength).WithMessage($"证据清单不能超过{Transfer.TextMaxLength}字。")
            .PrintableOnDocuments(coverage, "证据清单");
        RuleFor(f => f.PenaltyMatterIds).NotEmpty().WithMessage(CaseLifecycle.GuardCitesPenaltyMatter + "。");
        RuleFor(f => f.ReceivingBureau).MaximumLength(Transfer.ReceivingBureauMaxLength).WithMessage($"接收单位不能超过{Transfer.ReceivingBureauMaxLength}字。")
            .PrintableOnDocuments(coverage, "接收单位");
    }
}

public sealed class ReturnTransferFormValidator : AbstractValidator<ReturnTransferForm>
{
    public ReturnTransferFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("请填写退回理由。")
            .MaximumLength(Transfer.TextMaxLength).WithMessage($"退回理由不能超过{Transfer.TextMaxLength}字。");
    }
}

public sealed class FilingFormValidator : AbstractValidator<FilingForm>
{
    public FilingFormValidator(IDocumentTextCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        RuleFor(f => f.Decision).IsInEnum().WithMessage("请选择立案决定。");
        RuleFor(f => f.DecidedOn).NotNull().WithMessage("请填写决定日期。");
        RuleFor(f => f.Reference).MaximumLength(Transfer.ReferenceMaxLength).WithMessage($"立案号/理由不能超过{Transfer.ReferenceMaxLength}字。")
            .PrintableOnDocuments(coverage, "立案号/理由");
    }
}

public sealed class DisposalFormValidator : AbstractValidator<DisposalForm>
{
    public DisposalFormValidator(IDocumentTextCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        RuleFor(f => f.DecidedOn).NotNull().WithMessage("请填写处罚决定或终止调查的日期。");
        RuleFor(f => f.ReportedOn).NotNull().WithMessage("请填写反馈日期。");
        RuleFor(f => f.Summary).NotEmpty().WithMessage("请填写处置结果。")
            .MaximumLength(Transfer.TextMaxLength).WithMessage($"处置结果不能超过{Transfer.TextMaxLength}字。")
            .PrintableOnDocuments(coverage, "处置结果");
    }
}

public sealed class TransferSentFormValidator : AbstractValidator<TransferSentForm>
{
    public TransferSentFormValidator()
    {
        RuleFor(f => f.SentOn).NotNull().WithMessage("请填写移交单送出日期。");
    }
}

public sealed class EvidenceFormValidator : AbstractValidator<EvidenceForm>
{
    public EvidenceFormValidator()
    {
        RuleFor(f => f.Files).NotEmpty().WithMessage("请选择要上传的文件。");
    }
}
