namespace EnforcementPortal.Domain.PenaltyMatters;

/// <summary>
/// An article of a law or regulation cited by a penalty matter, e.g. 《中华人民共和国城市房地产管理法》第六十八条.
/// </summary>
/// <param name="LawTitle">The title without book-title marks: 中华人民共和国城市房地产管理法.</param>
/// <param name="Article">The article: 第六十八条.</param>
/// <param name="Clause">The paragraph of the article when the basis names one (第一款), otherwise <c>null</c>.</param>
public sealed record LegalProvision(string LawTitle, string Article, string? Clause = null)
{
    public const int LawTitleMaxLength = 200;
    public const int ArticleMaxLength = 30;
    public const int ClauseMaxLength = 20;

    /// <summary>The citation as printed in documents: 《中华人民共和国城市房地产管理法》第四十五条第一款.</summary>
    public string Citation => $"《{LawTitle}》{Article}{Clause}";

    public override string ToString() => Citation;
}
