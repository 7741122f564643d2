using EnforcementPortal.Domain.Documents.Layout;

namespace EnforcementPortal.Domain.Documents;

/// <summary>Whether an assist request goes to a unit inside the bureau (委内) or outside it (委外).</summary>
public enum AssistRequestScope
{
    /// <summary>委内: 《房地产市场违法违规案件协查通知单》.</summary>
    Internal = 1,

    /// <summary>委外: 《房地产市场违法违规案件协查意见书》.</summary>
    External = 2,
}

/// <summary>
/// What a 协查 request carries (the fields of the annexes 1 and 2 of 《北京市房地产市场动态监管信息平台操作流程》). The complainant's name and phone are
/// printed only when <see cref="DiscloseComplainant"/> is set — an assisting unit inside the bureau may need them to
/// call back; the copy for an outside unit and anything the enterprise sees never carry them (《北京市房地产市场动态监管信息平台操作流程》 五).
/// </summary>
public sealed record AssistRequestInput(
    AssistRequestScope Scope,
    string DocumentNumber,
    string SendingUnit,
    string AssistingUnit,
    string Reason,
    string? ComplaintSource,
    string? ComplaintType,
    string? ComplaintLevel,
    int SuggestedWorkingDays,
    string? ComplainantName,
    string? ComplainantPhone,
    bool DiscloseComplainant,
    string RespondentName,
    string? RespondentAddress,
    string? LicenceNumbers,
    string? ProjectName,
    string? ProjectAddress,
    string? RespondentPersons,
    string? RespondentPhone,
    string Matter,
    string Handler,
    string HandlerPhone,
    DateOnly IssuedOn);

/// <summary>The 协查 forms of 《北京市房地产市场动态监管信息平台操作流程》 (附件1 委内 协查通知单, 附件2 委外 协查意见书), laid out as the seed's tables.</summary>
public static class AssistRequestForms
{
    public const string InternalTitle = "房地产市场违法违规案件协查通知单";
    public const string ExternalTitle = "房地产市场违法违规案件协查意见书";
    public const string Withheld = "（依规定保密，不予显示）";

    public static DocumentDefinition Compose(AssistRequestInput input, DocumentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(issue);
        var date = CaseDocumentComposer.Date(input.IssuedOn);
        var complainantName = input.DiscloseComplainant && input.Scope == AssistRequestScope.Internal ? input.ComplainantName : Withheld;
        var complainantPhone = input.DiscloseComplainant && input.Scope == AssistRequestScope.Internal ? input.ComplainantPhone : Withheld;
        var respondent = new List<FieldRow>
        {
            FieldRow.Pair("被诉单位", input.RespondentName, "单位地址", input.RespondentAddress),
            FieldRow.Pair("项目名称", input.ProjectName, "项目地址", input.ProjectAddress),
            FieldRow.Pair("被诉人员", input.RespondentPersons, "联系电话", input.RespondentPhone),
        };
        IReadOnlyList<DocumentBlock> body = input.Scope == AssistRequestScope.Internal
            ?
            [
                new FieldTableBlock(
                [
                    new FieldRow("移送协查部门名称", input.AssistingUnit),
                    new FieldRow("协办事由", input.Reason, minLines: 2),
                    FieldRow.Pair("投诉来源", input.ComplaintSource, "投诉类型", input.ComplaintType),
                    FieldRow.Pair("投诉级别", input.ComplaintLevel, "建议处理时限", $"{input.SuggestedWorkingDays}个工作日"),
                    FieldRow.Pair("投诉人姓名", complainantName, "投诉人电话", complainantPhone),
                    .. respondent,
                    new FieldRow("相关证号", input.LicenceNumbers),
                    new FieldRow("投诉事由", input.Matter, minLines: 3),
                    new FieldRow("记录人", $"{input.Handler}　　{date}"),
                    new FieldRow("处室意见", string.Empty, minLines: 2),
                    new FieldRow("处理意见或处理结果", string.Empty, minLines: 3),
                ]),
                new ParagraphBlock($"备注：请协查单位{input.SuggestedWorkingDays}个工作日内将查处情况书面反馈发送单位。", firstLineIndent: false),
            ]
            :
            [
                new ParagraphBlock($"发送单位名称：{input.SendingUnit}", firstLineIndent: false),
                new FieldTableBlock(
                [
                    new FieldRow("转送协查单位名称", input.AssistingUnit),
                    new FieldRow("协查事由", input.Reason, minLines: 2),
                    FieldRow.Pair("企业名称", input.RespondentName, "联系人及电话", input.RespondentPhone),
                    FieldRow.Pair("项目名称", input.ProjectName, "项目地址", input.ProjectAddress),
                    new FieldRow("被投诉人员", input.RespondentPersons),
                    FieldRow.Pair("举报人姓名", Withheld, "举报人电话", Withheld),
                    new FieldRow("协查内容", input.Matter, minLines: 3),
                    new FieldRow("发送单位（盖章）", $"经办人：{input.Handler}　联系电话：{input.HandlerPhone}　{date}"),
                    new FieldRow("处理意见", "协查单位（盖章）　　联系人：　　联系电话：　　年　月　日", minLines: 3),
                ]),
                new ParagraphBlock("备注：请协查单位将查处情况书面反馈发送单位。", firstLineIndent: false),
            ];
        var title = input.Scope == AssistRequestScope.Internal ? InternalTitle : ExternalTitle;
        return DocumentDefinition.Create(title, input.DocumentNumber, [.. body, new QrCodeBlock(issue.VerificationUrl, "扫码核验文书真伪")]) with
        {
            HeaderText = CaseDocumentComposer.IssuingBody,
            VerificationCode = issue.VerificationCode,
        };
    }
}
