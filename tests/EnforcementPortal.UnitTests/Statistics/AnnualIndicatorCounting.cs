using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using static EnforcementPortal.UnitTests.Statistics.StatisticsRecordsBuilder;

namespace EnforcementPortal.UnitTests.Statistics;

/// <summary>监督对象: distinct parties for 房产科 (家), distinct projects for the construction departments (个).</summary>
public sealed class SupervisedObjectsIndicator
{
    private static readonly DateOnly AsOf = Day(2026, 1, 31);

    [Fact]
    public void HousingCountsAPartyVisitedTwiceOnce()
    {
        var records = new StatisticsRecordsBuilder();
        var party = Guid.NewGuid();
        records.Case(DepartmentCode.Housing, Day(2025, 3, 3), party);
        records.Case(DepartmentCode.Housing, Day(2025, 9, 9), party);
        records.Case(DepartmentCode.Housing, Day(2025, 9, 10));

        AnnualCounter.Count(records.Build(), DepartmentCode.Housing, 2025, AsOf).SupervisedObjects.ShouldBe(2);
    }

    [Fact]
    public void APartyVisitedOnlyByAReviewInTheYearIsSupervisedThatYear()
    {
        var records = new StatisticsRecordsBuilder();
        records.Case(DepartmentCode.Housing, Day(2024, 12, 20)).Notice(Day(2024, 12, 21)).Review(Day(2025, 1, 8), ReviewOutcome.Rectified);

        AnnualCounter.Count(records.Build(), DepartmentCode.Housing, 2025, AsOf).SupervisedObjects.ShouldBe(1);
        AnnualCounter.Count(records.Build(), DepartmentCode.Housing, 2024, AsOf).SupervisedObjects.ShouldBe(1);
    }

    [Fact]
    public void ConstructionDepartmentsCountDistinctProjectsNotParties()
    {
        var records = new StatisticsRecordsBuilder();
        var contractor = Guid.NewGuid();
        records.Case(DepartmentCode.Safety, Day(2024, 5, 6), contractor, "伊宁市城北片区住宅小区一期项目");
        records.Case(DepartmentCode.Safety, Day(2024, 6, 6), contractor, "伊宁市城南片区幼儿园项目");
        records.Case(DepartmentCode.Safety, Day(2024, 7, 8), Guid.NewGuid(), " 伊宁市城北片区住宅小区一期项目 ");

        var counts = AnnualCounter.Count(records.Build(), DepartmentCode.Safety, 2024, AsOf);

        counts.SupervisedObjects.ShouldBe(2);
        AnnualIndicators.For(DepartmentCode.Safety)[0].Unit.ShouldBe("个");
        AnnualIndicators.For(DepartmentCode.Housing)[0].Unit.ShouldBe("家");
    }

    [Fact]
    public void APartyInspectedByTwoDepartmentsCountsInEachDepartment()
    {
        var records = new StatisticsRecordsBuilder();
        var developer = Guid.NewGuid();
        records.Case(DepartmentCode.Housing, Day(2025, 4, 1), developer, "金源·锦绣华府售楼中心");
        records.Case(DepartmentCode.CivilAirDefense, Day(2025, 4, 2), developer, "金源·锦绣华府地下人防工程");
        var built = records.Build();

        AnnualCounter.Count(built, DepartmentCode.Housing, 2025, AsOf).SupervisedObjects.ShouldBe(1);
        AnnualCounter.Count(built, DepartmentCode.CivilAirDefense, 2025, AsOf).SupervisedObjects.ShouldBe(1);
    }

    [Fact]
    public void TheBureauWideCountHasNoObjectFigureButAddsTheVisits()
    {
        var records = new StatisticsRecordsBuilder();
        var developer = Guid.NewGuid();
        records.Case(DepartmentCode.Housing, Day(2025, 4, 1), developer);
        records.Case(DepartmentCode.Quality, Day(2025, 4, 2), developer);

        var bureau = AnnualCounter.Count(records.Build(), null, 2025, AsOf);

        bureau.SupervisedObjects.ShouldBeNull("家 and 个项目 cannot be added, and one party may be inspected by several departments");
        bureau.Inspections.ShouldBe(2);
    }
}

