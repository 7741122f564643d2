using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Domain.Supervision;

namespace EnforcementPortal.Domain.Documents;

/// <summary>督办函 and 建设单位依法履行建设程序督办函, composed from their <see cref="SupervisionLetter"/> record.</summary>
public static partial class CaseDocumentComposer
{
    /// <summary>The source of the 督办函 (建法〔2025〕40号 (十一)), printed on the letter from the 督办 list.</summary>
    public const string SupervisionBasis = "《住房城乡建设部关于进一步规范住房城乡建设行政执法工作的意见》（建法〔2025〕40号）关于“对查明的问题，按规定制发行政执法监督意见书或督办函督促纠正”的要求";

    /// <summary>The document kind of a letter.</summary>
    public static EnforcementDocumentKind KindOf(SupervisionLetterKind kind) =>
        kind == SupervisionLetterKind.Overdue ? EnforcementDocumentKind.SupervisionLetter : EnforcementDocumentKind.ConstructionProcedureLetter;

    /// <summary>A 督办函: 主送, 督办事项, 督办要求, the written answer's due day; the party's letter also carries the redress and contact.</summary>
    public static DocumentDefinition SupervisionLetterDocument(CaseDocumentSource source, SupervisionLetter letter, DocumentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(issue);
        var c = source.Case;
        var title = SupervisionLetter.TitleOf(letter.Kind);
        var number = issue.Number?.ToString();
        if (letter.Kind == SupervisionLetterKind.ConstructionProcedure)
        {
            List<DocumentBlock> body =
            [
                new ParagraphBlock($"{letter.Addressee}：", firstLineIndent: false, ParagraphAlignment.Left),
                new ParagraphBlock($"本局{c.Policy.UnitNameInBureau}在对你单位{c.SiteName}（案件编号{c.Number}）的监督检查中发现以下问题，根据{LegalBasisOf(c.Department)}等有关规定，现予督办："),
                new FieldTableBlock(
                [
                    new FieldRow("督办事项", letter.Matter, 3),
                    new FieldRow("督办要求", letter.Requirement, 3),
                    new FieldRow("书面回复期限", $"请于{Date(letter.ReplyBy)}前将办理情况书面回复本局{c.Policy.UnitNameInBureau}。"),
                ]),
                new ParagraphBlock("逾期未依法履行建设程序的，本局将依法移交伊宁市城市管理局处置，并记入企业信用记录。"),
            ];
            return Notice(source, title, number, body, letter.IssuedOn, issue);
        }

        List<DocumentBlock> internalBody =
        [
            new ParagraphBlock($"{letter.Addressee}：", firstLineIndent: false, ParagraphAlignment.Left),
            new ParagraphBlock($"根据{SupervisionBasis}，经行政执法监督查明下列事项，现予督办："),
            new FieldTableBlock(
            [
                new FieldRow("案件编号", c.Number),
                new FieldRow("责任单位", source.Party.Name),
                new FieldRow("督办事项", letter.Matter, 3),
                new FieldRow("督办要求", letter.Requirement, 3),
                new FieldRow("书面回复期限", $"请于{Date(letter.ReplyBy)}前将办理情况及逾期原因书面报送。"),
                new FieldRow("督办人", letter.IssuedByName),
            ]),
        ];
        internalBody.Add(new SignatureBlock(IssuingBody, Date(letter.IssuedOn), sealPlaceholder: true));
        internalBody.Add(Qr(issue));
        return Finish(title, number, internalBody, issue, letter.IssuedOn);
    }

    private static SupervisionLetter LetterOf(CaseDocumentSource source, Guid? id) =>
        source.SupervisionLetters?.FirstOrDefault(l => l.Id == id && l.CaseId == source.Case.Id) ?? throw new Common.DomainException("该督办函不存在。");
}
