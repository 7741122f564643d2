using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>新建检查: the first on-site inspection opens the case and determines it from the most severe finding.</summary>
public class OpeningACase
{
    [Theory]
    [InlineData(0, 0, Determination.NoViolation)]
    [InlineData(1, 0, Determination.General)]
    [InlineData(3, 0, Determination.General)]
    [InlineData(0, 1, Determination.Serious)]
    [InlineData(2, 1, Determination.Serious)]
    public void DeterminationFollowsTheMostSevereFinding(int general, int serious, Determination expected)
    {
        var enforcementCase = CaseBuilder.For(Quality).WithGeneralFindings(general).WithSeriousFindings(serious).Build();

        enforcementCase.Determination.ShouldBe(expected);
        enforcementCase.Findings.Count.ShouldBe(general + serious);
        enforcementCase.Findings.Select(f => f.Number).ShouldBe(Enumerable.Range(1, general + serious));
    }

    [Theory]
    [InlineData(Housing, CaseState.AwaitingNotice, CaseState.AwaitingInterview)]
    [InlineData(ConstructionManagement, CaseState.AwaitingNotice, CaseState.AwaitingInterview)]
    [InlineData(CivilAirDefense, CaseState.AwaitingNotice, CaseState.AwaitingInterview)]
    [InlineData(Safety, CaseState.AwaitingNotice, CaseState.AwaitingInterview)]
    [InlineData(Quality, CaseState.AwaitingNotice, CaseState.AwaitingInterview)]
    public void AGeneralFindingAwaitsTheNoticeAndASeriousOneTheImmediateInterview(DepartmentCode department, CaseState afterGeneral, CaseState afterSerious)
    {
        var general = CaseBuilder.For(department).WithGeneralFindings(2).Build();
        var serious = CaseBuilder.For(department).WithSeriousFindings(1).Build();

        general.State.ShouldBe(afterGeneral);
        general.PendingInterviewReason.ShouldBeNull();
        serious.State.ShouldBe(afterSerious);
        serious.PendingInterviewReason.ShouldBe(InterviewReason.SeriousFinding);
    }

    [Fact]
    public void RecordsTheInspectionTheOfficersAndTheFindingsOnTheTimeline()
    {
        var enforcementCase = CaseBuilder.For(Housing).WithGeneralFindings(2).StartedBy(Trigger.Complaint).Build();

        enforcementCase.Trigger.ShouldBe(Trigger.Complaint);
        enforcementCase.SiteName.ShouldBe("伊宁市丝路花园售楼中心");
        enforcementCase.OpenedOn.ShouldBe(new DateOnly(2026, 3, 2));
        enforcementCase.DeterminedOn.ShouldBe(new DateOnly(2026, 3, 2));
        enforcementCase.Round.ShouldBe(1);
        var inspection = enforcementCase.Inspections.ShouldHaveSingleItem();
        inspection.Kind.ShouldBe(InspectionKind.Initial);
        inspection.Officers.Select(o => o.Name).ShouldBe(["马建军", "古丽米拉·吐尔逊"]);
        enforcementCase.Findings.ShouldAllBe(f => f.InspectionId == inspection.Id && !f.IsRectified);
        enforcementCase.Events.Select(e => e.Summary).ShouldBe(
        [
            "投诉举报启动执法，现场检查（执法人员：马建军、古丽米拉·吐尔逊），记录2项违规问题。",
            "问题判定：一般市场违规问题。",
        ]);
    }

    [Theory]
    [InlineData(Safety, "问题判定：重大隐患。")]
    [InlineData(Quality, "问题判定：严重质量问题/涉嫌违法行为。")]
    [InlineData(ConstructionManagement, "问题判定：严重违规/涉嫌违法行为。")]
    public void TheDeterminationIsWordedAsTheDepartmentWordsIt(DepartmentCode department, string expected) =>
        CaseBuilder.For(department).WithSeriousFindings(1).Build().Events[^1].Summary.ShouldBe(expected);

