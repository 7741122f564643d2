using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Statistics;

/// <summary>Computes a department's annual figures (preview) and publishes them as a frozen snapshot.</summary>
public sealed class StatisticsPublishing(AppDbContext db, AnnualStatisticsQueries queries)
{
    /// <summary>The figures as they would be published with the given cut-off date.</summary>
    public async Task<StatisticsSnapshot> PreviewAsync(DepartmentCode department, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var counts = await queries.CountAsync(department, year, asOf, cancellationToken);
        var supplementary = await db.Set<SupplementaryIndicator>().AsNoTracking()
            .Where(s => s.Department == department && s.Year == year)
            .ToListAsync(cancellationToken);
        return AnnualStatistics.Build(department, year, asOf, counts, supplementary);
    }

    /// <summary>Computes the figures as of <paramref name="at"/> and publishes them as the year's next version.</summary>
    public async Task<StatisticsPublication> PublishAsync(DepartmentCode department, int year, string? correctionNote, Actor actor, DateTime at, CancellationToken cancellationToken)
    {
        var snapshot = await PreviewAsync(department, year, DateOnly.FromDateTime(at), cancellationToken);
        var latest = await LatestVersionAsync(department, year, cancellationToken);
        var publication = StatisticsPublication.Publish(snapshot, latest, correctionNote, actor, at);
        db.Add(publication);
        await db.SaveChangesAsync(cancellationToken);
        return publication;
    }

    public Task<int?> LatestVersionAsync(DepartmentCode department, int year, CancellationToken cancellationToken) =>
        db.Set<StatisticsPublication>()
            .Where(p => p.Department == department && p.Year == year)
            .MaxAsync(p => (int?)p.Version, cancellationToken);
}
