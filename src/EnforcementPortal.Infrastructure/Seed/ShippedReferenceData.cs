using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Infrastructure.Calendar;
using EnforcementPortal.Infrastructure.PenaltyMatters;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Seed;

/// <summary>What <see cref="ShippedReferenceData.ImportAsync"/> added.</summary>
public sealed record ReferenceDataSeedResult(int CalendarDaysAdded, IReadOnlyList<int> CalendarYearsAdded, int PenaltyMattersAdded);

/// <summary>
/// Imports the reference data shipped in the assembly (holiday arrangements, the penalty-matter list) into a fresh or
/// older database. Safe to run at every start: it never overwrites what an administrator has edited.
/// </summary>
public static class ShippedReferenceData
{
    /// <summary>
    /// Adds each shipped year of the holiday arrangement that has no day in the database yet (a year the administrator
    /// already keeps is left alone), and the penalty matters when the table is empty. Saves once.
    /// </summary>
    /// <remarks>Call <see cref="IWorkingDayCalendarProvider.Invalidate"/> afterwards if a calendar may be cached.</remarks>
    public static async Task<ReferenceDataSeedResult> ImportAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        var storedDates = await db.Set<CalendarDay>().Select(d => d.Date).ToListAsync(cancellationToken).ConfigureAwait(false);
        var storedYears = storedDates.Select(d => d.Year).ToHashSet();
        var newDays = HolidayCalendarJsonReader.ReadEmbeddedSeed().Where(d => !storedYears.Contains(d.Year)).ToList();
        db.Set<CalendarDay>().AddRange(newDays);

        var mattersAdded = 0;
        if (!await db.Set<PenaltyMatter>().AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            // The 78 matters of seed 004 are another region's published list (real estate and property management):
            // an example catalogue for 房产科, marked as such, until the bureau enters its own.
            var matters = PenaltyMatterSeedParser.ParseEmbeddedSeed();
            foreach (var matter in matters)
            {
                matter.Classify([DepartmentCode.Housing], null, null).MarkAsExample();
            }

            db.Set<PenaltyMatter>().AddRange(matters);
            mattersAdded = matters.Count;
        }

        var names = await db.Set<PenaltyMatter>().Select(m => m.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var last = mattersAdded > 0 ? mattersAdded : await db.Set<PenaltyMatter>().MaxAsync(m => (int?)m.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;
        var national = NationalPenaltyMatters.ParseEmbeddedSeed(last + 1).Where(m => !names.Contains(m.Name)).ToList();
        db.Set<PenaltyMatter>().AddRange(national);
        mattersAdded += national.Count;

        if (newDays.Count > 0 || mattersAdded > 0)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return new ReferenceDataSeedResult(
            newDays.Count,
            [.. newDays.Select(d => d.Year).Distinct().Order()],
            mattersAdded);
    }
}
