using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>
/// 法制审核 (建法〔2025〕40号 (十三)): every transfer is reviewed before the chief approves it; and (九) 不得以责令改正代替行政
/// 处罚: a case whose finding is linked to a penalty matter is not archived on its rectification alone without a legal
/// reviewer's opinion that no penalty is due.
/// </summary>
public class CaseLegalReview
{
    private const int LinkedMatter = 12;

    [Fact]
    public void TheChiefCannotApproveATransferBeforeTheLegalReview()
    {
        var scenario = AwaitingTransfer().RequestTransfer();
        scenario.Case.PendingLegalReview.ShouldBe(LegalReviewSubject.Transfer);
        var before = Snapshot.Of(scenario.Case);

        var refusal = Should.Throw<ActionNotPermittedException>(() => scenario.Case.ApproveTransfer(Bureau.Chief, scenario.Now, Bureau.Calendar));

        refusal.Message.ShouldBe($"当前不能批准移交：{CaseLifecycle.GuardLegalReviewBeforeApproval}。");
        Snapshot.Of(scenario.Case).ShouldBe(before);
        scenario.Case.AvailableActions(scenario.Today).Single(a => a.Action == CaseAction.ApproveTransfer).Reasons
            .ShouldBe([CaseLifecycle.GuardLegalReviewBeforeApproval]);
    }

    [Fact]
    public void AfterTheReviewersAgreementTheChiefApprovesAndTheOpinionIsOnTheTimeline()
    {
        var scenario = AwaitingTransfer().RequestTransfer().LegalReviewAgreed();

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.TransferPendingApproval);
        enforcementCase.PendingLegalReview.ShouldBeNull();
        var review = enforcementCase.LegalReviews.ShouldHaveSingleItem();
        (review.Subject, review.Opinion, review.TransferId, review.ReviewerName).ShouldBe((LegalReviewSubject.Transfer, LegalReviewOpinion.Agreed, enforcementCase.CurrentTransfer!.Id, "李慧敏"));
        var entry = enforcementCase.Events[^1];
        (entry.Action, entry.FromState, entry.ToState, entry.ActorName).ShouldBe((CaseAction.LegalReviewAgreed, CaseState.TransferPendingApproval, CaseState.TransferPendingApproval, "李慧敏"));
        entry.Summary.ShouldStartWith("李慧敏法制审核（案件移交）：同意移交，待科长/站长审批移交。");

