using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>
/// 城市管理局's liaison reports on the portal itself (建法〔2025〕40号 (三)): receipt, the filing decision and the disposal,
/// each report due 5 working days after the decision it reports, counted on the 调休 calendar; the liaison is the actor.
/// </summary>
public class ReceivingBureauFeedback
{
    private static readonly Actor Liaison = new(Guid.Parse("3c1b8f0e-6a51-4f0b-9d0a-0000000000e1"), "努尔兰·哈力克");

    private static CaseScenario Transferred()
    {
        // Handed over Tuesday 30 September 2025 (before the National Day holiday, 1–8 October).
        var scenario = CaseBuilder.For(CivilAirDefense).WithSeriousFindings(1).InspectedAt(new DateTime(2025, 9, 26, 9, 0, 0)).Open()
            .IssueNotice().InterviewRefused().RequestTransfer().LegalReviewAgreed();
        scenario.At(new DateTime(2025, 9, 30, 16, 0, 0)).ApproveTransfer();
        return scenario;
    }

    [Fact]
    public void TheLiaisonSignsForTheTransferAndIsTheActorOnTheTimeline()
    {
        var scenario = Transferred();

        scenario.Case.AcknowledgeTransferReceipt(new DateOnly(2025, 10, 9), Liaison, new DateTime(2025, 10, 9, 10, 0, 0));

        var transfer = scenario.Case.CurrentTransfer!;
        transfer.ReceivedOn.ShouldBe(new DateOnly(2025, 10, 9));
        transfer.ReceivedByName.ShouldBe("努尔兰·哈力克");
        transfer.TransferredOn.ShouldBe(new DateOnly(2025, 10, 9));
        scenario.Case.State.ShouldBe(CaseState.Transferred);
        scenario.Case.Events[^1].ActorName.ShouldBe("努尔兰·哈力克");
        scenario.Case.Events[^1].Summary.ShouldStartWith("伊宁市城市管理局努尔兰·哈力克于2025年10月9日签收移交单");
        scenario.Case.VerifyTimeline().IsIntact.ShouldBeTrue();
        Should.Throw<DomainException>(() => scenario.Case.AcknowledgeTransferReceipt(new DateOnly(2025, 10, 9), Liaison, new DateTime(2025, 10, 9, 11, 0, 0)))
            .Message.ShouldBe("只有已移交、尚未签收的案件可以签收。");
    }

    [Fact]
    public void TheFilingDecisionNeedsTheReceiptFirst()
    {
        var scenario = Transferred();

        Should.Throw<DomainException>(() => scenario.Case.RecordFilingByReceivingBureau(FilingDecision.Filed, new DateOnly(2025, 10, 10), "伊城管立字〔2025〕第088号", Liaison, new DateTime(2025, 10, 10, 10, 0, 0), Bureau.Calendar))
            .Message.ShouldBe("请先签收移交单，再登记立案决定。");
        scenario.Case.State.ShouldBe(CaseState.Transferred);
    }

    [Fact]
    public void TheFilingFeedbackEnteredByTheLiaisonIsDueFiveWorkingDaysAfterTheDecisionAcrossTheAdjustedSaturday()
    {
        var scenario = Transferred();
        scenario.Case.AcknowledgeTransferReceipt(new DateOnly(2025, 10, 9), Liaison, new DateTime(2025, 10, 9, 10, 0, 0));

        // Decided Friday 10 October: Saturday 11 (调休上班), 13, 14, 15 and 16 October. Entered on the 17th: late.
        scenario.Case.RecordFilingByReceivingBureau(FilingDecision.Filed, new DateOnly(2025, 10, 10), "伊城管立字〔2025〕第088号", Liaison, new DateTime(2025, 10, 17, 10, 0, 0), Bureau.Calendar);

        var transfer = scenario.Case.CurrentTransfer!;
        transfer.FilingFeedbackDue.ShouldBe(new DateOnly(2025, 10, 16));
        transfer.FilingReportedOn.ShouldBe(new DateOnly(2025, 10, 17));
        transfer.FilingFeedbackLate.ShouldBeTrue();
        scenario.Case.State.ShouldBe(CaseState.AwaitingDisposal);
        scenario.Case.Events[^1].ActorName.ShouldBe("努尔兰·哈力克");
    }

    [Fact]
    public void ADecisionBeforeTheReceiptOrAFilingWithoutItsNumberIsRefused()
    {
        var scenario = Transferred();
        scenario.Case.AcknowledgeTransferReceipt(new DateOnly(2025, 10, 9), Liaison, new DateTime(2025, 10, 9, 10, 0, 0));
        var at = new DateTime(2025, 10, 13, 10, 0, 0);

        Should.Throw<DomainException>(() => scenario.Case.RecordFilingByReceivingBureau(FilingDecision.Filed, new DateOnly(2025, 9, 30), "伊城管立字〔2025〕第088号", Liaison, at, Bureau.Calendar))
            .Message.ShouldBe("立案决定日期不能早于签收日期。");
        Should.Throw<DomainException>(() => scenario.Case.RecordFilingByReceivingBureau(FilingDecision.Filed, new DateOnly(2025, 10, 10), " ", Liaison, at, Bureau.Calendar))
            .Message.ShouldBe("立案的，请填写立案号。");
        Should.Throw<DomainException>(() => scenario.Case.RecordFilingByReceivingBureau(FilingDecision.NotFiled, new DateOnly(2025, 10, 10), null, Liaison, at, Bureau.Calendar))
            .Message.ShouldBe("不予立案的，请填写接收单位说明的理由。");
    }

    [Fact]
    public void TheDisposalCarriesTheDecisionNumberAndPenaltyAndClosesTheLoopWithinFiveWorkingDays()
    {
        var scenario = Transferred();
        scenario.Case.AcknowledgeTransferReceipt(new DateOnly(2025, 10, 9), Liaison, new DateTime(2025, 10, 9, 10, 0, 0));
        scenario.Case.RecordFilingByReceivingBureau(FilingDecision.Filed, new DateOnly(2025, 10, 10), "伊城管立字〔2025〕第088号", Liaison, new DateTime(2025, 10, 13, 10, 0, 0), Bureau.Calendar);

        // Penalty decided Friday 24 October, entered Friday 31 October: 27–31 October, the fifth working day.
        scenario.Case.RecordDisposalByReceivingBureau("伊城管罚决字〔2025〕第15号", "罚款人民币五万元", new DateOnly(2025, 10, 24), Liaison, new DateTime(2025, 10, 31, 16, 0, 0), Bureau.Calendar);

        var transfer = scenario.Case.CurrentTransfer!;
        transfer.DisposalSummary.ShouldBe("伊城管罚决字〔2025〕第15号：罚款人民币五万元");
        transfer.DisposalFeedbackDue.ShouldBe(new DateOnly(2025, 10, 31));
        transfer.DisposalReportedOn.ShouldBe(new DateOnly(2025, 10, 31));
        transfer.DisposalFeedbackLate.ShouldBeFalse();
        scenario.Case.State.ShouldBe(CaseState.Concluded);
        scenario.Case.AwaitedFeedback.ShouldBeNull();
        scenario.Case.Events[^1].ActorName.ShouldBe("努尔兰·哈力克");
        Should.Throw<DomainException>(() => Transferred().Case.RecordDisposalByReceivingBureau(" ", "罚款", new DateOnly(2025, 10, 24), Liaison, new DateTime(2025, 10, 31, 16, 0, 0), Bureau.Calendar))
            .Message.ShouldBe("请填写处罚决定书文号。");
    }
}
