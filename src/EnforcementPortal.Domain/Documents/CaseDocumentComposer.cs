using System.Globalization;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.Domain.Documents;

/// <summary>
/// Composes the enforcement documents (执法文书) of a case as <see cref="DocumentDefinition"/>s, following the usual
/// 公文 conventions: title centred, 文号 under it, the body, the issuing body and date at the bottom right with the seal,
/// and a QR code of the public verification page. Everything printed comes from the case; nothing is typed twice.
/// The complainant (if any) never appears: the model given here has no complainant at all.
/// </summary>
public static partial class CaseDocumentComposer
{
    /// <summary>The issuing body printed in the seal block.</summary>
    public const string IssuingBody = "伊宁市住房和城乡建设局";

    /// <summary>救济途径, 《伊宁市住建局 执法流程与办事指南》 (五): printed on every notice given to the party.</summary>
    public const string RightsOfRedress = "对执法流程有异议的，可在收到文书后向伊宁市住建局申请复核，或依法申请行政复议、提起行政诉讼。";

    /// <summary>保管期限 of an enforcement case file.</summary>
    public const string RetentionPeriod = "长期（30年）";

    /// <summary>The department's 执法依据, from the department registry (<see cref="DepartmentPolicy.LegalBasis"/>).</summary>
    public static string LegalBasisOf(DepartmentCode department) => DepartmentPolicy.For(department).LegalBasis;

