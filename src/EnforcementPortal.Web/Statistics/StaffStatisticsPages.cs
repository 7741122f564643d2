using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Infrastructure.Statistics;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Statistics;

/// <summary>The outcome of publishing a year: the publication, or the Chinese reason it was refused.</summary>
public sealed record PublishOutcome(StatisticsPublication? Publication, string? Refusal);

/// <summary>
/// The staff side of the annual statistics for the signed-in user: which department-years they see, the figures as
/// they would be published today, publishing them (with the check that nobody published a newer version meanwhile),
/// and the supplementary figures of a year.
/// </summary>
public sealed class StaffStatisticsPages(
    AppDbContext db,
    StatisticsPublishing publishing,
    PublicDisclosureQueries published,
    PublicStatisticsCache publicPages,
    Disclosure.PublicSiteSettingsStore site,
    CurrentUser user,
    IBureauClock clock,
    ComplaintStatisticsQueries complaints)
{
    /// <summary>Every department-year the user sees, from the first year with a case record to this year.</summary>
    public async Task<StaffStatisticsPage> OverviewAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var departments = StatisticsAccess.VisibleDepartments(user);
        var publications = await published.PublishedYearsAsync(cancellationToken);
        var entered = await db.Set<SupplementaryIndicator>().AsNoTracking()
            .GroupBy(s => new { s.Department, s.Year })
            .Select(g => new { g.Key.Department, g.Key.Year, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var firstYear = Math.Min(await db.Cases.IgnoreQueryFilters().MinAsync(c => (int?)c.Year, cancellationToken) ?? today.Year, today.Year);
        var years = Enumerable.Range(firstYear, today.Year - firstYear + 1).Concat(publications.Select(p => p.Year)).Distinct().OrderDescending();
        var rows = (
            from year in years
            from department in departments
            select new StaffYearRow(
                department,
                year,
                publications.FirstOrDefault(p => p.Department == department && p.Year == year),
                entered.Where(e => e.Department == department && e.Year == year).Sum(e => e.Count),
                StatisticsAccess.CanPublish(user, department),
                StatisticsAccess.CanEnterSupplementary(user, department),
                year < today.Year)).ToList();
        return new StaffStatisticsPage(rows, user.IsInRole(StaffRoles.BureauLeader))
        {
            ComplaintYear = await complaints.CountAsync(null, new DateOnly(today.Year, 1, 1), new DateOnly(today.Year + 1, 1, 1), cancellationToken),
        };
    }

    /// <summary>The department-year the user may see (a known department, a year from the first to this one).</summary>
    public bool TryDepartment(string department, int year, out DepartmentCode code) =>
        Disclosure.DepartmentSlugs.TryParse(department, out code)
        && StatisticsAccess.CanView(user, code)
        && year >= SupplementaryIndicator.MinYear && year <= clock.Today.Year;

    public async Task<StatisticsPreviewPage> PreviewAsync(DepartmentCode code, int year, PublishForm? form, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var snapshot = await publishing.PreviewAsync(code, year, today, cancellationToken);
        var versions = await published.VersionsAsync(code, year, cancellationToken);
        var (groups, footnotes) = StatisticsTables.Annual(snapshot);
        var figures = new AnnualFiguresPage
        {
            Department = code,
            Year = year,
            Snapshot = snapshot,
            Groups = groups,
            Footnotes = footnotes,
            Chart = StatisticsTables.AnnualChart(snapshot),
            IsIllustrative = (await site.GetAsync(cancellationToken)).IsIllustrative(code, year),
        };
        form ??= new PublishForm { SeenVersion = versions.Count > 0 ? versions[0].Version : 0 };
        return new StatisticsPreviewPage(figures, versions, StatisticsAccess.CanPublish(user, code), year < today.Year, form);
    }

    /// <summary>Publishes the year as computed now, unless a newer version appeared since the form was shown.</summary>
    public async Task<PublishOutcome> PublishAsync(DepartmentCode code, int year, PublishForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var latest = await publishing.LatestVersionAsync(code, year, cancellationToken);
        if ((latest ?? 0) != form.SeenVersion)
        {
            return new PublishOutcome(null, "该年度数据已有新的发布版本，请查看最新版本后再操作。");
        }

        try
        {
            var publication = await publishing.PublishAsync(code, year, form.CorrectionNote, user.Actor, clock.Now, cancellationToken);
            await publicPages.EvictAsync();
            return new PublishOutcome(publication, null);
        }
        catch (DomainException ex)
        {
            return new PublishOutcome(null, ex.Message);
        }
        catch (DbUpdateException)
        {
            return new PublishOutcome(null, "该年度数据刚刚已由他人发布，请刷新页面查看最新版本。");
        }
    }

    /// <summary>The supplementary figures of the year, with the form (filled from the figure <paramref name="edit"/> when given).</summary>
    public async Task<SupplementaryPage> SupplementaryAsync(DepartmentCode code, int year, SupplementaryForm? form, Guid? edit, CancellationToken cancellationToken)
    {
        var indicators = await db.Set<SupplementaryIndicator>().AsNoTracking()
            .Where(s => s.Department == code && s.Year == year)
            .ToListAsync(cancellationToken);
        if (form is null)
        {
            form = new SupplementaryForm();
            if (edit is { } id && indicators.FirstOrDefault(s => s.Id == id) is { } existing)
            {
                form = new SupplementaryForm { Id = existing.Id, Group = existing.Group, Name = existing.Name, Value = existing.Value, Unit = existing.Unit, Remark = existing.Remark, SortOrder = existing.SortOrder };
            }
        }

        var isPublished = await db.Set<StatisticsPublication>().AnyAsync(p => p.Department == code && p.Year == year, cancellationToken);
        return new SupplementaryPage(code, year, [.. indicators.OrderBy(i => i.Group).ThenBy(i => i.SortOrder).ThenBy(i => i.Name, StringComparer.Ordinal)], isPublished, form);
    }
}
