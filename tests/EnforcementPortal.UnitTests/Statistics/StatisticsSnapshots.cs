using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Persistence;

namespace EnforcementPortal.UnitTests.Statistics;

/// <summary>The annual figures as shown: groups, wording per department, supplementary figures and definitions.</summary>
public sealed class AnnualFiguresLayout
{
    private static readonly Actor Chief = new(Guid.NewGuid(), "刘志强");

    [Fact]
    public void EveryComputedIndicatorCarriesNameUnitAndDefinition()
    {
        foreach (var department in Enum.GetValues<DepartmentCode>())
        {
            var definitions = AnnualIndicators.For(department);
            // 下发建设单位依法履行建设程序督办函 is 建管科's alone; every other figure is every department's.
            var expected = Enum.GetValues<IndicatorCode>().Where(c => c != IndicatorCode.ConstructionProcedureLetters || department == DepartmentCode.ConstructionManagement);
            definitions.Select(d => d.Code).ShouldBe(expected, ignoreOrder: true);
            definitions.ShouldAllBe(d => d.Name.Length > 0 && d.Unit.Length > 0 && d.Definition.Length > 0);
        }
    }

    [Fact]
    public void SafetyCallsItsFindingsHazards()
    {
        AnnualIndicators.For(DepartmentCode.Safety).Single(d => d.Code == IndicatorCode.Findings).Name.ShouldBe("发现安全隐患");
        AnnualIndicators.For(DepartmentCode.Quality).Single(d => d.Code == IndicatorCode.Findings).Name.ShouldBe("发现质量问题");
    }

    [Fact]
    public void SupplementaryFiguresFollowTheComputedOnesOfTheirGroup()
    {
        var permits = SupplementaryIndicator.Enter(DepartmentCode.ConstructionManagement, 2025, IndicatorGroup.Supervision, "办理施工许可证", 198, "项", null, 1, Chief, new DateTime(2026, 1, 8));
        var letters = SupplementaryIndicator.Enter(DepartmentCode.ConstructionManagement, 2025, IndicatorGroup.Rectification, "下发建设工程质量督办函", 12, "份", null, 1, Chief, new DateTime(2026, 1, 8));
        var otherYear = SupplementaryIndicator.Enter(DepartmentCode.ConstructionManagement, 2024, IndicatorGroup.Supervision, "办理施工许可证", 150, "项", null, 1, Chief, new DateTime(2026, 1, 8));

        var snapshot = AnnualStatistics.Build(DepartmentCode.ConstructionManagement, 2025, new DateOnly(2026, 1, 20), new AnnualCounts { FirstInspections = 206, ConstructionProcedureLetters = 70 }, [letters, permits, otherYear]);

        var names = snapshot.Indicators.Select(i => i.Name).ToList();
        names.IndexOf("办理施工许可证").ShouldBe(names.IndexOf("发现违规问题") + 1);
        names.IndexOf("下发建设工程质量督办函").ShouldBe(names.IndexOf("违规问题整改闭环率") + 1);
        snapshot.Find(IndicatorCode.ConstructionProcedureLetters)!.Value.ShouldBe(70);
        snapshot.Find(IndicatorCode.ConstructionProcedureLetters)!.Source.ShouldBe(IndicatorSource.Computed);
        snapshot.Indicators.Count(i => i.Source == IndicatorSource.Supplementary).ShouldBe(2);
        snapshot.Find(IndicatorCode.FirstInspections)!.IsBreakdown.ShouldBeTrue();
    }

    [Fact]
    public void DecimalFiguresKeepTheirDecimals()
    {
        var fees = SupplementaryIndicator.Enter(DepartmentCode.CivilAirDefense, 2025, IndicatorGroup.Other, "人防费审批额", 4328.37m, "万元", "其中今年审批821.81万元", 2, Chief, new DateTime(2026, 1, 8));

        var snapshot = AnnualStatistics.Build(DepartmentCode.CivilAirDefense, 2025, new DateOnly(2026, 1, 20), AnnualCounts.Zero, [fees]);

        var value = snapshot.Indicators.Single(i => i.Name == "人防费审批额");
        value.DisplayWithUnit.ShouldBe("4328.37 万元");
        value.Remark.ShouldBe("其中今年审批821.81万元");
        value.Definition.ShouldBe(AnnualIndicators.SupplementaryRule);
    }
}

/// <summary>补充指标: what a department may enter.</summary>
public sealed class SupplementaryIndicatorEntry
{
    private static readonly Actor Chief = new(Guid.NewGuid(), "孙海涛");

    [Theory]
    [InlineData(-1, "指标数值不能为负数。")]
    [InlineData(1.234, "指标数值最多保留两位小数。")]
    public void RefusesValuesThatCannotBePublished(decimal value, string message)
    {
        var error = Should.Throw<DomainException>(() => SupplementaryIndicator.Enter(DepartmentCode.CivilAirDefense, 2025, IndicatorGroup.Other, "审批人防易地建设项目", value, "个", null, 1, Chief, new DateTime(2026, 1, 8)));

        error.Message.ShouldBe(message);
    }