/// <summary>开展监督检查: first inspections plus reviews, by inspection date; 专项检查 by campaign day.</summary>
public sealed class InspectionIndicators
{
    private static readonly DateOnly AsOf = Day(2026, 1, 31);

    [Fact]
    public void InspectionsAreFirstVisitsPlusReviewsOfTheYear()
    {
        var records = new StatisticsRecordsBuilder();
        records.Case(DepartmentCode.Quality, Day(2025, 1, 2)).Notice(Day(2025, 1, 3)).Review(Day(2025, 1, 20), ReviewOutcome.NotRectified).Review(Day(2025, 2, 20), ReviewOutcome.Rectified);
        records.Case(DepartmentCode.Quality, Day(2025, 12, 31)).Notice(Day(2025, 12, 31)).Review(Day(2026, 1, 5), ReviewOutcome.Rectified);
        records.Case(DepartmentCode.Quality, Day(2024, 12, 31));

        var counts = AnnualCounter.Count(records.Build(), DepartmentCode.Quality, 2025, AsOf);

        counts.FirstInspections.ShouldBe(2);
        counts.ReviewInspections.ShouldBe(2);
        counts.Inspections.ShouldBe(4);
    }

    [Fact]
    public void OtherDepartmentsVisitsAreNotCounted()
    {
        var records = new StatisticsRecordsBuilder();
        records.Case(DepartmentCode.Quality, Day(2025, 5, 5));
        records.Case(DepartmentCode.Safety, Day(2025, 5, 5));

        AnnualCounter.Count(records.Build(), DepartmentCode.Quality, 2025, AsOf).Inspections.ShouldBe(1);
    }

    [Fact]
    public void ASpecialCampaignIsOneCampaignDayWhateverTheNumberOfSites()
    {
        var records = new StatisticsRecordsBuilder();
        records.Case(DepartmentCode.Safety, Day(2024, 5, 6), trigger: Trigger.SpecialCampaign);
        records.Case(DepartmentCode.Safety, Day(2024, 5, 6), trigger: Trigger.SpecialCampaign);
        records.Case(DepartmentCode.Safety, Day(2024, 5, 6), trigger: Trigger.RoutinePatrol);
        records.Case(DepartmentCode.Safety, Day(2024, 8, 12), trigger: Trigger.SpecialCampaign).Notice(Day(2024, 8, 12)).Review(Day(2024, 8, 30), ReviewOutcome.Rectified);
        records.Case(DepartmentCode.Quality, Day(2024, 5, 6), trigger: Trigger.SpecialCampaign);

        var counts = AnnualCounter.Count(records.Build(), DepartmentCode.Safety, 2024, AsOf);

        counts.SpecialCampaigns.ShouldBe(2, "the review of 30 August is not a campaign day");
    }

    [Fact]
    public void FindingsAreCountedItemByItemByInspectionDate()
    {
        var records = new StatisticsRecordsBuilder();
        records.Case(DepartmentCode.Safety, Day(2024, 5, 6)).Findings(9);
        records.Case(DepartmentCode.Safety, Day(2024, 12, 31)).Findings(3);
        records.Case(DepartmentCode.Safety, Day(2025, 1, 1)).Findings(4);

        AnnualCounter.Count(records.Build(), DepartmentCode.Safety, 2024, AsOf).Findings.ShouldBe(12);
    }
}

/// <summary>整改督办类: notices by issue date, interviews by date, and the closed-loop rate.</summary>
public sealed class RectificationIndicators
{
    [Fact]
    public void NoticesAndInterviewsAreCountedByTheirOwnDates()
    {
        var records = new StatisticsRecordsBuilder();
        records.Case(DepartmentCode.Housing, Day(2024, 12, 30)).Notice(Day(2025, 1, 2)).Interview(Day(2025, 1, 3));
        records.Case(DepartmentCode.Housing, Day(2025, 12, 30)).Notice(Day(2025, 12, 31)).Interview(Day(2026, 1, 2));

        var counts = AnnualCounter.Count(records.Build(), DepartmentCode.Housing, 2025, Day(2026, 1, 31));

        counts.Notices.ShouldBe(2);
        counts.Interviews.ShouldBe(1);
    }

