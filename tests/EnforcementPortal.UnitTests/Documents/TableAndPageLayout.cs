using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Documents.Layout;
using static EnforcementPortal.UnitTests.Documents.Composition.CompositionFixtures;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>
/// Layout rules read back from the rendered PDFs' glyph positions: values stay whole, pages are not left half empty,
/// the closing block stays with its content, the 移交单 fits on two pages, justified lines are not letter-spaced,
/// labels stay with their values, and the contact block is set the same way on every notice.
/// </summary>
public sealed class TableAndPageLayout
{
    private const string CreditCode = "91654002MA79XK3L2";

    public static TheoryData<DepartmentCode> AllDepartments => [.. Enum.GetValues<DepartmentCode>()];

    public static TheoryData<EnforcementDocumentKind> NoticeKinds =>
    [
        EnforcementDocumentKind.InspectionNotice,
        EnforcementDocumentKind.RectificationNotice,
        EnforcementDocumentKind.InterviewNotice,
    ];

    [Theory]
    [MemberData(nameof(AllDepartments))]
    public void TheCreditCodeAndTheCaseNumberAreNeverSplitInTheTablesOfTheRecordAndTheTransferForm(DepartmentCode department)
    {
        var c = Transferred(department);
        foreach (var kind in new[] { EnforcementDocumentKind.InspectionRecord, EnforcementDocumentKind.TransferForm })
        {
            var lines = PdfLayout.Pages(Render(c, kind)).SelectMany(p => p).ToList();

            lines.ShouldContain(l => l.Text.Contains(CreditCode, StringComparison.Ordinal), $"{kind}: the 统一社会信用代码 is split");
            var number = c.Number.Replace(" ", string.Empty, StringComparison.Ordinal);
            lines.ShouldContain(l => l.Text.Contains(number, StringComparison.Ordinal), $"{kind}: the case number {c.Number} is split");
        }
    }

