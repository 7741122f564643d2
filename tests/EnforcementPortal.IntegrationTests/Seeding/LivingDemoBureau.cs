using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Seeding;
using EnforcementPortal.Infrastructure.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Seeding;

/// <summary>The demo with its living bureau switched on (the tests' other hosts leave it off to start fast).</summary>
public sealed class LivingBureauPortalFactory : PortalFactory
{
    public const int CasesPerYear = 600;

    // The living bureau is written at the demo's first start, so this host starts on an empty database.
    protected override bool StartsFromDemoTemplate => false;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Database:DemoCasesPerYear"] = CasesPerYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class LivingDemoBureau(LivingBureauPortalFactory living, PortalFactory plain) : IClassFixture<LivingBureauPortalFactory>, IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LooksLikeAWorkingBureauOnTheDayItStarts()
    {
        _ = living.Services;
        var today = living.Services.GetRequiredService<IBureauClock>().Today;
        var calendar = await living.Services.GetRequiredService<IWorkingDayCalendarProvider>().GetAsync(Ct);
        await using var db = living.CreateDbContext();
        var recent = await db.Cases.AsNoTracking().Where(c => c.OpenedOn > today.AddDays(-365))
            .Select(c => new { c.State, c.OpenedOn, c.OpenDeadline }).ToListAsync(Ct);

        recent.Count.ShouldBeGreaterThan(LivingBureauPortalFactory.CasesPerYear / 2);
        recent.Select(c => (c.OpenedOn.Year, c.OpenedOn.Month)).Distinct().Count().ShouldBeGreaterThanOrEqualTo(Math.Min(10, today.Month));
        var states = recent.Select(c => c.State).ToHashSet();
        foreach (var state in CaseLifecycle.ProcedureOrder.Where(s => s != CaseState.Inspected))
        {
            states.ShouldContain(state, $"the demo has a case in {CaseNames.Of(state)}");
        }

        var window = DeadlineWindow.On(today, calendar);
        recent.Count(c => window.Of(c.OpenDeadline) == DeadlineUrgency.Overdue).ShouldBeGreaterThan(0, "some cases are overdue (red)");
        recent.Count(c => window.Of(c.OpenDeadline) == DeadlineUrgency.DueSoon).ShouldBeGreaterThan(0, "some are due within 3 working days (yellow)");
        recent.Count(c => c.State is CaseState.Transferred or CaseState.AwaitingDisposal).ShouldBeGreaterThan(0, "transfers await feedback");
    }

    [Fact]
    public async Task CoversTwelveMonthsUpToTheDayItStarts()
    {
        _ = living.Services;
        var today = living.Services.GetRequiredService<IBureauClock>().Today;
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        await using var db = living.CreateDbContext();
        var opened = await db.Cases.AsNoTracking().Where(c => c.OpenedOn >= first && c.OpenedOn <= today)
            .Select(c => new { c.Department, c.OpenedOn }).ToListAsync(Ct);

        for (var month = first; month <= today; month = month.AddMonths(1))
        {
            var inMonth = opened.Where(c => c.OpenedOn.Year == month.Year && c.OpenedOn.Month == month.Month).ToList();
            // Every department works in every month: the living bureau fills the months after a department's published
            // year, and the published year's own records fill the months inside it.
            foreach (var department in Enum.GetValues<DepartmentCode>())
            {
                inMonth.Count(c => c.Department == department).ShouldBeGreaterThan(0, $"{department} {month:yyyy-MM}");
            }

            inMonth.Count.ShouldBeGreaterThan(10, $"the bureau works in {month:yyyy-MM}");
        }

        opened.Min(c => c.OpenedOn).ShouldBeLessThanOrEqualTo(first.AddDays(10), "the first of the twelve months is covered from its start");
        opened.Max(c => c.OpenedOn).ShouldBeGreaterThanOrEqualTo(today.AddDays(-3), "and the last up to the day the demo starts");
    }

    [Fact]
    public async Task LeavesThePublishedYearsAsTheyWere()
    {
        _ = living.Services;
        _ = plain.Services;
        foreach (var (department, year, _, _) in StatisticsDemoData.Publications)
        {
            await using var withLiving = living.CreateDbContext();
            await using var without = plain.CreateDbContext();
            var counted = await withLiving.Cases.CountAsync(c => c.Department == department && c.Year == year, Ct);
            counted.ShouldBe(await without.Cases.CountAsync(c => c.Department == department && c.Year == year, Ct), $"{department} {year}");
        }

        // The figures counted from the records, at the publication's cut-off and today, are the published ones.
        var today = living.Services.GetRequiredService<IBureauClock>().Today;
        foreach (var (department, year, at, _) in StatisticsDemoData.Publications)
        {
            await using var withLiving = living.CreateDbContext();
            await using var without = plain.CreateDbContext();
            foreach (var asOf in new[] { DateOnly.FromDateTime(at), today })
            {
                var recounted = await new AnnualStatisticsQueries(withLiving).CountAsync(department, year, asOf, Ct);
                recounted.ShouldBe(await new AnnualStatisticsQueries(without).CountAsync(department, year, asOf, Ct), $"{department} {year} as of {asOf}");
            }

            var published = await withLiving.Set<StatisticsPublication>().Where(p => p.Department == department && p.Year == year)
                .OrderByDescending(p => p.Version).FirstAsync(Ct);
            var recount = await new AnnualStatisticsQueries(withLiving).CountAsync(department, year, published.AsOf, Ct);
            var computed = AnnualIndicators.For(department).Count;
            AnnualStatistics.Build(department, year, published.AsOf, recount, []).Indicators.Take(computed).Select(i => $"{i.Code}={i.Value}")
                .ShouldBe(published.Figures.Indicators.Take(computed).Select(i => $"{i.Code}={i.Value}"), $"{department} {year}: the published figures are the records' figures");
        }
    }
}