    [Fact]
    public void ANoticeOfDecemberRectifiedInJanuaryIsOpenAtYearEndAndClosedOnceReviewed()
    {
        var records = new StatisticsRecordsBuilder();
        records.Case(DepartmentCode.Housing, Day(2025, 12, 18)).Notice(Day(2025, 12, 19)).Review(Day(2026, 1, 6), ReviewOutcome.Rectified);
        records.Case(DepartmentCode.Housing, Day(2025, 6, 2)).Notice(Day(2025, 6, 3)).Review(Day(2025, 6, 20), ReviewOutcome.Rectified);
        var built = records.Build();

        var atYearEnd = AnnualCounter.Count(built, DepartmentCode.Housing, 2025, Day(2025, 12, 31));
        var afterReview = AnnualCounter.Count(built, DepartmentCode.Housing, 2025, Day(2026, 1, 31));
        var nextYear = AnnualCounter.Count(built, DepartmentCode.Housing, 2026, Day(2026, 1, 31));

        (atYearEnd.NoticesClosed, atYearEnd.Notices).ShouldBe((1, 2));
        (afterReview.NoticesClosed, afterReview.Notices).ShouldBe((2, 2));
        nextYear.Notices.ShouldBe(0, "the notice belongs to the year it was issued");
        nextYear.ReviewInspections.ShouldBe(1, "the review visit belongs to the year it was made");
    }

    [Fact]
    public void AFailedReviewDoesNotCloseTheLoop()
    {
        var records = new StatisticsRecordsBuilder();
        records.Case(DepartmentCode.Quality, Day(2025, 3, 3)).Notice(Day(2025, 3, 4)).Review(Day(2025, 3, 25), ReviewOutcome.NotRectified).Interview(Day(2025, 3, 28));

        AnnualCounter.Count(records.Build(), DepartmentCode.Quality, 2025, Day(2026, 1, 31)).NoticesClosed.ShouldBe(0);
    }

    [Fact]
    public void AnApprovedTransferClosesTheLoopAndAPendingOneDoesNot()
    {
        var records = new StatisticsRecordsBuilder();
        records.Case(DepartmentCode.Housing, Day(2025, 3, 3)).Notice(Day(2025, 3, 4)).Interview(Day(2025, 3, 5)).Transfer(Day(2025, 3, 10));
        records.Case(DepartmentCode.Housing, Day(2025, 4, 1)).Notice(Day(2025, 4, 2)).Interview(Day(2025, 4, 3)).Transfer(null);

        var counts = AnnualCounter.Count(records.Build(), DepartmentCode.Housing, 2025, Day(2026, 1, 31));

        (counts.NoticesClosed, counts.Notices).ShouldBe((1, 2));
    }

    [Fact]
    public void ARectificationConfirmedBeforeALaterNoticeDoesNotCloseIt()
    {
        var records = new StatisticsRecordsBuilder();
        records.Case(DepartmentCode.Safety, Day(2025, 3, 3)).Notice(Day(2025, 3, 4)).Review(Day(2025, 3, 20), ReviewOutcome.Rectified).Notice(Day(2025, 4, 1));

        var counts = AnnualCounter.Count(records.Build(), DepartmentCode.Safety, 2025, Day(2026, 1, 31));

        (counts.NoticesClosed, counts.Notices).ShouldBe((1, 2));
    }

    [Fact]
    public void TheClosedLoopRateIsClosedNoticesOverNotices()
    {
        var counts = new AnnualCounts { Notices = 26, NoticesClosed = 26, Transferred = 10, TrackingCompleted = 8 };

        var snapshot = AnnualStatistics.Build(DepartmentCode.Housing, 2025, Day(2026, 1, 20), counts, []);

        var rate = snapshot.Find(IndicatorCode.ClosedLoopRate)!;
        rate.DisplayValue.ShouldBe("100%");
        rate.RateBasis.ShouldBe("26/26");
        rate.Name.ShouldBe("市场违规整改闭环率");
    }