    /// <summary>A date as printed on documents: 2026年3月5日.</summary>
    public static string Date(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日");

    /// <summary>A time as printed on records: 2026年3月5日 9时30分.</summary>
    public static string DateTime(DateTime at) => string.Create(CultureInfo.InvariantCulture, $"{at.Year}年{at.Month}月{at.Day}日 {at.Hour}时{at.Minute:00}分");

    /// <summary>The documents the case can produce now, by what has happened.</summary>
    public static IReadOnlyList<AvailableDocument> Available(EnforcementCase enforcementCase)
    {
        ArgumentNullException.ThrowIfNull(enforcementCase);
        var c = enforcementCase;
        var policy = c.Policy;
        var list = new List<AvailableDocument>
        {
            new(EnforcementDocumentKind.InspectionNotice, null, "行政检查通知书", null, "检查开始时交被检查单位"),
            new(EnforcementDocumentKind.InspectionRecord, null, "现场检查笔录", null, "现场检查情况与问题，执法人员和当事人签名"),
        };
        foreach (var notice in c.Notices)
        {
            list.Add(new(EnforcementDocumentKind.RectificationNotice, notice.Id, policy.NoticeTitle, notice.DocumentNumber, $"第{notice.Round}轮整改，期限至{Date(notice.Deadline)}"));
            list.Add(new(EnforcementDocumentKind.ServiceReceipt, notice.Id, "送达回证", null, $"《{policy.NoticeTitle}》{notice.DocumentNumber}的送达回证"));
        }

        for (var i = 0; i < c.Interviews.Count; i++)
        {
            var interview = c.Interviews[i];
            list.Add(new(EnforcementDocumentKind.InterviewNotice, interview.Id, "约谈通知书", null, $"{DateTime(interview.HeldAt)}约谈"));
            list.Add(new(EnforcementDocumentKind.InterviewRecord, interview.Id, "约谈笔录", null, $"{DateTime(interview.HeldAt)}约谈的笔录"));
        }

        for (var i = 0; i < c.Transfers.Count; i++)
        {
            var transfer = c.Transfers[i];
            if (transfer.Status != TransferStatus.Returned)
            {
                list.Add(new(EnforcementDocumentKind.TransferForm, transfer.Id, "行政执法案件移交单", null, transfer.Status == TransferStatus.Approved ? "已批准移交" : "待审批（审批后出具）"));
            }
        }

        list.AddRange(LegalReviewOpinions(c));
        list.Add(new(EnforcementDocumentKind.ArchiveVolume, null, "案卷", null, "卷宗封面、卷内目录、已出具的全部文书和证据照片"));
        return list;
    }

    /// <summary>Composes one document of the case. Throws <see cref="Common.DomainException"/> when it cannot be issued now.</summary>
    public static DocumentDefinition Compose(CaseDocumentSource source, DocumentRequest request, DocumentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(issue);
        return request.Kind switch
        {
            EnforcementDocumentKind.InspectionNotice => InspectionNotice(source, issue),
            EnforcementDocumentKind.InspectionRecord => InspectionRecord(source, issue),
            EnforcementDocumentKind.RectificationNotice => RectificationNotice(source, NoticeOf(source.Case, request.SubjectId), issue),
            EnforcementDocumentKind.ServiceReceipt => ServiceReceipt(source, NoticeOf(source.Case, request.SubjectId), issue),
            EnforcementDocumentKind.InterviewNotice => InterviewNotice(source, InterviewOf(source.Case, request.SubjectId), issue),
            EnforcementDocumentKind.InterviewRecord => InterviewRecord(source, InterviewOf(source.Case, request.SubjectId), issue),
            EnforcementDocumentKind.TransferForm => TransferForm(source, TransferOf(source.Case, request.SubjectId), issue),
            EnforcementDocumentKind.LegalReviewOpinion => LegalReviewOpinion(source, LegalReviewOf(source.Case, request.SubjectId), issue),
            EnforcementDocumentKind.SupervisionLetter or EnforcementDocumentKind.ConstructionProcedureLetter => SupervisionLetterDocument(source, LetterOf(source, request.SubjectId), issue),
            _ => throw new Common.DomainException("案卷须由已出具的文书组成，请使用案卷组卷。"),
        };
    }

    /// <summary>行政检查通知书: given to the enterprise at the start of the inspection.</summary>
    public static DocumentDefinition InspectionNotice(CaseDocumentSource source, DocumentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(issue);
        var c = source.Case;
        var inspection = c.Inspections[0];
        var number = issue.Number?.ToString();
        List<DocumentBlock> body =
        [
            Addressee(source.Party),
            new ParagraphBlock($"根据{LegalBasisOf(c.Department)}等有关规定，因{CaseNames.Of(c.Trigger)}，本局{c.Policy.UnitNameInBureau}执法人员{OfficerNames(inspection.Officers)}于{DateTime(inspection.StartedAt)}对你单位{c.SiteName}（{inspection.Location}）依法进行行政检查。"),
            new ParagraphBlock("执法人员已出示行政执法证件。请你单位予以配合，如实提供与检查事项有关的资料，并指派熟悉情况的人员在场。检查结束后，执法人员将当场告知检查结果。"),
            new FieldTableBlock(
            [
                new FieldRow("检查事项", $"{c.Policy.UnitName}职责范围内的监督检查"),
                new FieldRow("执法人员", OfficersWithCertificates(inspection.Officers)),
            ]),
        ];
        return Notice(source, "行政检查通知书", number, body, inspection.Day, issue);
    }

    /// <summary>现场检查笔录: time, place, officers with certificates, party, what was found, signatures.</summary>
    public static DocumentDefinition InspectionRecord(CaseDocumentSource source, DocumentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(issue);
        var c = source.Case;
        var party = source.Party;
        var inspection = c.Inspections[0];
        var findings = c.Findings.Where(f => f.InspectionId == inspection.Id).ToList();
        var found = findings.Count == 0
            ? c.Policy.NoFindingLabel + "。"
            : string.Join("\n", findings.Select(f => $"{f.Number}. {FindingText(f)}（{CaseNames.Of(f.Severity, c.Policy)}）"));
        List<DocumentBlock> body =
        [
            new FieldTableBlock(
            [
                new FieldRow("案件编号", c.Number),
                FieldRow.Pair("检查时间", DateTime(inspection.StartedAt), "检查事由", CaseNames.Of(c.Trigger)),
                new FieldRow("检查地点", $"{c.SiteName}（{inspection.Location}）"),
                new FieldRow("被检查单位", party.Name),
                FieldRow.Pair("统一社会信用代码", party.CreditCode, "单位类别", ResponsibleParty.KindName(party.Kind)),
                FieldRow.Pair("法定代表人", party.LegalRepresentative, "联系人及电话", $"{party.ContactPerson} {party.ContactPhone}".Trim()),
                new FieldRow("执法人员及执法证号", OfficersWithCertificates(inspection.Officers)),
                new FieldRow("告知事项", "执法人员已出示执法证件，告知当事人有陈述、申辩的权利和申请执法人员回避的权利。", 2),
                new FieldRow("现场检查情况", inspection.Narrative, 4),
                new FieldRow($"发现的{c.Policy.FindingNoun}", found, 3),
                new FieldRow("当事人意见", null, 3),
            ]),
            new ParagraphBlock("以上笔录已经当事人核对（或已向当事人宣读），与现场情况一致。"),
            new SignatureBlock(null, null, false,
            [
                .. inspection.Officers.Select(_ => new SignatureLine("执法人员")),
                new SignatureLine("当事人（负责人）"),
                new SignatureLine("见证人"),
            ]),
        ];
        return Finish("现场检查笔录", null, body, issue, inspection.Day);
    }

    /// <summary>整改通知书 with the department's own title.</summary>
    public static DocumentDefinition RectificationNotice(CaseDocumentSource source, RectificationNotice notice, DocumentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(issue);
        var c = source.Case;
        var policy = c.Policy;
        var inspection = c.Inspections[0];
        var findings = notice.FindingNumbers.Select(n => c.Findings.Single(f => f.Number == n)).ToList();
        var requirements = RequirementLines(notice.Requirements);
        var cited = source.PenaltyMatters.Count == 0
            ? string.Empty
            : "；涉及行政处罚事项：" + string.Join("；", source.PenaltyMatters.Select(m => $"{m.Name}（{m.LegalBasis}）"));
        List<DocumentBlock> body =
        [
            Addressee(source.Party),
            new ParagraphBlock($"{Date(inspection.Day)}，本局{policy.UnitNameInBureau}执法人员对你单位{c.SiteName}（{c.SiteAddress}）进行检查，发现存在以下{policy.FindingNoun}："),
            new ItemListBlock([.. findings.Select(FindingText)]),
            new HeadingBlock("法律依据", 2),
            new ParagraphBlock($"依据{LegalBasisOf(c.Department)}等法律法规的规定{cited}，现责令你单位对上述{policy.FindingNoun}予以整改。"),
            new HeadingBlock("整改要求", 2),
            new ItemListBlock(requirements.Count == 0 ? [notice.Requirements] : requirements),
            new HeadingBlock("整改期限", 2),
            new ParagraphBlock($"请于{Date(notice.Deadline)}前整改完毕（自送达之日起{notice.DeadlineDays}日）。"),
            new HeadingBlock("整改回复", 2),
            new ParagraphBlock($"整改完成后，请于期限届满前将{policy.ReplyTitle}报送{policy.UnitName}（{source.Contact.Office}）。逾期未整改或整改不到位的，本局将依法约谈你单位负责人，涉嫌违法的移交伊宁市城市管理局依法处置。"),
        ];
        if (issue.Invitation is { } invitation)
        {
            body.Add(new HeadingBlock("网上办理", 2));
            body.Add(new ParagraphBlock($"你单位可扫描下方二维码或访问 {invitation.ActivationUrl}，以统一社会信用代码 {source.Party.CreditCode} 和邀请码 {invitation.Code} 设置登录密码，在线查看本局各科室（站）对你单位的全部执法案件，提交情况说明、整改回执、整改方案及佐证材料，申请复核。邀请码仅可使用一次，有效期至{DateTime(invitation.ExpiresAt)}。"));
            body.Add(new QrCodeBlock(invitation.QrUrl, $"扫码设置密码 邀请码：{invitation.Code}", 22, BlockAlignment.Left));
        }

        return Notice(source, policy.NoticeTitle, notice.DocumentNumber, body, notice.IssuedOn, issue);
    }

    /// <summary>送达回证 of a rectification notice.</summary>
    public static DocumentDefinition ServiceReceipt(CaseDocumentSource source, RectificationNotice notice, DocumentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(issue);
        var c = source.Case;
        List<DocumentBlock> body =
        [
            new FieldTableBlock(
            [
                new FieldRow("送达文书名称及文号", $"《{c.Policy.NoticeTitle}》{notice.DocumentNumber}"),
                new FieldRow("受送达单位", source.Party.Name),
                new FieldRow("受送达人", notice.Recipient),
                new FieldRow("送达地点", source.Party.Address ?? c.SiteAddress),
                FieldRow.Pair("送达方式", CaseNames.Of(notice.ServiceMethod), "送达日期", Date(notice.ServedOn)),
                new FieldRow("送达人及执法证号", OfficersWithCertificates(notice.ServedBy)),
                new FieldRow("受送达人签名或盖章", null, 3),
                new FieldRow("代收人及代收理由", null, 2),
                new FieldRow("备注", notice.ServiceMethod == ServiceMethod.LeftAtPremises ? "受送达人拒绝签收，已留置送达，见证人签名：" : null, 2),
            ]),
            new SignatureBlock(IssuingBody, Date(notice.ServedOn), sealPlaceholder: true, [.. notice.ServedBy.Select(_ => new SignatureLine("送达人"))]),
            Qr(issue),
        ];
        return Finish("送达回证", null, body, issue, notice.ServedOn);
    }

    /// <summary>约谈通知书.</summary>
    public static DocumentDefinition InterviewNotice(CaseDocumentSource source, Interview interview, DocumentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(interview);
        ArgumentNullException.ThrowIfNull(issue);
        var c = source.Case;
        var reason = interview.Reason == InterviewReason.SeriousFinding
            ? $"经检查，你单位{c.SiteName}存在{c.Policy.SeriousFindingLabel}"
            : $"你单位未按《{c.Policy.NoticeTitle}》{c.Notices.LastOrDefault(n => n.Round <= interview.Round)?.DocumentNumber}的要求整改到位";
        List<DocumentBlock> body =
        [
            Addressee(source.Party),
            new ParagraphBlock($"{reason}。根据{LegalBasisOf(c.Department)}等有关规定，本局定于{DateTime(interview.HeldAt)}在{interview.Place}约谈你单位法定代表人或主要负责人。"),
            new ParagraphBlock("请被约谈人携带本人身份证明、授权委托书（委托他人参加的）及整改情况的书面材料和佐证材料准时参加。无正当理由拒不参加约谈的，本局将依法移交伊宁市城市管理局处置。"),
        ];
        return Notice(source, "约谈通知书", issue.Number?.ToString(), body, interview.NoticeIssuedOn, issue);
    }

    /// <summary>约谈笔录.</summary>
    public static DocumentDefinition InterviewRecord(CaseDocumentSource source, Interview interview, DocumentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(interview);
        ArgumentNullException.ThrowIfNull(issue);
        var c = source.Case;
        var outcome = CaseNames.Of(interview.Outcome) + (interview.NewDeadline is { } deadline ? $"，承诺于{Date(deadline)}前整改完毕" : string.Empty);
        List<DocumentBlock> body =
        [
            new FieldTableBlock(
            [
                new FieldRow("案件编号", c.Number),
                FieldRow.Pair("约谈时间", DateTime(interview.HeldAt), "约谈地点", interview.Place),
                new FieldRow("被约谈单位", source.Party.Name),
                new FieldRow("被约谈人", interview.PartyAttendees),
                new FieldRow("执法人员及执法证号", OfficersWithCertificates(interview.Officers)),
                new FieldRow("约谈事由", CaseNames.Of(interview.Reason)),
                new FieldRow("约谈内容", interview.Content, 5),
                new FieldRow("约谈结果", outcome, 2),
            ]),
            new ParagraphBlock("以上笔录已经被约谈人核对，与约谈情况一致。"),
            new SignatureBlock(null, null, false,
            [
                .. interview.Officers.Select(_ => new SignatureLine("执法人员")),
                new SignatureLine("被约谈人"),
                new SignatureLine("记录人"),
            ]),
        ];
        return Finish("约谈笔录", null, body, issue, DateOnly.FromDateTime(interview.HeldAt));
    }

    /// <summary>行政执法案件移交单 to 城市管理局: facts, evidence, cited penalty matters with legal basis, approval.</summary>
    public static DocumentDefinition TransferForm(CaseDocumentSource source, Transfer transfer, DocumentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(transfer);
        ArgumentNullException.ThrowIfNull(issue);
        var c = source.Case;
        var party = source.Party;
        if (transfer.Status != TransferStatus.Approved)
        {
            throw new Common.DomainException("移交申请尚未经科长/站长批准，不能出具移交单。");
        }

        var evidence = transfer.EvidenceList;
        if (c.Evidence.Count > 0)
        {
            evidence += "\n附：系统登记的证据文件" + string.Join("；", c.Evidence.Select((e, i) => $"{i + 1}. {e.Caption ?? e.FileName}（SHA-256 {e.Sha256[..12]}…）"));
        }

        var matters = source.PenaltyMatters.Count == 0
            ? "（未引用）"
            : string.Join("\n", source.PenaltyMatters.Select((m, i) => $"{i + 1}. {m.Name}\n依据：{m.LegalBasis}"));
        var approved = transfer.DecidedAt is { } decidedAt ? Date(DateOnly.FromDateTime(decidedAt)) : string.Empty;
        List<DocumentBlock> body =
        [
            new FieldTableBlock(
            [
                FieldRow.Pair("移送单位", c.Policy.UnitName, "接收单位", transfer.ReceivingBureau),
                FieldRow.Pair("案件编号", c.Number, "案件来源", CaseNames.Of(c.Trigger)),
                new FieldRow("当事人", party.Name),
                FieldRow.Pair("统一社会信用代码", party.CreditCode, "法定代表人", party.LegalRepresentative),
                new FieldRow("地址", party.Address ?? c.SiteAddress),
                new FieldRow("案件事实", transfer.Facts, 4),
                new FieldRow("证据清单", evidence, 3),
                new FieldRow("涉嫌违法的行政处罚事项及依据", matters, 3),
                FieldRow.Pair("承办人", transfer.RequestedByName, "提请日期", Date(DateOnly.FromDateTime(transfer.RequestedAt))),
                FieldRow.Pair("审批人（科长/站长）", transfer.DecidedByName, "审批日期", approved),
                FieldRow.Pair("移交日期", transfer.TransferredOn is { } on ? Date(on) : string.Empty, "接收单位签收", null),
            ]),
            new ParagraphBlock($"请接收单位依法决定是否立案，并自作出决定之日起5个工作日内将立案情况、作出处罚决定或终止调查后5个工作日内将处置结果书面反馈{c.Policy.UnitName}（电话：{source.Contact.Phone}）。"),
            new SignatureBlock(IssuingBody, Date(transfer.TransferredOn!.Value), sealPlaceholder: true, [new SignatureLine("接收单位经办人")]),
            Qr(issue),
        ];
        return Finish("行政执法案件移交单", issue.Number?.ToString(), body, issue, transfer.TransferredOn);
    }

    /// <summary>
    /// 案卷: a cover (卷宗封面), a table of contents (卷内目录), the documents given, then the evidence photos, as the
    /// list of documents to render into one PDF.
    /// </summary>
    public static IReadOnlyList<DocumentDefinition> ArchiveVolume(
        CaseDocumentSource source,
        IReadOnlyList<DocumentDefinition> documents,
        IReadOnlyList<(ReadOnlyMemory<byte> Data, string Caption)> photos,
        DocumentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(photos);
        ArgumentNullException.ThrowIfNull(issue);
        var c = source.Case;
        var cover = new DocumentDefinition
        {
            Title = "卷宗封面",
            VerificationCode = issue.VerificationCode,
            ShowPageNumbers = false,
            Blocks =
            [
                new SpacerBlock(3),
                new TitleBlock(IssuingBody),
                new TitleBlock("行政执法案卷"),
                new SpacerBlock(2),
                new FieldTableBlock(
                [
                    new FieldRow("案件编号", c.Number),
                    new FieldRow("案由", $"{c.SiteName}{c.Policy.DeterminationLabel(c.Determination)}"),
                    new FieldRow("当事人", source.Party.Name),
                    new FieldRow("承办部门", c.Policy.UnitName),
                    FieldRow.Pair("检查日期", Date(c.OpenedOn), "办结日期", c.ConcludedOn is { } concluded ? Date(concluded) : "（未办结）"),
                    FieldRow.Pair("归档日期", c.ArchivedOn is { } archived ? Date(archived) : "（未归档）", "保管期限", RetentionPeriod),
                    FieldRow.Pair("文书份数", documents.Count.ToString(CultureInfo.InvariantCulture), "证据照片", photos.Count.ToString(CultureInfo.InvariantCulture)),
                ]),
                new SpacerBlock(2),
                Qr(issue),
            ],
        };
        var contents = new DocumentDefinition
        {
            Title = "卷内目录",
            ShowPageNumbers = false,
            Blocks = [new TitleBlock("卷内目录"), new TableOfContentsBlock()],
        };
        var volume = new List<DocumentDefinition> { cover, contents };
        volume.AddRange(documents);
        if (photos.Count > 0)
        {
            List<DocumentBlock> blocks = [new TitleBlock("证据照片")];
            for (var i = 0; i < photos.Count; i++)
            {
                if (i > 0 && i % 2 == 0)
                {
                    blocks.Add(new PageBreakBlock());
                }

                blocks.Add(new ImageBlock(photos[i].Data, $"照片{i + 1}：{photos[i].Caption}", maxHeightMillimetres: 110));
            }

            volume.Add(new DocumentDefinition { Title = "证据照片", Blocks = blocks });
        }

        return volume;
    }

    /// <summary>
    /// The kind of running 文号 a document takes when it is first issued, or null when it has none of its own (the
    /// 整改通知书 is numbered when it is issued in the lifecycle; records and receipts carry no 文号).
    /// </summary>
    public static DocumentNumberKind? NumberedAtIssue(EnforcementDocumentKind kind) => kind switch
    {
        EnforcementDocumentKind.InspectionNotice => DocumentNumberKind.Inspection,
        EnforcementDocumentKind.InterviewNotice => DocumentNumberKind.Interview,
        EnforcementDocumentKind.TransferForm => DocumentNumberKind.Transfer,
        EnforcementDocumentKind.LegalReviewOpinion => DocumentNumberKind.LegalReview,
        EnforcementDocumentKind.SupervisionLetter or EnforcementDocumentKind.ConstructionProcedureLetter => DocumentNumberKind.Supervision,
        _ => null,
    };

    private static DocumentDefinition Notice(CaseDocumentSource source, string title, string? number, List<DocumentBlock> body, DateOnly date, DocumentIssue issue)
    {
        var c = source.Case;
        body.Add(new HeadingBlock("救济途径", 2));
        body.Add(new ParagraphBlock(RightsOfRedress));
        body.Add(new FieldTableBlock(
            [
                new FieldRow("联系部门", c.Policy.UnitName),
                new FieldRow("联系电话", source.Contact.Phone),
                new FieldRow("联系地址", source.Contact.Office),
            ],
            bordered: false));
        body.Add(new SignatureBlock(IssuingBody, Date(date), sealPlaceholder: true));
        body.Add(Qr(issue));
        return Finish(title, number, body, issue, date);
    }

    private static DocumentDefinition Finish(string title, string? number, IEnumerable<DocumentBlock> body, DocumentIssue issue, DateOnly? date) =>
        DocumentDefinition.Create(title, number, body) with
        {
            HeaderText = IssuingBody,
            VerificationCode = issue.VerificationCode,
            DocumentDate = date,
        };

    private static QrCodeBlock Qr(DocumentIssue issue) =>
        new(issue.VerificationUrl, $"扫码核验 核验码：{issue.VerificationCode}", 22);

    /// <summary>
    /// The 整改要求 as items, one per line, without the numbers the officer may have typed ("1.", "2、", "（3）", "四、"):
    /// the list numbers them once.
    /// </summary>
    public static IReadOnlyList<string> RequirementLines(string requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        return [.. requirements.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => TypedNumber().Replace(line, string.Empty).Trim())
            .Where(line => line.Length > 0)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[（(]\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*[）)]|(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:[.．](?![0-9０-９])|[、)）]))\s*")]
    private static partial System.Text.RegularExpressions.Regex TypedNumber();

    private static ParagraphBlock Addressee(ResponsibleParty party) => new($"{party.Name}：", firstLineIndent: false, ParagraphAlignment.Left);

    private static string FindingText(Finding finding) =>
        finding.Location is null ? finding.Description : $"{finding.Description}（{finding.Location}）";

    private static string OfficerNames(IEnumerable<OfficerOnDuty> officers) => string.Join("、", officers.Select(o => o.Name));

    private static string OfficersWithCertificates(IEnumerable<OfficerOnDuty> officers) =>
        string.Join("；", officers.Select(o => $"{o.Name}（执法证号：{o.CertificateNumber ?? "无"}）"));

    private static RectificationNotice NoticeOf(EnforcementCase c, Guid? id) =>
        c.Notices.FirstOrDefault(n => n.Id == id) ?? throw new Common.DomainException("该整改通知书不存在。");

    private static Interview InterviewOf(EnforcementCase c, Guid? id) =>
        c.Interviews.FirstOrDefault(n => n.Id == id) ?? throw new Common.DomainException("该约谈记录不存在。");

    private static Transfer TransferOf(EnforcementCase c, Guid? id) =>
        c.Transfers.FirstOrDefault(n => n.Id == id) ?? throw new Common.DomainException("该移交记录不存在。");
}
