using EnforcementPortal.Domain.Documents.Layout;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>Documents as the bureau issues them, for rendering tests.</summary>
internal static class SampleDocuments
{
    public const string NoticeTitle = "建设工程安全隐患整改通知书";
    public const string NoticeNumber = "伊建安整〔2026〕第0001号";
    public const string IssuingBody = "伊宁市住房和城乡建设局";
    public const string VerificationUrl = "https://zfba.yining.gov.cn/verify/YJAZ-2026-0001-7F3K";

    public static DocumentDefinition RectificationNotice() =>
        DocumentDefinition.Create(
            NoticeTitle,
            NoticeNumber,
            [
                new ParagraphBlock("伊宁市恒达建筑工程有限公司：", firstLineIndent: false),
                new ParagraphBlock(
                    "2026年3月2日，我局执法人员依法对你单位承建的伊宁市城北新区保障性住房（二期）项目施工现场进行了安全生产"
                    + "监督检查，发现该项目存在下列安全隐患，违反了《建设工程安全生产管理条例》第二十八条、第二十九条和"
                    + "《危险性较大的分部分项工程安全管理规定》（住房和城乡建设部令第37号）的有关规定。"),
                new FieldTableBlock(
                [
                    new FieldRow("当事人", "伊宁市恒达建筑工程有限公司"),
                    new FieldRow("统一社会信用代码", "91654002MA78K3XQ1K"),
                    FieldRow.Pair("法定代表人", "王建国", "联系电话", "0999-8123456"),
                    new FieldRow("工程名称", "伊宁市城北新区保障性住房（二期）项目"),
                    new FieldRow("工程地址", "伊宁市城北新区天山北路与解放西路交汇处东南角"),
                ]),
                new HeadingBlock("一、存在的安全隐患"),
                new ItemListBlock(
                [
                    "主体结构3号楼外脚手架连墙件设置不符合专项施工方案要求，部分楼层连墙件缺失；",
                    "塔式起重机（编号QTZ80-03）力矩限制器失灵，未按规定进行维护保养；",
                    "基坑南侧临边防护栏杆高度不足1.2米，未设置挡脚板；",
                    "施工现场配电箱未做到“一机一闸一漏一箱”，PE线连接不可靠。",
                ]),
                new HeadingBlock("二、整改要求"),
                new ParagraphBlock(
                    "根据《建设工程安全生产管理条例》第五十三条、第六十二条的规定，现责令你单位于2026年3月12日前完成上述"
                    + "隐患的整改，并将整改情况书面报送我局。整改期间应当采取有效的安全防范措施；对可能危及人身安全的隐患，"
                    + "应当立即停止相关部位作业。逾期未整改或者整改不到位的，我局将依法予以行政处罚。"),
                new ParagraphBlock(
                    "如不服本通知，可以在收到本通知书之日起六十日内向伊宁市人民政府申请行政复议，或者在六个月内依法向伊宁市"
                    + "人民法院提起行政诉讼。"),
                new SignatureBlock(
                    IssuingBody,
                    "2026年3月2日",
                    sealPlaceholder: true,
                    [new SignatureLine("执法人员"), new SignatureLine("当事人")]),
                new QrCodeBlock(VerificationUrl, "扫码核验文书真伪"),
            ]) with
        {
            HeaderText = IssuingBody,
            FooterText = "本通知书一式两份，一份送达当事人，一份存档。",
            VerificationCode = "7F3K-9Q2M",
        };

    /// <summary>An inspection record long enough to run over several pages.</summary>
    public static DocumentDefinition LongInspectionRecord(int paragraphs)
    {
        var body = new List<DocumentBlock>
        {
            new FieldTableBlock(
            [
                new FieldRow("检查地点", "伊宁市城北新区保障性住房（二期）项目"),
                FieldRow.Pair("检查人员", "李明、张华", "执法证号", "65040012、65040013"),
            ]),
        };
        for (var i = 1; i <= paragraphs; i++)
        {
            body.Add(new HeadingBlock($"检查项目{i}", level: 2));
            body.Add(new ParagraphBlock(
                $"第{i}项：执法人员对施工现场的脚手架、模板支撑体系、临时用电、起重机械和基坑支护进行了逐项检查，"
                + "查阅了专项施工方案、安全技术交底记录和特种作业人员操作资格证书，并对现场作业人员进行了询问。"
                + "检查中发现的问题已当场告知项目负责人，项目负责人对检查情况无异议。"));
        }

        body.Add(new FieldTableBlock([new FieldRow("当事人意见", string.Empty, minLines: 4)]));
        body.Add(new SignatureBlock(null, null, signatureLines: [new SignatureLine("执法人员"), new SignatureLine("当事人")]));
        return DocumentDefinition.Create("现场检查笔录", "伊建安检〔2026〕第0012号", body);
    }
}
