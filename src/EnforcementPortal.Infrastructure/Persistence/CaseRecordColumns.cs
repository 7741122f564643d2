using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnforcementPortal.Infrastructure.Persistence;

/// <summary>
/// Copies of the case's fixed facts on the rows of its dated records (inspections, findings, notices, interviews,
/// transfers, legal reviews), so the annual statistics read a department's year from one index of each record table
/// instead of joining every case of the department's history (docs/benchmarks.md, "Annual statistics"). They are shadow
/// properties: the domain does not see them. <see cref="Stamp"/> writes them in <see cref="AppDbContext.SaveChanges(bool)"/>,
/// in the same transaction as the step that adds the record; what they copy is set when the case is opened and never
/// changes (department, trigger, party, site name), or is the record's own inspection's time (a finding), the year of
/// the inspection's own start, or the day a notice's loop closed (computed from the case's reviews and transfers).
/// </summary>
internal static class CaseRecordColumns
{
    public const string Department = "Department";
    public const string Trigger = "Trigger";
    public const string PartyId = "PartyId";
    public const string SiteName = "SiteName";

    /// <summary>On a finding: when its inspection started (the finding counts in that year).</summary>
    public const string InspectedAt = "InspectedAt";

    /// <summary>
    /// On an inspection: the year of its StartedAt, so the year's visits are one equality in the indexes led by
    /// (Department, StartedYear), and the distinct sites or parties of a year are read in index order without a sort.
    /// </summary>
    public const string StartedYear = "StartedYear";

    /// <summary>
    /// On a notice: the first day its loop counted as closed (<see cref="AnnualCounter.LoopClosedOn"/>), or null while it is
    /// open; the notice is closed by a cut-off date exactly when this day is on or before it. It depends on the case's
    /// reviews and transfers, so it is recomputed at every save of the case, in the transaction of the step that adds or
    /// changes one.
    /// </summary>
    public const string LoopClosedOn = "LoopClosedOn";

    /// <summary>The Department column and an index led by it and the record's date (then any covered columns).</summary>
    public static IndexBuilder ConfigureDepartment<T>(OwnedNavigationBuilder<EnforcementCase, T> record, params string[] indexed)
        where T : class
    {
        record.Property<DepartmentCode>(Department);
        return record.HasIndex([Department, .. indexed]);
    }

    /// <summary>Writes the copies on every record of the tracked cases whose copy is missing or differs.</summary>
    public static void Stamp(DbContext db)
    {
        // Materialized first: a copy written below moves its row from Unchanged to Modified, which would change the
        // tracker's collections under a lazy enumeration ("Collection was modified" when a step closes a notice's loop).
        foreach (var entry in db.ChangeTracker.Entries<EnforcementCase>().ToList())
        {
            if (entry.State is EntityState.Detached or EntityState.Deleted)
            {
                continue;
            }

            var c = entry.Entity;
            foreach (var inspection in c.Inspections)
            {
                var row = db.Entry(inspection);
                Set(row, Department, c.Department);
                Set(row, Trigger, c.Trigger);
                Set(row, PartyId, c.PartyId);
                Set(row, SiteName, c.SiteName);
                Set(row, StartedYear, inspection.StartedAt.Year);
            }

            foreach (var finding in c.Findings)
            {
                var row = db.Entry(finding);
                Set(row, Department, c.Department);
                if (c.Inspections.FirstOrDefault(i => i.Id == finding.InspectionId) is { } inspection)
                {
                    Set(row, InspectedAt, inspection.StartedAt);
                }
            }

            foreach (var notice in c.Notices)
            {
                Set(db.Entry(notice), LoopClosedOn, AnnualCounter.LoopClosedOn(c, notice));
            }

            foreach (var record in c.Notices.Cast<object>().Concat(c.Interviews).Concat(c.Transfers).Concat(c.LegalReviews))
            {
                Set(db.Entry(record), Department, c.Department);
            }
        }
    }

    private static void Set<T>(EntityEntry row, string column, T value)
    {
        var property = row.Property(column);
        if (!Equals(property.CurrentValue, value))
        {
            property.CurrentValue = value;
        }
    }
}