    [Fact]
    public void RefusesAnInspectionByASingleOfficer()
    {
        var refusal = Should.Throw<DomainException>(() => CaseBuilder.For(Housing).WithGeneralFindings(1).WithOfficers(Bureau.MaJianjun).Build());

        refusal.Message.ShouldBe("执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 1 人）。");
    }

    [Fact]
    public void RefusesAnInspectionWithAnExpiredCertificateAndNamesItsHolder()
    {
        var refusal = Should.Throw<DomainException>(() =>
            CaseBuilder.For(Safety).WithGeneralFindings(1).WithOfficers(Bureau.MaJianjun, Bureau.LiuHaitao).Build());

        refusal.Message.ShouldBe(
            "刘海涛的执法证（65040019004）在2026年3月2日不在有效期内，不能参与执法。" +
            "执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 1 人）。");
    }

    [Fact]
    public void RefusesAnOfficerWithoutACertificateEvenBesideTwoCertifiedOnes()
    {
        var refusal = Should.Throw<DomainException>(() =>
            CaseBuilder.For(Quality).WithOfficers(Bureau.MaJianjun, Bureau.GulmiraTursun, Bureau.ZhaoXin).Build());

        refusal.Message.ShouldBe("赵鑫未持有执法证，不能参与执法。");
    }

    [Fact]
    public void TheSameOfficerListedTwiceCountsOnce()
    {
        var refusal = Should.Throw<DomainException>(() =>
            CaseBuilder.For(CivilAirDefense).WithOfficers(Bureau.MaJianjun, Bureau.MaJianjun).Build());

        refusal.Message.ShouldContain("当前有效执法人员 1 人");
    }

    [Fact]
    public void CertificatesAreCheckedOnTheDayOfTheInspectionNotTheDayItIsEntered()
    {
        // 刘海涛's certificate ran until 28 February 2026; the inspection was that day, entered on Monday 2 March.
        var enforcementCase = CaseBuilder.For(Housing).WithGeneralFindings(1)
            .WithOfficers(Bureau.MaJianjun, Bureau.LiuHaitao)
            .InspectedAt(new DateTime(2026, 2, 28, 15, 30, 0))
            .RecordedAt(Bureau.Start)
            .Build();

        enforcementCase.OpenedOn.ShouldBe(new DateOnly(2026, 2, 28));
        enforcementCase.DeterminedOn.ShouldBe(new DateOnly(2026, 2, 28));
    }

    [Fact]
    public void RefusesAnInspectionDatedInTheFuture()
    {
        var refusal = Should.Throw<DomainException>(() => CaseBuilder.For(Housing).WithGeneralFindings(1)
            .InspectedAt(Bureau.Start.AddHours(2)).RecordedAt(Bureau.Start).Build());

        refusal.Message.ShouldBe("检查时间不能晚于当前时间。");
    }

    [Fact]
    public void RefusesAFindingWithoutADescription()
    {
        var opening = CaseBuilder.For(Housing).WithGeneralFindings(1).Opening();
        opening = opening with { Findings = [.. opening.Findings, new FindingDraft("  ", FindingSeverity.General, null)] };

        var refusal = Should.Throw<DomainException>(() =>
            EnforcementCase.Open(Guid.NewGuid(), new CaseNumber(Housing, 2026, 1), opening, Bureau.Officer1, Bureau.Start, Bureau.Calendar));

        refusal.Message.ShouldBe("每一项问题都须填写描述。");
    }

    [Fact]
    public void RefusesACaseNumberOfAnotherDepartment()
    {
        var opening = CaseBuilder.For(Housing).WithGeneralFindings(1).Opening();

        Should.Throw<ArgumentException>(() =>
            EnforcementCase.Open(Guid.NewGuid(), new CaseNumber(Safety, 2026, 1), opening, Bureau.Officer1, Bureau.Start, Bureau.Calendar));
    }
}
