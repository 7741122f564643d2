using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>复查: an on-site check of every item of the notice; its conclusion must agree with the items.</summary>
public class CaseRecordReview
{
    [Fact]
    public void ARectifiedReviewConcludesTheCaseAndStartsTheArchiveTerm()
    {
        var scenario = Replied();

        scenario.ReviewPassed();

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.Concluded);
        enforcementCase.ConcludedOn.ShouldBe(new DateOnly(2026, 3, 5));
        enforcementCase.Findings.ShouldAllBe(f => f.IsRectified && f.RectifiedOn == new DateOnly(2026, 3, 5));
        enforcementCase.Inspections.Count(i => i.Kind == InspectionKind.Review).ShouldBe(1);
        var review = enforcementCase.Reviews.ShouldHaveSingleItem();
        review.Outcome.ShouldBe(ReviewOutcome.Rectified);
        review.NoticeId.ShouldBe(enforcementCase.CurrentNotice!.Id);

        // 60 days from 5 March end on Monday 4 May, inside the Labour Day holiday (1-5 May): Wednesday 6 May.
        enforcementCase.OpenDeadlineKind.ShouldBe(DeadlineKind.Archive);
        enforcementCase.OpenDeadline.ShouldBe(new DateOnly(2026, 5, 6));
        enforcementCase.Events[^1].Summary.ShouldBe("2026年3月5日现场复查：整改到位（3/3项整改到位）。经现场复查，所列问题均已整改到位。");
    }

    [Fact]
    public void RefusesTheConclusionRectifiedWhileAnItemIsNot() =>
        Refused(
            s => s.ReviewDraft(ReviewOutcome.Rectified) with { Items = [Item(1, true), Item(2, false), Item(3, true)] },
            "第2项未整改到位，复查结论不能为“整改到位”。");

    [Fact]
    public void RefusesAReviewThatLeavesItemsOut() =>
        Refused(
            s => s.ReviewDraft(ReviewOutcome.Rectified) with { Items = [Item(1, true)] },
            "请逐项填写复查结果（缺第2、3项）。");

    [Fact]
    public void RefusesAReviewOfAnItemTheNoticeDidNotList() =>
        Refused(
            s => s.ReviewDraft(ReviewOutcome.NotRectified) with { Items = [Item(1, false), Item(2, false), Item(3, false), Item(4, false)] },
            "复查结果包含不属于本次整改通知书的事项。");

    [Fact]
    public void RefusesTheConclusionNotRectifiedWhenEveryItemIs() =>
        Refused(
            s => s.ReviewDraft(ReviewOutcome.NotRectified) with { Items = [Item(1, true), Item(2, true), Item(3, true)] },
            "各项均已整改到位，复查结论应为“整改到位”。");

    [Fact]
    public void RefusesAReviewBySingleOfficer() =>
        Refused(
            s => s.ReviewDraft(ReviewOutcome.Rectified) with { Officers = [Bureau.MaJianjun] },
            "执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 1 人）。");

    [Fact]
    public void RefusesAReviewWithAnExpiredCertificate() =>
        Refused(
            s => s.ReviewDraft(ReviewOutcome.Rectified) with { Officers = [Bureau.LiuHaitao, Bureau.GulmiraTursun] },
            "刘海涛的执法证（65040019004）在2026年3月5日不在有效期内，不能参与执法。执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 1 人）。");

    [Fact]
    public void RefusesAReviewBeforeTheNoticeWasServed() =>
        Refused(
            s => s.ReviewDraft(ReviewOutcome.Rectified) with { ReviewedAt = new DateTime(2026, 3, 2, 15, 0, 0) },
            "复查日期不能早于整改通知书送达日期。");

    [Fact]
    public void RefusesAReviewDatedInTheFuture() =>
        Refused(
            s => s.ReviewDraft(ReviewOutcome.Rectified) with { ReviewedAt = s.Now.AddDays(1) },
            "复查时间不能晚于当前时间。");

    [Fact]
    public void APartlyRectifiedReviewKeepsTheRectifiedItemsAndStartsTheNextRound()
    {
        var scenario = Replied();

        scenario.ReviewFailed(rectifiedItems: 1);

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.AwaitingInterview);
        enforcementCase.Round.ShouldBe(2);
        enforcementCase.PendingInterviewReason.ShouldBe(InterviewReason.FailedReview);
        enforcementCase.ConcludedOn.ShouldBeNull();
        enforcementCase.Findings.Where(f => f.IsRectified).Select(f => f.Number).ShouldBe([1]);
        enforcementCase.OpenFindingNumbers(enforcementCase.CurrentNotice!).ShouldBe([2, 3]);
        enforcementCase.OpenDeadline.ShouldBeNull();
        enforcementCase.Events[^1].Summary.ShouldBe("2026年3月5日现场复查：整改未到位（1/3项整改到位）。经现场复查，部分问题仍未整改到位。");
    }

    [Fact]
    public void TheNextReviewCoversOnlyTheItemsStillOpen()
    {
        var scenario = Replied().ReviewFailed(rectifiedItems: 1).InterviewCooperative().Reply();

        var refusal = Should.Throw<DomainException>(() => scenario.Case.RecordReview(
            scenario.ReviewDraft(ReviewOutcome.Rectified) with { Items = [Item(1, true), Item(2, true), Item(3, true)] },
            scenario.Actor,
            scenario.Now,
            Bureau.Calendar));
        refusal.Message.ShouldBe("复查结果包含不属于本次整改通知书的事项。");

        scenario.ReviewPassed();
        scenario.Case.State.ShouldBe(CaseState.Concluded);
        scenario.Case.Reviews.Select(r => r.Items.Count).ShouldBe([3, 2]);
    }

    [Fact]
    public void APartyThatDoesNotCooperateFailsTheReviewWhateverTheItems()
    {
        var scenario = Replied();

        scenario.Case.RecordReview(
            scenario.ReviewDraft(ReviewOutcome.NotCooperating) with { Items = [Item(1, true), Item(2, true), Item(3, true)] },
            scenario.Actor,
            scenario.Now,
            Bureau.Calendar);

        scenario.Case.State.ShouldBe(CaseState.AwaitingInterview);
        scenario.Case.Events[^1].Action.ShouldBe(CaseAction.ReviewFailed);
    }

    private static ReviewItemResult Item(int number, bool rectified) => new(number, rectified, rectified ? "已整改" : "未整改");

    /// <summary>房产科, three findings: noticed Tuesday 3 March, replied Wednesday 4 March; reviewed Thursday 5 March.</summary>
    private static CaseScenario Replied()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(3).Open().IssueNotice().Reply();
        scenario.Today.ShouldBe(new DateOnly(2026, 3, 5));
        return scenario;
    }

    private static void Refused(Func<CaseScenario, ReviewDraft> draft, string message)
    {
        var scenario = Replied();
        var before = Snapshot.Of(scenario.Case);

        var refusal = Should.Throw<DomainException>(() => scenario.Case.RecordReview(draft(scenario), scenario.Actor, scenario.Now, Bureau.Calendar));

        refusal.Message.ShouldBe(message);
        Snapshot.Of(scenario.Case).ShouldBe(before);
        scenario.Case.Reviews.ShouldBeEmpty();
    }
}
