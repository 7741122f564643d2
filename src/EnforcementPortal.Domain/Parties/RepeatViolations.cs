using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Parties;

/// <summary>One finding of a party, as repeat detection reads it; <see cref="ItemCode"/> is the checklist item it was made from, if any.</summary>
public sealed record PartyFinding(Guid CaseId, string CaseNumber, DepartmentCode Department, DateOnly FoundOn, int Number, string Description, FindingSeverity Severity, string? ItemCode = null);

/// <summary>A finding that repeats an earlier one of the same kind within the window.</summary>
public sealed record RepeatMatch(PartyFinding Finding, PartyFinding Earlier);

/// <summary>
/// 同类问题重复发生: a finding repeats an earlier finding of the same party, found at most <c>windowDays</c> days before,
/// when both were made from the same checklist item code (whichever department inspected), or when both were found by
/// the same department (its line of business) and their descriptions are of the same kind — they share at least
/// <see cref="SimilarityThreshold"/> of their character pairs (Jaccard over bigrams, after dropping punctuation, digits
/// and spaces). <see cref="SameKind"/> is the one place that decides it.
/// </summary>
public static class RepeatViolations
{
    public const int DefaultWindowDays = 365;
    public const double SimilarityThreshold = 0.4;

    public static bool SameKind(PartyFinding a, PartyFinding b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (SameItem(a, b))
        {
            return true;
        }

        if (a.Department != b.Department)
        {
            return false;
        }

        var x = Bigrams(a.Description);
        var y = Bigrams(b.Description);
        if (x.Count == 0 || y.Count == 0)
        {
            return false;
        }

        var shared = x.Intersect(y).Count();
        return (double)shared / x.Union(y).Count() >= SimilarityThreshold;
    }

    /// <summary>Both findings were made from the same checklist item (by its code), in any department.</summary>
    public static bool SameItem(PartyFinding a, PartyFinding b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return !string.IsNullOrWhiteSpace(a.ItemCode) && string.Equals(a.ItemCode, b.ItemCode, StringComparison.Ordinal);
    }

    /// <summary>For each finding, the latest earlier finding of the same kind within the window (of another case), if any.</summary>
    public static IReadOnlyList<RepeatMatch> Find(IReadOnlyCollection<PartyFinding> findings, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowDays);
        var result = new List<RepeatMatch>();
        foreach (var f in findings)
        {
            var earlier = findings
                .Where(e => e.CaseId != f.CaseId && e.FoundOn < f.FoundOn && f.FoundOn.DayNumber - e.FoundOn.DayNumber <= windowDays && SameKind(f, e))
                .OrderByDescending(e => e.FoundOn)
                .FirstOrDefault();
            if (earlier is not null)
            {
                result.Add(new RepeatMatch(f, earlier));
            }
        }

        return result;
    }

    private static HashSet<string> Bigrams(string text)
    {
        var letters = text.Where(ch => char.IsLetter(ch)).ToArray();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            set.Add(new string(letters, i, 2));
        }

        return set;
    }
}
