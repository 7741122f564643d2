using System.Globalization;

namespace EnforcementPortal.Domain.Staff;

/// <summary>
/// 法制审核人员原则上不少于本单位执法人员总数5% (建法〔2025〕40号 (十三)): the bureau's active legal reviewers against its
/// active officers (执法人员 and 科长/站长), counted from the accounts.
/// </summary>
public sealed record LegalReviewerRatio(int LegalReviewers, int Officers)
{
    /// <summary>The minimum share, in per cent.</summary>
    public const decimal MinimumPercent = 5m;

    /// <summary>The share in per cent, one decimal; null when there are no officers to count against.</summary>
    public decimal? Percent => Officers == 0 ? null : Math.Round(100m * LegalReviewers / Officers, 1, MidpointRounding.AwayFromZero);

    /// <summary>Below 5% (or no legal reviewer at all while there are officers).</summary>
    public bool IsBelowMinimum => Officers > 0 && 100m * LegalReviewers < MinimumPercent * Officers;

    /// <summary>How many reviewers the bureau needs at least for its officers.</summary>
    public int Required => (int)Math.Ceiling(MinimumPercent * Officers / 100m);

    public string Describe() => Percent is { } percent
        ? string.Create(CultureInfo.InvariantCulture, $"法制审核人员{LegalReviewers}人，执法人员{Officers}人，占比{percent:0.0}%")
        : $"法制审核人员{LegalReviewers}人，暂无执法人员";

    public static LegalReviewerRatio Count(IEnumerable<string> activeRoles)
    {
        ArgumentNullException.ThrowIfNull(activeRoles);
        var roles = activeRoles.ToList();
        return new LegalReviewerRatio(
            roles.Count(r => r == StaffRoles.LegalReviewer),
            roles.Count(r => r is StaffRoles.Officer or StaffRoles.SectionChief));
    }
}
