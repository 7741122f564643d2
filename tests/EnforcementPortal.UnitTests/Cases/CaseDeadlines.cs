using EnforcementPortal.Domain.Cases;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>
/// The one deadline that runs in each state, counted on the official calendar: the rectification term in calendar
/// days, 10 working days to transfer, 5 working days for the filing feedback, 60 days to archive.
/// </summary>
public class CaseDeadlines
{
    [Fact]
    public void TheRectificationTermIsCountedInCalendarDaysAndRolledPastNationalDay()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).InspectedAt(new DateTime(2025, 9, 16, 9, 0, 0)).Open();

        // Served 16 September 2025 with 15 days: the 15th day is 1 October (国庆节); 1-8 October are off.
        scenario.At(new DateTime(2025, 9, 16, 16, 0, 0)).IssueNotice(deadlineDays: 15);

        scenario.Case.OpenDeadlineKind.ShouldBe(DeadlineKind.Rectification);
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2025, 10, 9));
    }

    [Fact]
    public void TheTransferTermIsTenWorkingDaysFromTheDetermination()
    {
        // 建管科 determines a serious finding on Friday 26 September 2025. The working days are Sunday 28
        // (调休上班), 29, 30 September, then 9, 10, Saturday 11 (调休上班), 13, 14, 15 and 16 October.
        var scenario = CaseBuilder.For(ConstructionManagement).WithSeriousFindings(1).InspectedAt(new DateTime(2025, 9, 26, 9, 0, 0)).Open();
        scenario.Today.ShouldBe(new DateOnly(2025, 9, 28));

        scenario.IssueNotice().InterviewCooperative();

        scenario.Case.State.ShouldBe(CaseState.AwaitingTransfer);
        scenario.Case.TransferDeterminedOn.ShouldBe(new DateOnly(2025, 9, 26));
        scenario.Case.OpenDeadlineKind.ShouldBe(DeadlineKind.Transfer);
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2025, 10, 16));
    }

    [Fact]
    public void ADeterminationEnteredWeeksLaterKeepsTheTransferTermOfItsOwnDay()
    {
        // Inspected and determined on Friday 26 September 2025, entered on 20 October: the 10 working days still run
        // from 26 September (across the National Day holiday) to 16 October.
        var scenario = CaseBuilder.For(ConstructionManagement).WithSeriousFindings(1)
            .InspectedAt(new DateTime(2025, 9, 26, 9, 0, 0)).RecordedAt(new DateTime(2025, 10, 20, 15, 0, 0)).Open();

        scenario.Case.DeterminedOn.ShouldBe(new DateOnly(2025, 9, 26));
        scenario.IssueNotice().InterviewCooperative();

        scenario.Case.TransferDeterminedOn.ShouldBe(new DateOnly(2025, 9, 26));
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2025, 10, 16));
        scenario.Case.IsOverdue(scenario.Today).ShouldBeTrue();
    }

    [Fact]
    public void ABackDatedDeterminationAfterTheInspectionDayCountsFromItsOwnDay()
    {
        var scenario = CaseBuilder.For(CivilAirDefense).WithSeriousFindings(1)
            .InspectedAt(new DateTime(2025, 9, 24, 9, 0, 0)).RecordedAt(new DateTime(2025, 10, 20, 15, 0, 0))
            .DeterminedOn(new DateOnly(2025, 9, 26)).Open();

        scenario.IssueNotice().InterviewCooperative();

        scenario.Case.DeterminedOn.ShouldBe(new DateOnly(2025, 9, 26));
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2025, 10, 16));
    }

    [Fact]
    public void TheDeterminationIsNeverBeforeTheInspectionNorInTheFuture()
    {
        Should.Throw<Domain.Common.DomainException>(() => CaseBuilder.For(Housing).WithGeneralFindings(1)
                .InspectedAt(new DateTime(2025, 9, 26, 9, 0, 0)).DeterminedOn(new DateOnly(2025, 9, 25)).Build())
            .Message.ShouldBe("问题判定日期不能早于检查日期。");
        Should.Throw<Domain.Common.DomainException>(() => CaseBuilder.For(Housing).WithGeneralFindings(1)
                .InspectedAt(new DateTime(2025, 9, 26, 9, 0, 0)).RecordedAt(new DateTime(2025, 9, 27, 9, 0, 0)).DeterminedOn(new DateOnly(2025, 9, 28)).Build())
            .Message.ShouldBe("问题判定日期不能晚于今天。");
    }

    [Fact]
    public void AfterARefusalTheTransferTermRunsFromTheInterview()
    {
        var scenario = CaseBuilder.For(Safety).WithSeriousFindings(1).InspectedAt(new DateTime(2025, 9, 22, 9, 0, 0)).Open().IssueNotice();

        scenario.At(new DateTime(2025, 9, 26, 10, 0, 0)).InterviewRefused();

        scenario.Case.TransferDeterminedOn.ShouldBe(new DateOnly(2025, 9, 26));
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2025, 10, 16));
    }

    [Fact]
    public void TheFilingFeedbackIsDueFiveWorkingDaysAfterTheReceivingBureausDecisionNotAfterTheTransfer()
    {
        // 建法〔2025〕40号 (三): the 执法部门 decides whether to file and reports back within 5 working days of its
        // decision. Handed over Tuesday 30 September 2025; the bureau decided on Friday 10 October: Saturday 11
        // (调休上班), 13, 14, 15 and 16 October. Its feedback reached the department on the 20th: late.
        var scenario = CaseBuilder.For(CivilAirDefense).WithSeriousFindings(1).InspectedAt(new DateTime(2025, 9, 26, 9, 0, 0)).Open()
            .IssueNotice().InterviewRefused().RequestTransfer();
        scenario.At(new DateTime(2025, 9, 30, 15, 0, 0)).LegalReviewAgreed().At(new DateTime(2025, 9, 30, 16, 0, 0)).ApproveTransfer();
        scenario.Case.OpenDeadline.ShouldBeNull();
        scenario.Case.AwaitedFeedback.ShouldBe(AwaitedFeedback.Filing);

        scenario.Case.RecordFiling(FilingDecision.Filed, new DateOnly(2025, 10, 10), "伊市城管立字〔2025〕第 088 号", scenario.Actor, new DateTime(2025, 10, 20, 10, 0, 0), Bureau.Calendar, new DateOnly(2025, 10, 20));

        var transfer = scenario.Case.CurrentTransfer!;
        transfer.FilingFeedbackDue.ShouldBe(new DateOnly(2025, 10, 16));
        transfer.FilingReportedOn.ShouldBe(new DateOnly(2025, 10, 20));
        transfer.FilingFeedbackLate.ShouldBeTrue();
        scenario.Case.AwaitedFeedback.ShouldBe(AwaitedFeedback.Disposal);
        scenario.Case.Events[^1].Summary.ShouldBe("伊宁市城市管理局于2025年10月10日立案（伊市城管立字〔2025〕第 088 号），2025年10月20日反馈（逾期反馈，应于2025年10月16日前反馈）。");
    }

    [Fact]
    public void TheDisposalFeedbackIsDueFiveWorkingDaysAfterThePenaltyDecision()
    {
        // Penalty decided Friday 24 October 2025, reported on Friday 31 October: within 5 working days (27-31).
        var scenario = CaseBuilder.For(CivilAirDefense).WithSeriousFindings(1).InspectedAt(new DateTime(2025, 9, 26, 9, 0, 0)).Open()
            .IssueNotice().InterviewRefused().RequestTransfer();
        scenario.At(new DateTime(2025, 9, 30, 15, 0, 0)).LegalReviewAgreed().At(new DateTime(2025, 9, 30, 16, 0, 0)).ApproveTransfer();
        scenario.Case.RecordFiling(FilingDecision.Filed, new DateOnly(2025, 10, 10), "伊市城管立字〔2025〕第 088 号", scenario.Actor, new DateTime(2025, 10, 13, 10, 0, 0), Bureau.Calendar, new DateOnly(2025, 10, 13));

        scenario.Case.RecordDisposal(new DateOnly(2025, 10, 24), new DateOnly(2025, 10, 31), "作出行政处罚决定：罚款人民币十万元。", scenario.Actor, new DateTime(2025, 10, 31, 16, 0, 0), Bureau.Calendar);

        var transfer = scenario.Case.CurrentTransfer!;
        transfer.FilingFeedbackLate.ShouldBeFalse();
        transfer.DisposalDecidedOn.ShouldBe(new DateOnly(2025, 10, 24));
        transfer.DisposalFeedbackDue.ShouldBe(new DateOnly(2025, 10, 31));
        transfer.DisposalFeedbackLate.ShouldBeFalse();
        scenario.Case.AwaitedFeedback.ShouldBeNull();
        scenario.Case.Events[^1].Summary.ShouldBe("伊宁市城市管理局于2025年10月24日作出决定，2025年10月31日反馈处置结果：作出行政处罚决定：罚款人民币十万元。");
    }

    [Fact]
    public void TheTransferSentDayIsRecordedApartFromTheApproval()
    {
        // Approved Tuesday 30 September 2025; the 移交单 reached 城市管理局 on 17 October, after the transfer deadline
        // (16 October, 10 working days from the determination on 26 September).
        var scenario = CaseBuilder.For(CivilAirDefense).WithSeriousFindings(1).InspectedAt(new DateTime(2025, 9, 26, 9, 0, 0)).Open()
            .IssueNotice().InterviewRefused().RequestTransfer();
        scenario.At(new DateTime(2025, 9, 30, 15, 0, 0)).LegalReviewAgreed().At(new DateTime(2025, 9, 30, 16, 0, 0)).ApproveTransfer();
        scenario.Case.CurrentTransfer!.TransferredOn.ShouldBe(new DateOnly(2025, 9, 30));

        Should.Throw<Domain.Common.DomainException>(() => scenario.Case.RecordTransferSent(new DateOnly(2025, 9, 29), scenario.Actor, new DateTime(2025, 10, 17, 10, 0, 0), Bureau.Calendar))
            .Message.ShouldBe("移交单送出日期不能早于批准日期。");
        scenario.Case.RecordTransferSent(new DateOnly(2025, 10, 17), scenario.Actor, new DateTime(2025, 10, 17, 10, 0, 0), Bureau.Calendar);

        scenario.Case.CurrentTransfer!.TransferredOn.ShouldBe(new DateOnly(2025, 10, 17));
        scenario.Case.CurrentTransfer.DecidedAt.ShouldBe(new DateTime(2025, 9, 30, 16, 0, 0));
        scenario.Case.Events[^1].Summary.ShouldBe("移交单于2025年10月17日送达伊宁市城市管理局（超过移交期限2025年10月16日）。");
    }

    [Fact]
    public void TheArchiveIsDueSixtyDaysAfterTheConclusionRolledToAWorkingDay()
    {
        // Concluded Monday 4 August 2025: the 60th day is 3 October, inside the National Day holiday.
        var scenario = CaseBuilder.For(Quality).WithGeneralFindings(2).InspectedAt(new DateTime(2025, 7, 21, 9, 0, 0)).Open().IssueNotice().Reply();

        scenario.At(new DateTime(2025, 8, 4, 10, 0, 0)).ReviewPassed();

        scenario.Case.ConcludedOn.ShouldBe(new DateOnly(2025, 8, 4));
        scenario.Case.OpenDeadlineKind.ShouldBe(DeadlineKind.Archive);
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2025, 10, 9));
    }

    [Fact]
    public void TheOpenDeadlineFollowsTheState()
    {
        // 房产科, on the scenario's clock (one step per working day from Tuesday 3 March 2026).
        (string Step, CaseState State, DeadlineKind? Kind, DateOnly? Due)[] expected =
        [
            ("（判定）", CaseState.AwaitingNotice, null, null),
            ("下发整改通知书", CaseState.Rectifying, DeadlineKind.Rectification, new(2026, 3, 18)), // served 3 March, 15 days
            ("整改回复", CaseState.AwaitingReview, null, null),
            ("复查：整改未到位", CaseState.AwaitingInterview, null, null),
            ("约谈：配合整改", CaseState.Rectifying, DeadlineKind.Rectification, new(2026, 3, 16)), // interview 6 March, 10 days
            ("逾期未回复", CaseState.AwaitingReview, null, null), // recorded 17 March
            ("复查：不配合", CaseState.AwaitingInterview, null, null),
            ("约谈：仍不配合", CaseState.AwaitingTransfer, DeadlineKind.Transfer, new(2026, 4, 2)), // refused 19 March, 10 working days
            ("提请移交", CaseState.TransferPendingApproval, DeadlineKind.Transfer, new(2026, 4, 2)),
            ("退回移交", CaseState.AwaitingTransfer, DeadlineKind.Transfer, new(2026, 4, 2)),
            ("提请移交", CaseState.TransferPendingApproval, DeadlineKind.Transfer, new(2026, 4, 2)),
            ("法制审核：同意", CaseState.TransferPendingApproval, DeadlineKind.Transfer, new(2026, 4, 2)),
            ("批准移交", CaseState.Transferred, null, null), // the feedback is due 5 working days after the bureau's decision
            ("立案", CaseState.AwaitingDisposal, null, null),
            ("处置结果", CaseState.Concluded, DeadlineKind.Archive, new(2026, 5, 26)), // concluded 27 March, 60 days
            ("归档", CaseState.Archived, null, null),
        ];
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(2).Open();
        var seen = new List<(string, CaseState, DeadlineKind?, DateOnly?)>
        {
            ("（判定）", scenario.Case.State, scenario.Case.OpenDeadlineKind, scenario.Case.OpenDeadline),
        };

        foreach (var step in expected.Skip(1).Select(row => row.Step))
        {
            scenario.Follow(step);
            seen.Add((step, scenario.Case.State, scenario.Case.OpenDeadlineKind, scenario.Case.OpenDeadline));
        }

        seen.ShouldBe(expected.Select(row => (row.Step, row.State, row.Kind, row.Due)));
    }

    [Fact]
    public void TheDayTheAwaitedStepRunsFromFollowsTheState()
    {
        // What the 督办 list orders by: 复查 runs from the last reply (逾期未回复 records one), 立案反馈 from the day the
        // 移交单 was sent, 处置结果 from the filing decision; no other state waits on a stored day.
        string[] steps = ["下发整改通知书", "整改回复", "复查：整改未到位", "约谈：配合整改", "逾期未回复", "复查：不配合", "约谈：仍不配合", "提请移交", "法制审核：同意", "批准移交", "立案", "处置结果", "归档"];
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(2).Open();
        scenario.Case.AwaitedSince.ShouldBeNull();
        var waited = new List<CaseState>();

        foreach (var step in steps)
        {
            scenario.Follow(step);
            var c = scenario.Case;
            DateOnly? expected = c.State switch
            {
                CaseState.AwaitingReview => c.Replies[^1].ReceivedOn,
                CaseState.Transferred => c.CurrentTransfer!.TransferredOn,
                CaseState.AwaitingDisposal => c.CurrentTransfer!.FilingDecidedOn,
                _ => null,
            };
            (step, c.AwaitedSince).ShouldBe((step, expected));
            if (c.AwaitedSince is not null)
            {
                waited.Add(c.State);
            }
        }

        waited.ShouldBe([CaseState.AwaitingReview, CaseState.AwaitingReview, CaseState.Transferred, CaseState.AwaitingDisposal]);
    }

    [Fact]
    public void ACaseIsOverdueFromTheDayAfterItsDeadline()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).Open().IssueNotice();
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2026, 3, 18));

        scenario.Case.IsOverdue(new DateOnly(2026, 3, 17)).ShouldBeFalse();
        scenario.Case.IsOverdue(new DateOnly(2026, 3, 18)).ShouldBeFalse();
        scenario.Case.IsOverdue(new DateOnly(2026, 3, 19)).ShouldBeTrue();
    }

    [Fact]
    public void ACaseWithoutARunningDeadlineIsNeverOverdue()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).Open().IssueNotice().Reply();

        scenario.Case.OpenDeadline.ShouldBeNull();
        scenario.Case.IsOverdue(new DateOnly(2027, 1, 1)).ShouldBeFalse();
    }
}
