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

        // A department-year published without any case record (人防 2025: supplementary figures only, 本年度未开展（无记录）)
        // keeps no case: a case in it would contradict what the bureau published. The living bureau starts after it.
        var publishedYears = await db.Set<StatisticsPublication>().Select(p => new { p.Department, p.Year }).Distinct().ToListAsync(Ct);
        var publishedWithoutRecords = new HashSet<(DepartmentCode, int)>();
        foreach (var p in publishedYears)
        {
            if (!await db.Cases.AnyAsync(c => c.Department == p.Department && c.OpenedOn.Year == p.Year, Ct))
            {
                publishedWithoutRecords.Add((p.Department, p.Year));
            }
        }

        publishedWithoutRecords.ShouldBe([(DepartmentCode.CivilAirDefense, 2025)]);
        for (var month = first; month <= today; month = month.AddMonths(1))
        {
            var inMonth = opened.Where(c => c.OpenedOn.Year == month.Year && c.OpenedOn.Month == month.Month).ToList();
            // Every department works in every month: the living bureau fills the months after a department's published
            // year, and the published year's own records fill the months inside it.
            foreach (var department in Enum.GetValues<DepartmentCode>().Where(d => !publishedWithoutRecords.Contains((d, month.Year))))
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

        // The figures counted from the records (at the cut-off and today) and the published figures are those of the demo without the living bureau.
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

            var publishedWith = await withLiving.Set<StatisticsPublication>().Where(p => p.Department == department && p.Year == year).OrderBy(p => p.Version).ToListAsync(Ct);
            var publishedWithout = await without.Set<StatisticsPublication>().Where(p => p.Department == department && p.Year == year).OrderBy(p => p.Version).ToListAsync(Ct);
            publishedWith.SelectMany(p => p.Figures.Indicators.Select(i => $"{p.Version}:{i.Code}:{i.Name}={i.Value}"))
                .ShouldBe(publishedWithout.SelectMany(p => p.Figures.Indicators.Select(i => $"{p.Version}:{i.Code}:{i.Name}={i.Value}")), $"{department} {year}: the published figures");
        }
    }
}