    [Fact]
    public void AYearWithoutNoticesHasNoRateRatherThanZeroOrAHundred()
    {
        var snapshot = AnnualStatistics.Build(DepartmentCode.CivilAirDefense, 2025, Day(2026, 1, 20), AnnualCounts.Zero, []);

        var rate = snapshot.Find(IndicatorCode.ClosedLoopRate)!;
        rate.Value.ShouldBeNull();
        rate.DisplayValue.ShouldBe("—");
        rate.Remark.ShouldBe(AnnualIndicators.RateWithoutDenominator);
    }
}

/// <summary>案件移交类: transfers by transfer date, tracking completed by the cut-off.</summary>
public sealed class TransferIndicators
{
    [Fact]
    public void ATransferOfDecemberDisposedInJanuaryBelongsToDecembersYear()
    {
        var records = new StatisticsRecordsBuilder();
        records.Case(DepartmentCode.Housing, Day(2025, 12, 1)).Notice(Day(2025, 12, 2)).Interview(Day(2025, 12, 3)).Transfer(Day(2025, 12, 5), disposalOn: Day(2026, 1, 15));
        var built = records.Build();

        var beforeFeedback = AnnualCounter.Count(built, DepartmentCode.Housing, 2025, Day(2026, 1, 12));
        var afterFeedback = AnnualCounter.Count(built, DepartmentCode.Housing, 2025, Day(2026, 1, 26));
        var nextYear = AnnualCounter.Count(built, DepartmentCode.Housing, 2026, Day(2026, 12, 31));

        (beforeFeedback.TrackingCompleted, beforeFeedback.Transferred).ShouldBe((0, 1));
        (afterFeedback.TrackingCompleted, afterFeedback.Transferred).ShouldBe((1, 1));
        (nextYear.TrackingCompleted, nextYear.Transferred).ShouldBe((0, 0));
    }

    [Fact]
    public void ARequestNotYetApprovedIsNotATransfer()
    {
        var records = new StatisticsRecordsBuilder();
        records.Case(DepartmentCode.Quality, Day(2025, 5, 5)).Transfer(null);

        AnnualCounter.Count(records.Build(), DepartmentCode.Quality, 2025, Day(2026, 1, 31)).Transferred.ShouldBe(0);
    }

    [Fact]
    public void AWrittenDecisionNotToFileEndsTheTracking()
    {
        var records = new StatisticsRecordsBuilder();
        records.Case(DepartmentCode.Quality, Day(2025, 5, 5)).Transfer(Day(2025, 5, 20), filing: FilingDecision.NotFiled, filedOn: Day(2025, 5, 26));
        records.Case(DepartmentCode.Quality, Day(2025, 6, 5)).Transfer(Day(2025, 6, 20), filing: FilingDecision.Filed, filedOn: Day(2025, 6, 26));

        var counts = AnnualCounter.Count(records.Build(), DepartmentCode.Quality, 2025, Day(2026, 1, 31));

        (counts.TrackingCompleted, counts.Transferred).ShouldBe((1, 2), "a filed case is tracked until its disposal is reported");
    }

    [Theory]
    [InlineData(11, 16, "68.8")]
    [InlineData(8, 10, "80")]
    [InlineData(9, 9, "100")]
    [InlineData(1, 3, "33.3")]
    [InlineData(2, 3, "66.7")]
    public void TheTrackingRateIsTheTrueRateToOneDecimal(int completed, int transferred, string expected)
    {
        var snapshot = AnnualStatistics.Build(DepartmentCode.ConstructionManagement, 2025, Day(2026, 1, 20), new AnnualCounts { Transferred = transferred, TrackingCompleted = completed }, []);

        snapshot.Find(IndicatorCode.TrackingCompletionRate)!.DisplayValue.ShouldBe(expected + "%");
        snapshot.Find(IndicatorCode.TrackingCompleted)!.DisplayWithUnit.ShouldBe($"{completed} 件");
    }
}
