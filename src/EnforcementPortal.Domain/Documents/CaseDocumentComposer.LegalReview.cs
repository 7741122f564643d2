using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Documents.Layout;

namespace EnforcementPortal.Domain.Documents;

/// <summary>法制审核意见书: one per recorded legal-review opinion (建法〔2025〕40号 (十三)).</summary>
public static partial class CaseDocumentComposer
{
    /// <summary>The penalty matters a review looked at: those the transfer cites, or those the findings are linked to.</summary>
    public static IReadOnlyList<int> PenaltyMattersReviewed(EnforcementCase enforcementCase, Guid? reviewId)
    {
        ArgumentNullException.ThrowIfNull(enforcementCase);
        var review = enforcementCase.LegalReviews.FirstOrDefault(r => r.Id == reviewId);
        if (review is null)
        {
            return [];
        }

        return review.TransferId is { } transferId
            ? enforcementCase.Transfers.FirstOrDefault(t => t.Id == transferId)?.PenaltyMatterIds ?? []
            : [.. enforcementCase.Findings.Where(f => f.PenaltyMatterId is not null).Select(f => f.PenaltyMatterId!.Value).Distinct()];
    }

    /// <summary>法制审核意见书: the matter reviewed, the decision proposed, the opinion and its reasons, the reviewer and the date.</summary>
    public static DocumentDefinition LegalReviewOpinion(CaseDocumentSource source, LegalReview review, DocumentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(issue);
        var c = source.Case;
        var transfer = c.Transfers.FirstOrDefault(t => t.Id == review.TransferId);
        var proposed = transfer is null
            ? $"责任单位经复查整改到位，{c.Policy.UnitName}拟结案归档，不移交行政处罚"
            : $"移交{transfer.ReceivingBureau}依法处置（{transfer.RequestedByName}于{Date(DateOnly.FromDateTime(transfer.RequestedAt))}提请）";
        var matters = source.PenaltyMatters.Count == 0
            ? "（无）"
            : string.Join("\n", source.PenaltyMatters.Select((m, i) => $"{i + 1}. {m.Name}\n依据：{m.LegalBasis}"));
        List<DocumentBlock> body =
        [
            new FieldTableBlock(
            [
                FieldRow.Pair("案件编号", c.Number, "承办部门", c.Policy.UnitName),
                new FieldRow("当事人", source.Party.Name),
                new FieldRow("案由", $"{c.SiteName}{c.Policy.DeterminationLabel(c.Determination)}"),
                new FieldRow("审核事项", LegalReview.NameOf(review.Subject)),
                new FieldRow("拟作出的决定", proposed, 2),
                new FieldRow("涉及的行政处罚事项及依据", matters, 2),
                new FieldRow("审核意见", LegalReview.NameOf(review.Opinion, review.Subject)),
                new FieldRow("理由", review.Reasons, 4),
                FieldRow.Pair("法制审核人员", review.ReviewerName, "审核日期", Date(review.ReviewedOn)),
            ]),
            new ParagraphBlock("依据《住房城乡建设部关于提升住房城乡建设行政执法质量的指导意见》（建法〔2025〕40号）（九）、（十三），重大执法决定作出前须经法制审核；对应当给予行政处罚的行为，不得仅以责令改正、限期整改等代替行政处罚。"),
            new SignatureBlock(IssuingBody, Date(review.ReviewedOn), sealPlaceholder: true, [new SignatureLine("法制审核人员")]),
            Qr(issue),
        ];
        return Finish("法制审核意见书", issue.Number?.ToString(), body, issue, review.ReviewedOn);
    }

    private static IEnumerable<AvailableDocument> LegalReviewOpinions(EnforcementCase c) =>
        c.LegalReviews.Select(r => new AvailableDocument(
            EnforcementDocumentKind.LegalReviewOpinion,
            r.Id,
            "法制审核意见书",
            null,
            $"{LegalReview.NameOf(r.Subject)}：{LegalReview.NameOf(r.Opinion, r.Subject)}（{r.ReviewerName}，{Date(r.ReviewedOn)}）"));

    private static LegalReview LegalReviewOf(EnforcementCase c, Guid? id) =>
        c.LegalReviews.FirstOrDefault(r => r.Id == id) ?? throw new Common.DomainException("该法制审核意见不存在。");
}
