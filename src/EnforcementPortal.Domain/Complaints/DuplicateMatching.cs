using System.Globalization;
using System.Text;

namespace EnforcementPortal.Domain.Complaints;

/// <summary>What duplicate matching compares of a complaint: the party, the site and the complainant's keyed phone hash.</summary>
public sealed record DuplicateKey(Guid ComplaintId, string PartyKey, string SiteKey, string? PhoneHash, DateOnly ReceivedOn);

/// <summary>
/// 重复投诉: an earlier complaint about the same party or the same site (or from the same phone) received within the
/// configured window is shown to the dispatcher beside the new one. Names and addresses are compared after
/// normalisation (full-width to half-width, case, blanks and punctuation removed).
/// </summary>
public static class DuplicateMatching
{
    public const int DefaultWindowDays = 90;

    /// <summary>Full-width to half-width, lower case, and only letters and digits kept (CJK included).</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var result = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>Whether <paramref name="earlier"/> is a duplicate candidate of <paramref name="complaint"/>.</summary>
    public static bool IsCandidate(DuplicateKey complaint, DuplicateKey earlier, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(earlier);
        if (earlier.ComplaintId == complaint.ComplaintId)
        {
            return false;
        }

        var daysApart = Math.Abs(complaint.ReceivedOn.DayNumber - earlier.ReceivedOn.DayNumber);
        if (daysApart > windowDays)
        {
            return false;
        }

        return Same(complaint.PartyKey, earlier.PartyKey)
            || Same(complaint.SiteKey, earlier.SiteKey)
            || (complaint.PhoneHash is not null && complaint.PhoneHash == earlier.PhoneHash);
    }

    /// <summary>The candidates among <paramref name="others"/>, the most recent first.</summary>
    public static IReadOnlyList<DuplicateKey> CandidatesFor(DuplicateKey complaint, IEnumerable<DuplicateKey> others, int windowDays) =>
        [.. others.Where(o => IsCandidate(complaint, o, windowDays)).OrderByDescending(o => o.ReceivedOn)];

    private static bool Same(string a, string b) => a.Length > 0 && a == b;
}
