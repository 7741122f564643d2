using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Seeding;
using EnforcementPortal.Infrastructure.Statistics;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.UnitTests.Statistics;

/// <summary>The generated demo years reproduce the figures of 《伊宁市住建局 执法流程与办事指南》, computed in SQL exactly as in memory.</summary>
[Collection(StatisticsDatabaseCollection.Name)]
public sealed class StatisticsDemoYears(StatisticsDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<DepartmentCode, int> Years => new()
    {
        { DepartmentCode.Housing, 2025 },
        { DepartmentCode.ConstructionManagement, 2025 },
        { DepartmentCode.Safety, 2024 },
        { DepartmentCode.Quality, 2025 },
        { DepartmentCode.ConstructionManagement, 2024 },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public async Task ComputedFiguresEqualTheSeed(DepartmentCode department, int year)
    {
        var target = StatisticsDemoData.Targets.Single(t => t.Department == department && t.Year == year);
        await using var db = database.NewContext();

        var counts = await new AnnualStatisticsQueries(db).CountAsync(department, year, new DateOnly(year + 1, 1, 31), Ct);

        counts.SupervisedObjects.ShouldBe(target.SupervisedObjects);
        if (target.Inspections is { } inspections)
        {
            counts.Inspections.ShouldBe(inspections);
        }

        if (target.FirstInspections is { } first)
        {
            counts.FirstInspections.ShouldBe(first);
        }

        if (target.Findings is { } findings)
        {
            counts.Findings.ShouldBe(findings);
        }

        counts.SpecialCampaigns.ShouldBe(target.SpecialCampaigns);
        counts.Notices.ShouldBe(target.Notices);
        counts.NoticesClosed.ShouldBe(target.Notices, "every notice of a published year is closed (100%)");
        counts.Interviews.ShouldBe(target.Interviews);
        counts.Transferred.ShouldBe(target.Transferred);
        counts.TrackingCompleted.ShouldBe(target.Disposed);
    }

    [Fact]
    public async Task DatabaseAggregationAgreesWithTheDefinitionsInMemory()
    {
        await using var db = database.NewContext();
        var cases = await db.Cases.AsNoTracking().ToListAsync(Ct);
        var records = StatisticsRecords.From(cases);
        var queries = new AnnualStatisticsQueries(db);

        foreach (var department in Enum.GetValues<DepartmentCode>())
        {
            foreach (var year in new[] { 2024, 2025, 2026 })
            {
                foreach (var asOf in new[] { new DateOnly(year, 12, 31), new DateOnly(year + 1, 1, 12), new DateOnly(year + 1, 6, 30) })
                {
                    var sql = await queries.CountAsync(department, year, asOf, Ct);
                    var memory = AnnualCounter.Count(records, department, year, asOf);
                    sql.ShouldBe(memory, $"{department} {year} as of {asOf}");
                }
            }
        }
    }
}

/// <summary>The demo publications: one per department-year, 房产科 2025 corrected once.</summary>
[Collection(StatisticsDatabaseCollection.Name)]
public sealed class StatisticsDemoPublications(StatisticsDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryPublishedYearOfTheSeedAndTheYearBeforeOfConstructionIsPublished()
    {
        await using var db = database.NewContext();

        var published = await db.Set<StatisticsPublication>().Select(p => new { p.Department, p.Year, p.Version }).ToListAsync(Ct);

        published.Select(p => (p.Department, p.Year)).Distinct().OrderBy(p => p.Department).ThenBy(p => p.Year).ShouldBe(
        [
            (DepartmentCode.Housing, 2025),
            (DepartmentCode.ConstructionManagement, 2024),
            (DepartmentCode.ConstructionManagement, 2025),
            (DepartmentCode.CivilAirDefense, 2025),
            (DepartmentCode.Safety, 2024),
            (DepartmentCode.Quality, 2025),
        ]);
        published.Count(p => p.Department == DepartmentCode.Housing).ShouldBe(2);
    }

    [Fact]
    public async Task HousingCorrectionAddsTheDisposalReportedInJanuary()
    {
        await using var db = database.NewContext();
        var versions = await db.Set<StatisticsPublication>().Where(p => p.Department == DepartmentCode.Housing).OrderBy(p => p.Version).ToListAsync(Ct);

        var first = versions[0].ReadSnapshot();
        var corrected = versions[1].ReadSnapshot();

        first.Find(IndicatorCode.TrackingCompleted)!.Value.ShouldBe(7);
        corrected.Find(IndicatorCode.TrackingCompleted)!.Value.ShouldBe(8);
        versions[0].CorrectionNote.ShouldBeNull();
        versions[1].CorrectionNote.ShouldBe(StatisticsDemoData.CorrectionNote);
        first.Find(IndicatorCode.ClosedLoopRate)!.Value.ShouldBe(100m, "the December notice was rectified on 6 January, before the first publication");
    }

    [Fact]
    public async Task HousingDecemberNoticeIsOpenAtTheEndOfTheYearAndClosedInJanuary()
    {
        await using var db = database.NewContext();
        var queries = new AnnualStatisticsQueries(db);

        var atYearEnd = await queries.CountAsync(DepartmentCode.Housing, 2025, new DateOnly(2025, 12, 31), Ct);
        var inJanuary = await queries.CountAsync(DepartmentCode.Housing, 2025, new DateOnly(2026, 1, 12), Ct);

        atYearEnd.NoticesClosed.ShouldBe(25);
        inJanuary.NoticesClosed.ShouldBe(26);
    }

    [Fact]
    public async Task ConstructionManagementShowsTheTrueTrackingRateNotTheRoundedSeventyPercent()
    {
        await using var db = database.NewContext();
        var publication = await db.Set<StatisticsPublication>().SingleAsync(p => p.Department == DepartmentCode.ConstructionManagement && p.Year == 2025, Ct);

        var rate = publication.ReadSnapshot().Find(IndicatorCode.TrackingCompletionRate)!;

        rate.Value.ShouldBe(68.8m);
        rate.RateBasis.ShouldBe("11/16");
    }

    [Fact]
    public async Task SupplementaryFiguresAreFrozenWithTheirUnits()
    {
        await using var db = database.NewContext();
        var publication = await db.Set<StatisticsPublication>().SingleAsync(p => p.Department == DepartmentCode.CivilAirDefense, Ct);

        var figures = publication.ReadSnapshot().Indicators.Where(i => i.Source == IndicatorSource.Supplementary).Select(i => i.DisplayWithUnit).ToList();

        figures.ShouldBe(["56 个", "4328.37 万元", "4189.58 万元", "16 个", "80128.22 平方米"]);
    }
}
