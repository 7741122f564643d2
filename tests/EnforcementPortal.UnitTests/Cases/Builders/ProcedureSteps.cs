namespace EnforcementPortal.UnitTests.Cases.Builders;

/// <summary>The words of a procedure as 《伊宁市住建局 执法流程与办事指南》 writes them, each bound to a step of <see cref="CaseScenario"/>.</summary>
internal static class ProcedureSteps
{
    public const string Separator = " → ";

    private static readonly Dictionary<string, Action<CaseScenario>> Steps = new(StringComparer.Ordinal)
    {
        ["下发整改通知书"] = s => s.IssueNotice(),
        ["同步下发整改通知书"] = s => s.IssueNotice(),
        ["整改回复"] = s => s.Reply(),
        ["逾期未回复"] = s => s.NoReply(),
        ["复查：整改到位"] = s => s.ReviewPassed(),
        ["复查：整改未到位"] = s => s.ReviewFailed(),
        ["复查：部分到位"] = s => s.ReviewFailed(rectifiedItems: 1),
        ["复查：不配合"] = s => s.ReviewNotCooperating(),
        ["约谈：配合整改"] = s => s.InterviewCooperative(),
        ["约谈：仍不配合"] = s => s.InterviewRefused(),
        ["提请移交"] = s => s.RequestTransfer(),
        ["退回移交"] = s => s.ReturnTransfer(),
        ["法制审核：同意"] = s => s.LegalReviewAgreed(),
        ["法制审核：退回补充"] = s => s.LegalReview(EnforcementPortal.Domain.Cases.LegalReviewOpinion.ReturnedForSupplement),
        ["法制审核：不同意"] = s => s.LegalReview(EnforcementPortal.Domain.Cases.LegalReviewOpinion.Disagreed),
        ["批准移交"] = s => s.ApproveTransfer(),
        ["立案"] = s => s.FilingAccepted(),
        ["不予立案"] = s => s.FilingDeclined(),
        ["处置结果"] = s => s.Disposal(),
        ["归档"] = s => s.Archive(),
    };

    public static IEnumerable<Action<CaseScenario>> Parse(string procedure)
    {
        if (string.IsNullOrWhiteSpace(procedure))
        {
            return [];
        }

        return procedure.Split(Separator, StringSplitOptions.TrimEntries)
            .Select(word => Steps.TryGetValue(word, out var step)
                ? step
                : throw new ArgumentException($"Unknown procedure step '{word}'. Known: {string.Join("、", Steps.Keys)}", nameof(procedure)))
            .ToList();
    }
}