        scenario.ApproveTransfer();
        enforcementCase.State.ShouldBe(CaseState.Transferred);
        enforcementCase.VerifyTimeline().IsIntact.ShouldBeTrue();
    }

    [Theory]
    [InlineData(LegalReviewOpinion.ReturnedForSupplement, "法制审核退回补充：证据清单缺少约谈笔录。")]
    [InlineData(LegalReviewOpinion.Disagreed, "法制审核不同意移交：证据清单缺少约谈笔录。")]
    public void AReturnOrDisagreementSendsTheRequestBackToTheOfficer(LegalReviewOpinion opinion, string reason)
    {
        var scenario = AwaitingTransfer().RequestTransfer().LegalReview(opinion, "证据清单缺少约谈笔录。");

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.AwaitingTransfer);
        enforcementCase.CurrentTransfer!.Status.ShouldBe(TransferStatus.Returned);
        enforcementCase.CurrentTransfer.ReturnReason.ShouldBe(reason);
        enforcementCase.OpenDeadlineKind.ShouldBe(DeadlineKind.Transfer);
        enforcementCase.PendingLegalReview.ShouldBeNull();

        // The new request needs a review of its own.
        scenario.RequestTransfer();
        Should.Throw<ActionNotPermittedException>(() => scenario.Case.ApproveTransfer(Bureau.Chief, scenario.Now, Bureau.Calendar));
        scenario.LegalReviewAgreed().ApproveTransfer();
        enforcementCase.State.ShouldBe(CaseState.Transferred);
    }

    [Fact]
    public void AnOpinionWithoutReasonsIsRefusedAndChangesNothing()
    {
        var scenario = AwaitingTransfer().RequestTransfer();
        var before = Snapshot.Of(scenario.Case);

        Should.Throw<DomainException>(() => scenario.Case.RecordLegalReview(new LegalReviewDraft(LegalReviewOpinion.Agreed, "  "), Bureau.LegalReviewer, scenario.Now, Bureau.Calendar))
            .Message.ShouldBe("请填写审核意见及理由。");

        Snapshot.Of(scenario.Case).ShouldBe(before);
        scenario.Case.LegalReviews.ShouldBeEmpty();
    }

    [Fact]
    public void TheRequesterCannotReviewHisOwnTransfer()
    {
        var scenario = AwaitingTransfer().RequestTransfer();

        Should.Throw<DomainException>(() => scenario.Case.RecordLegalReview(new LegalReviewDraft(LegalReviewOpinion.Agreed, "同意。"), Bureau.Officer1, scenario.Now, Bureau.Calendar))
            .Message.ShouldBe(EnforcementCase.LegalReviewRecusalMessage);
    }

    [Fact]
    public void NoOpinionIsTakenWhenNothingAwaitsReview()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).Open().IssueNotice();

        Should.Throw<ActionNotPermittedException>(() => scenario.Case.RecordLegalReview(new LegalReviewDraft(LegalReviewOpinion.Agreed, "同意。"), Bureau.LegalReviewer, scenario.Now, Bureau.Calendar));
    }

    [Fact]
    public void ACaseWithAPenaltyLinkedFindingIsNotArchivedAfterRectificationAlone()
    {
        var scenario = RectifiedWithLinkedFinding(Housing);
        scenario.Case.State.ShouldBe(CaseState.Concluded);
        scenario.Case.PendingLegalReview.ShouldBe(LegalReviewSubject.Closing);
        var before = Snapshot.Of(scenario.Case);

        var refusal = Should.Throw<ActionNotPermittedException>(() => scenario.Case.Archive(Bureau.Officer1, scenario.Now, Bureau.Calendar));

        refusal.Message.ShouldBe($"当前不能归档结案：{CaseLifecycle.GuardNoRectificationInsteadOfPenalty}。");
        Snapshot.Of(scenario.Case).ShouldBe(before);
    }

    [Fact]
    public void AnOpinionThatNoPenaltyIsDueWithItsReasonOpensTheArchive()
    {
        var scenario = RectifiedWithLinkedFinding(Quality)
            .LegalReview(LegalReviewOpinion.Agreed, "首次违法且在期限内改正，未造成危害后果，依法不予行政处罚。");

        scenario.Case.PendingLegalReview.ShouldBeNull();
        scenario.Case.LegalReviews.Single().Subject.ShouldBe(LegalReviewSubject.Closing);
        scenario.Case.Events[^1].Summary.ShouldBe("李慧敏法制审核（整改后结案（是否应予行政处罚））：同意结案（不予行政处罚），可归档。理由：首次违法且在期限内改正，未造成危害后果，依法不予行政处罚。");
        scenario.Archive();
        scenario.Case.State.ShouldBe(CaseState.Archived);
    }

    [Fact]
    public void AReturnForSupplementKeepsTheCaseWaitingForTheOpinion()
    {
        var scenario = RectifiedWithLinkedFinding(Safety).LegalReview(LegalReviewOpinion.ReturnedForSupplement, "请补充整改前后对比照片。");

        scenario.Case.State.ShouldBe(CaseState.Concluded);
        scenario.Case.PendingLegalReview.ShouldBe(LegalReviewSubject.Closing);
        scenario.Case.CanDo(CaseAction.Archive, scenario.Today).ShouldBeFalse();
    }

    [Fact]
    public void AnOpinionThatAPenaltyIsDueSendsTheCaseToTheTransfer()
    {
        var scenario = RectifiedWithLinkedFinding(ConstructionManagement);
        var reviewDay = scenario.Today;

        scenario.LegalReview(LegalReviewOpinion.Disagreed, "属应当给予行政处罚的行为，不得以责令改正代替。");

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.AwaitingTransfer);
        enforcementCase.TransferDeterminedOn.ShouldBe(reviewDay);
        enforcementCase.ConcludedOn.ShouldBeNull();
        enforcementCase.OpenDeadlineKind.ShouldBe(DeadlineKind.Transfer);
        enforcementCase.OpenDeadline.ShouldBe(Bureau.Calendar.AddWorkingDays(reviewDay, EnforcementCase.TransferWorkingDays).Date);

        // Once transferred and concluded by the receiving bureau, no second review of the closing is asked for.
        scenario.RequestTransfer().LegalReviewAgreed().ApproveTransfer().FilingDeclined();
        enforcementCase.State.ShouldBe(CaseState.Concluded);
        enforcementCase.PendingLegalReview.ShouldBeNull();
        scenario.Archive();
    }

    [Fact]
    public void ACaseWithoutALinkedFindingArchivesAfterRectificationAsBefore()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).Open().IssueNotice().Reply().ReviewPassed();

        scenario.Case.PendingLegalReview.ShouldBeNull();
        scenario.Archive();
        scenario.Case.State.ShouldBe(CaseState.Archived);
    }

    [Fact]
    public void WhereTheDepartmentReviewsSeriousFindingsTheirClosingWaitsForTheOpinion()
    {
        var builder = CaseBuilder.For(Housing).WithSeriousFindings(1);
        var opened = EnforcementCase.Open(Guid.NewGuid(), builder.Number, builder.Opening() with { SeriousFindingsNeedLegalReview = true }, Bureau.Officer1, Bureau.Start, Bureau.Calendar);
        var scenario = new CaseScenario(opened, Bureau.Start).NextWorkingDay();

        scenario.IssueNotice().InterviewCooperative().Reply().ReviewPassed();

        scenario.Case.State.ShouldBe(CaseState.Concluded);
        scenario.Case.PendingLegalReview.ShouldBe(LegalReviewSubject.Closing);
        scenario.Case.CanDo(CaseAction.Archive, scenario.Today).ShouldBeFalse();
    }

    [Fact]
    public void TheTransfersCannotBeTakenOutOfTheDepartmentsScope()
    {
        var scope = new LegalReviewScope(Safety);

        Should.Throw<DomainException>(() => scope.Change(transfers: false, seriousFindings: true, Bureau.Chief, Bureau.Start))
            .Message.ShouldBe(LegalReviewScope.TransfersAlwaysMessage);
        (scope.Transfers, scope.SeriousFindings).ShouldBe((true, false));

        scope.Change(transfers: true, seriousFindings: true, Bureau.Chief, Bureau.Start);
        (scope.Transfers, scope.SeriousFindings, scope.ChangedBy).ShouldBe((true, true, "王振华"));
    }

    [Theory]
    [InlineData(1, 20, false, 1)]
    [InlineData(1, 21, true, 2)]
    [InlineData(0, 3, true, 1)]
    [InlineData(2, 40, false, 2)]
    [InlineData(0, 0, false, 0)]
    public void TheReviewersAreAtLeastFivePerCentOfTheOfficers(int reviewers, int officers, bool below, int required)
    {
        var roles = Enumerable.Repeat(StaffRoles.LegalReviewer, reviewers)
            .Concat(Enumerable.Repeat(StaffRoles.Officer, officers - Math.Min(officers, 2)))
            .Concat(Enumerable.Repeat(StaffRoles.SectionChief, Math.Min(officers, 2)))
            .Concat([StaffRoles.Administrator, StaffRoles.BureauLeader, StaffRoles.ComplaintDispatcher]);

        var ratio = LegalReviewerRatio.Count(roles);

        (ratio.LegalReviewers, ratio.Officers).ShouldBe((reviewers, officers));
        ratio.IsBelowMinimum.ShouldBe(below);
        ratio.Required.ShouldBe(required);
    }

    [Fact]
    public void TheRatioIsDescribedInPerCent() =>
        new LegalReviewerRatio(1, 30).Describe().ShouldBe("法制审核人员1人，执法人员30人，占比3.3%");

    [Fact]
    public void TheAnnualFiguresCountTheClosingsWithoutPenaltyFromTheRecords()
    {
        var agreed = RectifiedWithLinkedFinding(Quality).LegalReview(LegalReviewOpinion.Agreed, "首次违法且已改正，依法不予行政处罚。");
        var disagreed = RectifiedWithLinkedFinding(Quality).LegalReview(LegalReviewOpinion.Disagreed, "应予行政处罚。");
        var waiting = RectifiedWithLinkedFinding(Quality);
        var records = Domain.Statistics.StatisticsRecords.From([agreed.Case, disagreed.Case, waiting.Case]);

        var counts = Domain.Statistics.AnnualCounter.Count(records, Quality, 2026, new DateOnly(2026, 12, 31));

        counts.ClosedWithoutPenaltyAfterLegalReview.ShouldBe(1);
        Domain.Statistics.AnnualCounter.Count(records, Quality, 2025, new DateOnly(2025, 12, 31)).ClosedWithoutPenaltyAfterLegalReview.ShouldBe(0);
        Domain.Statistics.AnnualCounter.Count(records, Housing, 2026, new DateOnly(2026, 12, 31)).ClosedWithoutPenaltyAfterLegalReview.ShouldBe(0);
    }

    private static CaseScenario AwaitingTransfer() =>
        CaseBuilder.For(Housing).WithGeneralFindings(2).Open().IssueNotice().Reply().ReviewNotCooperating().InterviewRefused();

    /// <summary>A case whose one finding is linked to a penalty matter, rectified and found so at the review.</summary>
    private static CaseScenario RectifiedWithLinkedFinding(DepartmentCode department)
    {
        var builder = CaseBuilder.For(department).WithGeneralFindings(1);
        var opening = builder.Opening();
        opening = opening with { Findings = [.. opening.Findings.Select(f => f with { PenaltyMatterId = LinkedMatter })] };
        var opened = EnforcementCase.Open(Guid.NewGuid(), builder.Number, opening, Bureau.Officer1, Bureau.Start, Bureau.Calendar);
        opened.Findings.Single().PenaltyMatterId.ShouldBe(LinkedMatter);
        return new CaseScenario(opened, Bureau.Start).NextWorkingDay().IssueNotice().Reply().ReviewPassed();
    }
}
