using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.CaseReview;

/// <summary>An archived case that may be drawn for review.</summary>
public sealed record ArchivedCaseRef(Guid CaseId, string Number, DepartmentCode Department, int Year, int Sequence, DateOnly ArchivedOn);

/// <summary>A department's share of the sample: the percentage asked for, how many files there were and how many were drawn.</summary>
public sealed record ReviewQuota(DepartmentCode Department, int Percent, int Population, int Drawn);

/// <summary>
/// The random sample of a 案卷评查: per department, ⌈population × percentage / 100⌉ files drawn by a partial
/// Fisher–Yates shuffle of the department's archived files in case-number order, driven by a SplitMix64 generator seeded
/// with the campaign's seed and the department. The generator is the project's own (not <see cref="Random"/>, whose
/// sequence .NET does not promise to keep), so the same seed over the same files draws the same sample anywhere, any year.
/// </summary>
public static class SampleDraw
{
    public static (IReadOnlyList<ArchivedCaseRef> Sample, IReadOnlyList<ReviewQuota> Quotas) Draw(
        IReadOnlyCollection<ArchivedCaseRef> population, IReadOnlyDictionary<DepartmentCode, int> percents, long seed)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(percents);
        var sample = new List<ArchivedCaseRef>();
        var quotas = new List<ReviewQuota>();
        foreach (var (department, percent) in percents.Where(p => p.Value > 0).OrderBy(p => p.Key))
        {
            var files = population.Where(c => c.Department == department).OrderBy(c => c.Year).ThenBy(c => c.Sequence).ToList();
            var size = SampleSize(files.Count, percent);
            var generator = new SplitMix64(unchecked(seed * 31 + (long)department));
            for (var i = 0; i < size; i++)
            {
                var j = i + generator.NextBelow(files.Count - i);
                (files[i], files[j]) = (files[j], files[i]);
            }

            sample.AddRange(files.Take(size).OrderBy(c => c.Year).ThenBy(c => c.Sequence));
            quotas.Add(new ReviewQuota(department, percent, files.Count, size));
        }

        return (sample, quotas);
    }

    /// <summary>⌈count × percent / 100⌉, at most <paramref name="count"/>.</summary>
    public static int SampleSize(int count, int percent) => Math.Min(count, (int)Math.Ceiling(count * Math.Clamp(percent, 0, 100) / 100m));

    /// <summary>SplitMix64 (Steele, Lea, Flood 2014): a small generator with a fixed, published sequence.</summary>
    private sealed class SplitMix64(long seed)
    {
        private ulong _state = unchecked((ulong)seed);

        public int NextBelow(int bound)
        {
            // Rejection keeps the choice uniform; bound is at least 1.
            var limit = ulong.MaxValue - (ulong.MaxValue % (ulong)bound);
            ulong value;
            do
            {
                value = Next();
            }
            while (value >= limit);
            return (int)(value % (ulong)bound);
        }

        private ulong Next()
        {
            unchecked
            {
                _state += 0x9E3779B97F4A7C15UL;
                var z = _state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }
    }
}
