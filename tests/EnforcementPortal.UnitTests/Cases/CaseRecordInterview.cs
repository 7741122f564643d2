using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>
/// 约谈: after a failed review, or at once for a serious finding with the notice served at the same time.
/// 安监站 also serves a new notice at the interview after a failed review; 建管科/人防 transfer a serious finding
/// whatever the interview's outcome.
/// </summary>
public class CaseRecordInterview
{
    [Fact]
    public void SafetyCannotHoldTheInterviewAfterAFailedReviewBeforeServingANewNotice()
    {
        var scenario = FailedReview(Safety);
        var before = Snapshot.Of(scenario.Case);

        var actions = scenario.Case.AvailableActions(scenario.Today).ToDictionary(a => a.Action);
        actions[CaseAction.IssueNotice].IsPermitted.ShouldBeTrue();
        actions[CaseAction.InterviewCooperative].IsPermitted.ShouldBeFalse();
        actions[CaseAction.InterviewCooperative].Reasons.ShouldBe(["约谈须同步下发整改通知书"]);
        actions[CaseAction.InterviewRefused].Reasons.ShouldBe(["约谈须同步下发整改通知书"]);

        var refusal = Should.Throw<ActionNotPermittedException>(() => scenario.InterviewCooperative());
        refusal.Message.ShouldBe("当前不能约谈：配合整改：约谈须同步下发整改通知书。");
        refusal.UnmetGuards.ShouldBe([CaseLifecycle.GuardNoticeWithInterview]);
        Should.Throw<ActionNotPermittedException>(() => scenario.InterviewRefused());
        Snapshot.Of(scenario.Case).ShouldBe(before);
    }

    [Fact]
    public void SafetyServesTheNewNoticeOnceAndThenHoldsTheInterview()
    {
        var scenario = FailedReview(Safety);

        scenario.IssueNotice(deadlineDays: 7);

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.AwaitingInterview);
        enforcementCase.Notices.Select(n => n.Round).ShouldBe([1, 2]);
        enforcementCase.CurrentNotice!.DocumentNumber.ShouldBe("伊建安整〔2026〕2号");
        enforcementCase.Events[^1].FromState.ShouldBe(CaseState.AwaitingInterview);
        enforcementCase.Events[^1].ToState.ShouldBe(CaseState.AwaitingInterview);

        var actions = enforcementCase.AvailableActions(scenario.Today).ToDictionary(a => a.Action);
        actions[CaseAction.IssueNotice].IsPermitted.ShouldBeFalse();
        actions[CaseAction.IssueNotice].Reasons.ShouldBe([CaseLifecycle.GuardNoticeNotYetIssued]);
        actions[CaseAction.InterviewCooperative].IsPermitted.ShouldBeTrue();
        actions[CaseAction.InterviewRefused].IsPermitted.ShouldBeTrue();