    [Fact]
    public void RequiresANameAndAUnit()
    {
        Should.Throw<DomainException>(() => SupplementaryIndicator.Enter(DepartmentCode.CivilAirDefense, 2025, IndicatorGroup.Other, " ", 1, "个", null, 1, Chief, DateTime.Now)).Message.ShouldBe("请填写指标名称。");
        Should.Throw<DomainException>(() => SupplementaryIndicator.Enter(DepartmentCode.CivilAirDefense, 2025, IndicatorGroup.Other, "审批人防建设项目", 1, "", null, 1, Chief, DateTime.Now)).Message.ShouldBe("请填写计量单位。");
    }

    [Fact]
    public void AChangeRecordsWhoChangedItAndWhen()
    {
        var indicator = SupplementaryIndicator.Enter(DepartmentCode.Quality, 2025, IndicatorGroup.Supervision, "竣工备案项目", 100, "个", null, 1, Chief, new DateTime(2026, 1, 8));
        var other = new Actor(Guid.NewGuid(), "何文博");

        indicator.Change(IndicatorGroup.Supervision, 108, "个", "  ", 1, other, new DateTime(2026, 1, 9));

        indicator.Value.ShouldBe(108);
        indicator.Remark.ShouldBeNull();
        indicator.EnteredByName.ShouldBe("何文博");
        indicator.EnteredAt.ShouldBe(new DateTime(2026, 1, 9));
    }
}

/// <summary>发布: a snapshot frozen as a numbered version; a correction is a new version with a note.</summary>
public sealed class StatisticsPublishingRules
{
    private static readonly Actor Chief = new(Guid.NewGuid(), "王振华");

    private static StatisticsSnapshot Snapshot(int year = 2025) =>
        AnnualStatistics.Build(DepartmentCode.Housing, year, new DateOnly(2026, 1, 12), new AnnualCounts { SupervisedObjects = 155, FirstInspections = 259, ReviewInspections = 19, Notices = 26, NoticesClosed = 26, Interviews = 10, Transferred = 10, TrackingCompleted = 7 }, []);

    [Fact]
    public void TheFirstPublicationIsVersionOneWithoutNote()
    {
        var publication = StatisticsPublication.Publish(Snapshot(), null, null, Chief, new DateTime(2026, 1, 12, 10, 0, 0));

        publication.Version.ShouldBe(1);
        publication.IsCorrection.ShouldBeFalse();
        publication.AsOf.ShouldBe(new DateOnly(2026, 1, 12));
        publication.PublishedByName.ShouldBe("王振华");
    }

    [Fact]
    public void TheFiguresAreFrozenWithTheirWording()
    {
        var publication = StatisticsPublication.Publish(Snapshot(), null, null, Chief, new DateTime(2026, 1, 12, 10, 0, 0));

        var stored = StatisticsSnapshotJson.Serialize(publication.Figures);
        var read = StatisticsSnapshotJson.Deserialize(stored);

        read.Indicators.Select(i => (i.Name, i.DisplayWithUnit, i.Definition)).ShouldBe(Snapshot().Indicators.Select(i => (i.Name, i.DisplayWithUnit, i.Definition)));
        read.Find(IndicatorCode.Inspections)!.DisplayWithUnit.ShouldBe("278 次");
        stored.ShouldContain("\"ClosedLoopRate\"", Case.Sensitive, "codes are stored by name, so renumbering cannot change a publication");
        stored.ShouldNotContain("DisplayValue", Case.Sensitive, "only the data is stored; what is computed from it is not");
    }

    [Fact]
    public void ACorrectionIsTheNextVersionAndMustSayWhy()
    {
        Should.Throw<DomainException>(() => StatisticsPublication.Publish(Snapshot(), 1, " ", Chief, new DateTime(2026, 1, 26)))
            .Message.ShouldBe("该年度已发布，重新发布即为更正，请填写更正说明。");

        var correction = StatisticsPublication.Publish(Snapshot(), 1, "跟踪处置完成由7件更正为8件。", Chief, new DateTime(2026, 1, 26));

        correction.Version.ShouldBe(2);
        correction.IsCorrection.ShouldBeTrue();
        correction.CorrectionNote.ShouldBe("跟踪处置完成由7件更正为8件。");
    }

    [Fact]
    public void AFirstPublicationHasNothingToCorrect()
    {
        Should.Throw<DomainException>(() => StatisticsPublication.Publish(Snapshot(), null, "更正", Chief, new DateTime(2026, 1, 26)))
            .Message.ShouldBe("首次发布无需填写更正说明。");
    }

    [Fact]
    public void AYearCannotBePublishedBeforeItEnds()
    {
        Should.Throw<DomainException>(() => StatisticsPublication.Publish(Snapshot(2026), null, null, Chief, new DateTime(2026, 11, 23)))
            .Message.ShouldBe("2026年度尚未结束，不能发布年度统计数据。");
    }
}
