using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Queries;

/// <summary>A published department-year: its latest version.</summary>
public sealed record PublishedYear(DepartmentCode Department, int Year, int Version, DateTime PublishedAt);

/// <summary>An officer as disclosed (执法人员公示): no phone, no login name.</summary>
public sealed record DisclosedOfficer(string Name, DepartmentCode? Department, string CertificateNumber, string IssuingAuthority, DateOnly ValidFrom, DateOnly ValidTo);

/// <summary>
/// Everything the anonymous public pages read. The public never reaches a case record: annual figures come from
/// the frozen <see cref="StatisticsPublication"/> rows (so a year that was never published simply does not exist here),
/// officers from the staff register (name, department, certificate only), and the penalty-matter catalogue.
/// </summary>
public sealed class PublicDisclosureQueries(AppDbContext db)
{
    public async Task<IReadOnlyList<PublishedYear>> PublishedYearsAsync(CancellationToken cancellationToken)
    {
        // A handful of rows (one per department-year and version); the frozen figures are not loaded.
        var rows = await db.Set<StatisticsPublication>().AsNoTracking()
            .Select(p => new PublishedYear(p.Department, p.Year, p.Version, p.PublishedAt))
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(p => (p.Department, p.Year)).Select(g => g.MaxBy(p => p.Version)!).OrderByDescending(p => p.Year).ThenBy(p => p.Department)];
    }

    /// <summary>Every version of a department's year, newest first; empty when the year was never published.</summary>
    public async Task<IReadOnlyList<StatisticsPublication>> VersionsAsync(DepartmentCode department, int year, CancellationToken cancellationToken) =>
        await db.Set<StatisticsPublication>().AsNoTracking()
            .Where(p => p.Department == department && p.Year == year)
            .OrderByDescending(p => p.Version)
            .ToListAsync(cancellationToken);

    /// <summary>The latest version of each published year of a department, oldest year first.</summary>
    public async Task<IReadOnlyList<StatisticsPublication>> LatestOfDepartmentAsync(DepartmentCode department, CancellationToken cancellationToken)
    {
        var all = await db.Set<StatisticsPublication>().AsNoTracking().Where(p => p.Department == department).ToListAsync(cancellationToken);
        return [.. all.GroupBy(p => p.Year).Select(g => g.MaxBy(p => p.Version)!).OrderBy(p => p.Year)];
    }

    /// <summary>The latest version of each department published for a year.</summary>
    public async Task<IReadOnlyList<StatisticsPublication>> LatestOfYearAsync(int year, CancellationToken cancellationToken)
    {
        var all = await db.Set<StatisticsPublication>().AsNoTracking().Where(p => p.Year == year).ToListAsync(cancellationToken);
        return [.. all.GroupBy(p => p.Department).Select(g => g.MaxBy(p => p.Version)!).OrderBy(p => p.Department)];
    }

    /// <summary>The departments in the order of <paramref name="order"/> (one query).</summary>
    public async Task<IReadOnlyList<Department>> DepartmentsAsync(IReadOnlyList<DepartmentCode> order, CancellationToken cancellationToken)
    {
        var all = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
        return [.. order.Select(code => all.FirstOrDefault(d => d.Code == code)).OfType<Department>()];
    }

    public Task<int> PenaltyMatterCountAsync(CancellationToken cancellationToken) => db.PenaltyMatters.CountAsync(cancellationToken);

    public Task<Department?> DepartmentAsync(DepartmentCode department, CancellationToken cancellationToken) =>
        db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Code == department, cancellationToken);

    /// <summary>执法人员公示: active staff whose certificate is valid today, by department and name.</summary>
    public async Task<IReadOnlyList<DisclosedOfficer>> CertifiedOfficersAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Certificate != null && u.Certificate.Status == Domain.Staff.CertificateStatus.Valid && u.Certificate.ValidFrom <= today && u.Certificate.ValidTo >= today)
            .Select(u => new DisclosedOfficer(u.FullName, u.Department, u.Certificate!.Number, u.Certificate.IssuingAuthority, u.Certificate.ValidFrom, u.Certificate.ValidTo))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(o => o.Department ?? (DepartmentCode)int.MaxValue).ThenBy(o => o.CertificateNumber, StringComparer.Ordinal)];
    }

    /// <summary>The penalty-matter catalogue, optionally filtered by a word of the name or of the legal basis.</summary>
    public async Task<IReadOnlyList<PenaltyMatter>> PenaltyMattersAsync(string? search, CancellationToken cancellationToken)
    {
        var matters = db.PenaltyMatters.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            matters = matters.Where(m => m.Name.Contains(term) || m.LegalBasis.Contains(term));
        }

        return await matters.OrderBy(m => m.Sequence).ToListAsync(cancellationToken);
    }

    public static string DepartmentName(DepartmentCode? department) =>
        department is { } d ? DepartmentPolicy.For(d).ShortName : "局法制审核";
}