        // The new notice sets the term: the cooperative interview needs no deadline of its own.
        scenario.InterviewCooperative(newDeadlineDays: null);
        enforcementCase.State.ShouldBe(CaseState.Rectifying);
        enforcementCase.RectificationDeadline.ShouldBe(enforcementCase.CurrentNotice.Deadline);
        var interview = enforcementCase.Interviews.ShouldHaveSingleItem();
        interview.Reason.ShouldBe(InterviewReason.FailedReview);
        interview.Round.ShouldBe(2);
        interview.NewDeadline.ShouldBeNull();
    }

    [Theory]
    [InlineData(Housing)]
    [InlineData(ConstructionManagement)]
    [InlineData(CivilAirDefense)]
    [InlineData(Quality)]
    public void OtherDepartmentsAreNotOfferedANoticeAtTheInterviewAfterAFailedReview(DepartmentCode department)
    {
        var scenario = FailedReview(department);
        var before = Snapshot.Of(scenario.Case);

        var actions = scenario.Case.AvailableActions(scenario.Today).ToDictionary(a => a.Action);
        actions[CaseAction.IssueNotice].IsPermitted.ShouldBeFalse();
        actions[CaseAction.InterviewCooperative].IsPermitted.ShouldBeTrue();
        actions[CaseAction.InterviewRefused].IsPermitted.ShouldBeTrue();
        scenario.Case.CanDo(CaseAction.IssueNotice, scenario.Today).ShouldBeFalse();

        var refusal = Should.Throw<ActionNotPermittedException>(() => scenario.IssueNotice());
        refusal.UnmetGuards.ShouldBe([CaseLifecycle.GuardNoticeNotYetIssued]);
        Snapshot.Of(scenario.Case).ShouldBe(before);
    }

    [Theory]
    [InlineData(Housing)]
    [InlineData(ConstructionManagement)]
    [InlineData(CivilAirDefense)]
    [InlineData(Quality)]
    public void ACooperativeInterviewWithoutANewNoticeSetsANewDeadline(DepartmentCode department)
    {
        // Failed review Thursday 5 March; interview Friday 6 March with 10 days: Monday 16 March.
        var scenario = FailedReview(department);

        scenario.InterviewCooperative(newDeadlineDays: 10);

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.Rectifying);
        enforcementCase.Interviews.ShouldHaveSingleItem().NewDeadline.ShouldBe(new DateOnly(2026, 3, 16));
        enforcementCase.RectificationDeadline.ShouldBe(new DateOnly(2026, 3, 16));
        enforcementCase.OpenDeadline.ShouldBe(new DateOnly(2026, 3, 16));
        enforcementCase.Notices.Count.ShouldBe(1);
        enforcementCase.Events[^1].Summary.ShouldBe(
            $"2026年3月6日 09:00在伊宁市住建局（伊犁河路9号）4楼会议室约谈{SampleSite.Of(department).PartyAttendees}，配合整改；责任单位配合整改，整改期限至2026年3月16日。");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(181)]
    public void RefusesACooperativeInterviewWithoutANewDeadlineWhereNoNoticeAccompaniesIt(int? days)
    {
        var scenario = FailedReview(Quality);
        var before = Snapshot.Of(scenario.Case);

        var refusal = Should.Throw<DomainException>(() => scenario.InterviewCooperative(newDeadlineDays: days));

        refusal.Message.ShouldBe("约谈后配合整改的，请填写新的整改期限（1至180日）。");
        Snapshot.Of(scenario.Case).ShouldBe(before);
    }

    [Theory]
    [InlineData(Housing)]
    [InlineData(ConstructionManagement)]
    [InlineData(CivilAirDefense)]
    [InlineData(Safety)]
    [InlineData(Quality)]
    public void ASeriousFindingIsNotInterviewedWithoutTheNotice(DepartmentCode department)
    {
        var scenario = CaseBuilder.For(department).WithSeriousFindings(1).Open();

        var actions = scenario.Case.AvailableActions(scenario.Today).ToDictionary(a => a.Action);
        actions[CaseAction.IssueNotice].IsPermitted.ShouldBeTrue();
        actions[CaseAction.InterviewRefused].Reasons.ShouldBe([CaseLifecycle.GuardNoticeWithInterview]);
        actions[CaseAction.InterviewCooperative].IsPermitted.ShouldBeFalse();
        actions[CaseAction.InterviewCooperative].Reasons.ShouldContain(CaseLifecycle.GuardNoticeWithInterview);
        Should.Throw<ActionNotPermittedException>(() => scenario.InterviewRefused())
            .UnmetGuards.ShouldBe([CaseLifecycle.GuardNoticeWithInterview]);
    }

    [Theory]
    [InlineData(ConstructionManagement, InterviewOutcome.Cooperative)]
    [InlineData(ConstructionManagement, InterviewOutcome.Refused)]
    [InlineData(CivilAirDefense, InterviewOutcome.Cooperative)]
    [InlineData(CivilAirDefense, InterviewOutcome.Refused)]
    public void ConstructionAndCivilAirDefenceTransferASeriousFindingWhateverTheInterviewsOutcome(DepartmentCode department, InterviewOutcome outcome)
    {
        // Determined Monday 2 March; the notice is served on the 3rd and the interview held on the 4th.
        var scenario = CaseBuilder.For(department).WithSeriousFindings(1).Open().IssueNotice();

        scenario.Case.CanDo(CaseAction.InterviewCooperative, scenario.Today).ShouldBeTrue();
        scenario.Case.RecordInterview(scenario.InterviewDraft(outcome, newDeadlineDays: null), scenario.Actor, scenario.Now, Bureau.Calendar);

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.AwaitingTransfer);
        enforcementCase.Interviews.ShouldHaveSingleItem().Reason.ShouldBe(InterviewReason.SeriousFinding);

        // A serious finding needed a penalty from the start: the 10 working days run from the determination.
        enforcementCase.TransferDeterminedOn.ShouldBe(new DateOnly(2026, 3, 2));
        enforcementCase.OpenDeadlineKind.ShouldBe(DeadlineKind.Transfer);
        enforcementCase.OpenDeadline.ShouldBe(new DateOnly(2026, 3, 16));
        enforcementCase.Events[^1].Summary.ShouldEndWith($"{CaseNames.Of(outcome)}；进入案件移交程序。");
    }

    [Theory]
    [InlineData(Housing)]
    [InlineData(Safety)]
    [InlineData(Quality)]
    public void OtherDepartmentsLetAPartyThatCooperatesAfterASeriousFindingRectify(DepartmentCode department)
    {
        var scenario = CaseBuilder.For(department).WithSeriousFindings(1).Open().IssueNotice();

        scenario.InterviewCooperative(newDeadlineDays: null);

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.Rectifying);
        enforcementCase.RectificationDeadline.ShouldBe(new DateOnly(2026, 3, 18));
        enforcementCase.OpenDeadline.ShouldBe(new DateOnly(2026, 3, 18));
        enforcementCase.TransferDeterminedOn.ShouldBeNull();
    }

    [Theory]
    [InlineData(Housing)]
    [InlineData(Safety)]
    [InlineData(Quality)]
    public void OtherDepartmentsTransferAPartyThatStillRefusesCountingFromTheInterview(DepartmentCode department)
    {
        // Interview on Wednesday 4 March: 10 working days run to Wednesday 18 March.
        var scenario = CaseBuilder.For(department).WithSeriousFindings(1).Open().IssueNotice();

        scenario.InterviewRefused();

        scenario.Case.State.ShouldBe(CaseState.AwaitingTransfer);
        scenario.Case.TransferDeterminedOn.ShouldBe(new DateOnly(2026, 3, 4));
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2026, 3, 18));
    }

    [Fact]
    public void RefusesAnInterviewBySingleOfficer()
    {
        var scenario = FailedReview(Housing);
        scenario.Officers = [Bureau.MaJianjun];

        Should.Throw<DomainException>(() => scenario.InterviewRefused())
            .Message.ShouldBe("执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 1 人）。");
        scenario.Case.State.ShouldBe(CaseState.AwaitingInterview);
    }

    [Fact]
    public void RefusesAnInterviewWithAnExpiredCertificate()
    {
        var scenario = FailedReview(ConstructionManagement);
        scenario.Officers = [Bureau.MaJianjun, Bureau.LiuHaitao];

        Should.Throw<DomainException>(() => scenario.InterviewCooperative())
            .Message.ShouldStartWith("刘海涛的执法证（65040019004）在2026年3月6日不在有效期内，不能参与执法。");
        scenario.Case.Interviews.ShouldBeEmpty();
    }

    [Fact]
    public void RefusesAnInterviewWithoutItsPlace()
    {
        var scenario = FailedReview(Housing);

        Should.Throw<DomainException>(() => scenario.Case.RecordInterview(
                scenario.InterviewDraft(InterviewOutcome.Refused) with { Place = "" }, scenario.Actor, scenario.Now, Bureau.Calendar))
            .Message.ShouldBe("请填写约谈地点。");
    }

    [Fact]
    public void RefusesAnInterviewNoticeIssuedAfterTheInterview()
    {
        var scenario = FailedReview(Housing);

        Should.Throw<DomainException>(() => scenario.Case.RecordInterview(
                scenario.InterviewDraft(InterviewOutcome.Refused) with { NoticeIssuedOn = scenario.Today.AddDays(1) }, scenario.Actor, scenario.Now, Bureau.Calendar))
            .Message.ShouldBe("约谈通知书的发出日期不能晚于约谈日期。");
        Should.Throw<DomainException>(() => scenario.Case.RecordInterview(
                scenario.InterviewDraft(InterviewOutcome.Refused) with { NoticeIssuedOn = scenario.Case.OpenedOn.AddDays(-1) }, scenario.Actor, scenario.Now, Bureau.Calendar))
            .Message.ShouldBe("约谈通知书的发出日期不能早于检查日期。");
        scenario.Case.Interviews.ShouldBeEmpty();
    }

    [Fact]
    public void KeepsTheInterviewNoticesIssueDay()
    {
        var scenario = FailedReview(Housing);
        var noticeDay = scenario.Today.AddDays(-1);

        scenario.Case.RecordInterview(scenario.InterviewDraft(InterviewOutcome.Refused) with { NoticeIssuedOn = noticeDay }, scenario.Actor, scenario.Now, Bureau.Calendar);

        scenario.Case.Interviews[0].NoticeIssuedOn.ShouldBe(noticeDay);
    }

    [Fact]
    public void SafetyNeedsANewNoticeInEveryRoundOfTheLoop()
    {
        var scenario = FailedReview(Safety).IssueNotice().InterviewCooperative().Reply().ReviewFailed();

        scenario.Case.Round.ShouldBe(3);
        scenario.Case.CanDo(CaseAction.InterviewRefused, scenario.Today).ShouldBeFalse();
        scenario.IssueNotice().InterviewRefused();
        scenario.Case.State.ShouldBe(CaseState.AwaitingTransfer);
        scenario.Case.Notices.Select(n => n.Round).ShouldBe([1, 2, 3]);
    }

    /// <summary>Noticed Tuesday 3 March, replied on the 4th, failed at the review on Thursday 5 March.</summary>
    private static CaseScenario FailedReview(DepartmentCode department)
    {
        var scenario = CaseBuilder.For(department).WithGeneralFindings(2).Open().IssueNotice().Reply().ReviewFailed();
        scenario.Case.State.ShouldBe(CaseState.AwaitingInterview);
        scenario.Case.PendingInterviewReason.ShouldBe(InterviewReason.FailedReview);
        DepartmentPolicy.For(department).FailedReviewInterviewIssuesNewNotice.ShouldBe(department == Safety);
        return scenario;
    }
}