    [Theory]
    [MemberData(nameof(AllDepartments))]
    public void TheTransferFormOfATypicalCaseFitsOnTwoPages(DepartmentCode department)
    {
        var pages = PdfLayout.Pages(Render(Transferred(department), EnforcementDocumentKind.TransferForm));

        pages.Count.ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public void NoPageHoldsOnlyTheSealOrTheQrCode()
    {
        // However long the text above it, the closing block never stands alone on a page.
        for (var paragraphs = 1; paragraphs <= 40; paragraphs++)
        {
            var pages = PdfLayout.Pages(Renderer.RenderPdf(ClosedDocument(paragraphs)));
            for (var p = 0; p < pages.Count; p++)
            {
                var content = PdfLayout.Body(pages[p]).Where(l => !IsClosing(l.Text)).ToList();
                content.ShouldNotBeEmpty($"{paragraphs} paragraphs: page {p + 1} holds only the closing block");
            }
        }
    }

    [Fact]
    public void ATallCellContinuesOnTheNextPageInsteadOfLeavingHalfAPageEmpty()
    {
        var facts = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"{i}. 3号楼外脚手架第{i}步连墙件缺失，剪刀撑未连续设置。"));
        for (var paragraphs = 4; paragraphs <= 16; paragraphs += 3)
        {
            List<DocumentBlock> blocks =
            [
                .. Enumerable.Range(1, paragraphs).Select(i => new ParagraphBlock($"第{i}段：执法人员对施工现场进行了检查，检查情况如下，请当事人逐项核对。")),
                new FieldTableBlock([new FieldRow("案件编号", "伊建安〔2026〕12号"), new FieldRow("案件事实", facts)]),
            ];
            var pages = PdfLayout.Pages(Renderer.RenderPdf(DocumentDefinition.Create("行政执法案件移交单", null, blocks)));

            foreach (var page in pages.Take(pages.Count - 1))
            {
                var lowest = PdfLayout.Body(page).Max(l => l.Baseline);
                lowest.ShouldBeGreaterThan(PdfLayout.BodyBottom - 60, $"{paragraphs} paragraphs: a page ends at {lowest:0} pt, leaving its foot empty");
            }

            var text = string.Concat(pages.SelectMany(p => p).Select(l => l.Text));
            for (var i = 1; i <= 30; i++)
            {
                text.ShouldContain($"{i}.3号楼外脚手架第{i}步连墙件缺失，剪刀撑未连续设置。");
            }
        }
    }

    [Fact]
    public void AJustifiedLineIsNotLetterSpacedBeforeAWordThatMovesToTheNextLine()
    {
        for (var prefix = 10; prefix <= 30; prefix++)
        {
            var text = new string('查', prefix) + "，当事人提交的材料编号为HTTPS://ZJJ.YINING.GOV.CN/VERIFY/K7QM3XTP，请核对。";
            var pages = PdfLayout.Pages(Renderer.RenderPdf(DocumentDefinition.Create("说明", null, [new ParagraphBlock(text)])));

            foreach (var line in PdfLayout.Body(pages[0]))
            {
                for (var i = 1; i < line.Letters.Count; i++)
                {
                    var gap = line.Letters[i].StartBaseLine.X - line.Letters[i - 1].EndBaseLine.X;
                    gap.ShouldBeLessThan(line.FontSize * 0.3, $"prefix {prefix}: '{line.Text}' is spread by {gap:0.0} pt");
                }
            }
        }
    }

    [Fact]
    public void ALabelIsNeverLeftAtTheEndOfALineWithoutItsValue()
    {
        for (var prefix = 0; prefix <= 36; prefix++)
        {
            var text = new string('查', prefix) + "，当事人住所地址：伊宁市经济合作区天山路8号。";
            var pages = PdfLayout.Pages(Renderer.RenderPdf(DocumentDefinition.Create("说明", null, [new ParagraphBlock(text)])));

            PdfLayout.Body(pages[0]).ShouldNotContain(l => l.Text.EndsWith('：'), $"prefix {prefix}");
        }
    }

    [Theory]
    [MemberData(nameof(NoticeKinds))]
    public void TheContactBlockIsAlignedTheSameWayOnEveryNotice(EnforcementDocumentKind kind)
    {
        var lines = PdfLayout.Pages(Render(Transferred(DepartmentCode.Safety), kind)).SelectMany(p => p).ToList();
        var contact = ContactOf(DepartmentCode.Safety);

        var department = lines.Single(l => l.Text.StartsWith("联系部门：", StringComparison.Ordinal));
        var phone = lines.Single(l => l.Text.StartsWith("联系电话：", StringComparison.Ordinal));
        var address = lines.Single(l => l.Text.StartsWith("联系地址：", StringComparison.Ordinal));

        phone.Text.ShouldBe("联系电话：" + contact.Phone);
        address.Text.ShouldBe("联系地址：" + contact.Office.Replace(" ", string.Empty, StringComparison.Ordinal));
        department.Left.ShouldBe(phone.Left, 0.5);
        address.Left.ShouldBe(phone.Left, 0.5);

        // The values start in one column.
        ValueLeft(department, "联系部门：").ShouldBe(ValueLeft(phone, "联系电话："), 0.5);
        ValueLeft(address, "联系地址：").ShouldBe(ValueLeft(phone, "联系电话："), 0.5);
    }

    private static double ValueLeft(PdfLine line, string label) => line.Letters[label.Length].StartBaseLine.X;

    private static bool IsClosing(string line) =>
        line == CaseDocumentComposer.IssuingBody
        || line.Contains('年', StringComparison.Ordinal) && line.EndsWith('日') && line.Length <= 12
        || line.Contains("印章", StringComparison.Ordinal)
        || line.Contains("扫码核验", StringComparison.Ordinal)
        || line.Contains("（签名）", StringComparison.Ordinal);

    private static DocumentDefinition ClosedDocument(int paragraphs) => DocumentDefinition.Create(
        "行政检查通知书",
        "伊建安检〔2026〕3号",
        [
            .. Enumerable.Range(1, paragraphs).Select(i => new ParagraphBlock($"第{i}段：根据《建设工程安全生产管理条例》等有关规定，本局执法人员依法进行行政检查。")),
            new SignatureBlock(CaseDocumentComposer.IssuingBody, "2026年3月2日", sealPlaceholder: true),
            new QrCodeBlock("https://zjj.yining.gov.cn/verify/K7QM-3XTP", "扫码核验 K7QM-3XTP"),
        ]);

    private static byte[] Render(Domain.Cases.EnforcementCase c, EnforcementDocumentKind kind)
    {
        var source = Source(c, kind == EnforcementDocumentKind.TransferForm ? Matters : null);
        Guid? subject = kind switch
        {
            EnforcementDocumentKind.RectificationNotice or EnforcementDocumentKind.ServiceReceipt => c.Notices[0].Id,
            EnforcementDocumentKind.InterviewNotice or EnforcementDocumentKind.InterviewRecord => c.Interviews[0].Id,
            EnforcementDocumentKind.TransferForm => c.Transfers[0].Id,
            _ => null,
        };
        var pdf = Renderer.RenderPdf(CaseDocumentComposer.Compose(source, new DocumentRequest(kind, subject), Issue));
        if (Environment.GetEnvironmentVariable("EP_DOCUMENT_PDF_DIR") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, $"{c.Department}-{kind}.pdf"), pdf);
        }

        return pdf;
    }
}
