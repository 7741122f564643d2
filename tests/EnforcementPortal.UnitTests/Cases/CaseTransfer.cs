using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>
/// 案件移交 to 城市管理局: the officer's request citing penalty matters, the chief's approval (never the requester's
/// own), the receiving bureau's filing decision and disposal (闭环管理).
/// </summary>
public class CaseTransfer
{
    [Fact]
    public void RefusesATransferThatCitesNoPenaltyMatter() =>
        RefusedRequest(s => s.TransferDraft() with { PenaltyMatterIds = [] }, "移交须引用至少一项行政处罚事项。");

    [Fact]
    public void RefusesATransferWithoutTheFacts() =>
        RefusedRequest(s => s.TransferDraft() with { Facts = " " }, "请填写案件事实。");

    [Fact]
    public void RefusesATransferWithoutTheEvidenceList() =>
        RefusedRequest(s => s.TransferDraft() with { EvidenceList = "" }, "请填写证据清单。");

    [Fact]
    public void TheRequestAwaitsTheChiefsApproval()
    {
        var scenario = AwaitingTransfer();

        scenario.Case.RequestTransfer(scenario.TransferDraft() with { PenaltyMatterIds = [31, 12, 31] }, scenario.Actor, scenario.Now);

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.TransferPendingApproval);
        var transfer = enforcementCase.Transfers.ShouldHaveSingleItem();
        transfer.Status.ShouldBe(TransferStatus.PendingApproval);
        transfer.ReceivingBureau.ShouldBe("伊宁市城市管理局");
        transfer.PenaltyMatterIds.ShouldBe([31, 12]);
        transfer.RequestedByName.ShouldBe("马建军");
        enforcementCase.OpenDeadlineKind.ShouldBe(DeadlineKind.Transfer);
        enforcementCase.OpenDeadline.ShouldBe(new DateOnly(2026, 3, 20));
        enforcementCase.Events[^1].Summary.ShouldBe("提请移交伊宁市城市管理局，引用行政处罚事项2项，待科长/站长审批。");
    }

    [Fact]
    public void TheRequesterCannotApproveHisOwnTransfer()
    {
        var scenario = AwaitingTransfer().RequestTransfer().LegalReviewAgreed();
        var before = Snapshot.Of(scenario.Case);

        var refusal = Should.Throw<DomainException>(() => scenario.Case.ApproveTransfer(Bureau.Officer1, scenario.Now, Bureau.Calendar));

        refusal.Message.ShouldBe("审批人不得为移交申请人本人。");
        Snapshot.Of(scenario.Case).ShouldBe(before);
        scenario.Case.CurrentTransfer!.Status.ShouldBe(TransferStatus.PendingApproval);
    }

    [Fact]
    public void AChiefWhoRequestedTheTransferHimselfCannotApproveItEither()
    {
        var scenario = AwaitingTransfer();
        scenario.Actor = Bureau.Chief;
        scenario.RequestTransfer().LegalReviewAgreed();

        Should.Throw<DomainException>(() => scenario.Case.ApproveTransfer(Bureau.Chief, scenario.Now, Bureau.Calendar))
            .Message.ShouldBe("审批人不得为移交申请人本人。");
    }

    [Fact]
    public void AChiefWhoTookPartInTheReviewCannotApproveTheTransfer()
    {
        var chiefOnSite = new EnforcementPortal.Domain.Staff.OfficerOnDuty(Bureau.Chief.UserId, Bureau.Chief.Name, "65040019100", new DateOnly(2024, 1, 1), new DateOnly(2030, 12, 31));
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(2).Open().IssueNotice().Reply();
        scenario.Officers = [Bureau.MaJianjun, chiefOnSite];
        scenario.ReviewNotCooperating().InterviewRefused().RequestTransfer().LegalReviewAgreed();
        var before = Snapshot.Of(scenario.Case);

        var refusal = Should.Throw<DomainException>(() => scenario.Case.ApproveTransfer(Bureau.Chief, scenario.Now, Bureau.Calendar));

        refusal.Message.ShouldBe(EnforcementCase.RecusalMessage);
        refusal.Message.ShouldContain("回避");
        Snapshot.Of(scenario.Case).ShouldBe(before);
        scenario.Case.WasInspectedBy(Bureau.Chief.UserId).ShouldBeTrue();
    }

    [Fact]
    public void TheChiefsApprovalHandsTheCaseOverTheSameDay()
    {
        // Requested Monday 9 March, approved and sent Tuesday 10 March. No deadline runs until the bureau decides
        // whether to file: its feedback is due 5 working days after that decision (建法〔2025〕40号 (三)).
        var scenario = AwaitingTransfer().RequestTransfer().LegalReviewAgreed().ApproveTransfer();

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.Transferred);
        var transfer = enforcementCase.CurrentTransfer!;
        transfer.Status.ShouldBe(TransferStatus.Approved);
        transfer.DecidedByName.ShouldBe("王振华");
        transfer.TransferredOn.ShouldBe(new DateOnly(2026, 3, 10));
        enforcementCase.OpenDeadline.ShouldBeNull();
        enforcementCase.AwaitedFeedback.ShouldBe(AwaitedFeedback.Filing);
        enforcementCase.Events[^1].ActorName.ShouldBe("王振华");
        enforcementCase.Events[^1].Summary.ShouldBe("王振华批准移交，已移交伊宁市城市管理局；接收单位应在作出立案决定后5个工作日内反馈。");
    }

    [Fact]
    public void AReturnedRequestGoesBackToTheOfficerWithTheChiefsReason()
    {
        var scenario = AwaitingTransfer().RequestTransfer();

        Should.Throw<DomainException>(() => scenario.Case.ReturnTransfer(Bureau.Chief, " ", scenario.Now, Bureau.Calendar))
            .Message.ShouldBe("退回移交申请须填写理由。");
        scenario.ReturnTransfer();

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.AwaitingTransfer);
        enforcementCase.CurrentTransfer!.Status.ShouldBe(TransferStatus.Returned);
        enforcementCase.CurrentTransfer.ReturnReason.ShouldBe("证据清单不完整，请补充约谈笔录后重新提请。");
        enforcementCase.OpenDeadline.ShouldBe(new DateOnly(2026, 3, 20));

        scenario.RequestTransfer().LegalReviewAgreed().ApproveTransfer();
        enforcementCase.Transfers.Select(t => t.Status).ShouldBe([TransferStatus.Returned, TransferStatus.Approved]);
    }

    [Fact]
    public void FilingAndDisposalCloseTheLoop()
    {
        var scenario = AwaitingTransfer().RequestTransfer().LegalReviewAgreed().ApproveTransfer().FilingAccepted();

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.AwaitingDisposal);
        enforcementCase.CurrentTransfer!.FilingDecision.ShouldBe(FilingDecision.Filed);
        enforcementCase.CurrentTransfer.FilingDecidedOn.ShouldBe(new DateOnly(2026, 3, 11));
        enforcementCase.OpenDeadline.ShouldBeNull();

        scenario.Disposal();
        enforcementCase.State.ShouldBe(CaseState.Concluded);
        enforcementCase.CurrentTransfer.DisposalSummary.ShouldBe("作出行政处罚决定：罚款人民币五万元，责令限期改正。");
        enforcementCase.ConcludedOn.ShouldBe(new DateOnly(2026, 3, 12));

        scenario.Archive();
        enforcementCase.State.ShouldBe(CaseState.Archived);
        enforcementCase.ArchivedOn.ShouldBe(new DateOnly(2026, 3, 13));
        enforcementCase.IsClosed.ShouldBeTrue();
        enforcementCase.Events[^1].Summary.ShouldBe("归档结案（办结于2026年3月12日）。");
    }

    [Fact]
    public void ADeclinedFilingConcludesTheCaseAndNeedsTheBureausReason()
    {
        var scenario = AwaitingTransfer().RequestTransfer().LegalReviewAgreed().ApproveTransfer();

        Should.Throw<DomainException>(() => scenario.Case.RecordFiling(FilingDecision.NotFiled, scenario.Today, null, scenario.Actor, scenario.Now, Bureau.Calendar))
            .Message.ShouldBe("不予立案的，请填写接收单位说明的理由。");
        scenario.FilingDeclined();

        scenario.Case.State.ShouldBe(CaseState.Concluded);
        scenario.Case.ConcludedOn.ShouldBe(new DateOnly(2026, 3, 11));
        scenario.Case.OpenDeadlineKind.ShouldBe(DeadlineKind.Archive);
        scenario.Case.Events[^1].Summary.ShouldBe("伊宁市城市管理局于2026年3月11日不予立案（违法事实已于移交前改正，不予立案），2026年3月11日反馈。");
    }

    [Fact]
    public void RefusesAFilingDecisionDatedBeforeTheTransfer()
    {
        var scenario = AwaitingTransfer().RequestTransfer().LegalReviewAgreed().ApproveTransfer();

        Should.Throw<DomainException>(() => scenario.Case.RecordFiling(FilingDecision.Filed, new DateOnly(2026, 3, 9), "伊市城管立字〔2026〕第 012 号", scenario.Actor, scenario.Now, Bureau.Calendar))
            .Message.ShouldBe("立案决定日期不能早于移交日期。");
        Should.Throw<DomainException>(() => scenario.Case.RecordFiling(FilingDecision.Filed, scenario.Today.AddDays(1), null, scenario.Actor, scenario.Now, Bureau.Calendar))
            .Message.ShouldBe("立案决定日期不能晚于今天。");
        scenario.Case.State.ShouldBe(CaseState.Transferred);
    }

    [Fact]
    public void RefusesADisposalWithoutItsResult()
    {
        var scenario = AwaitingTransfer().RequestTransfer().LegalReviewAgreed().ApproveTransfer().FilingAccepted();

        Should.Throw<DomainException>(() => scenario.Case.RecordDisposal(scenario.Today, scenario.Today, "", scenario.Actor, scenario.Now, Bureau.Calendar))
            .Message.ShouldBe("请填写处置结果。");
        Should.Throw<DomainException>(() => scenario.Case.RecordDisposal(new DateOnly(2026, 3, 10), scenario.Today, "罚款", scenario.Actor, scenario.Now, Bureau.Calendar))
            .Message.ShouldBe("处罚决定或终止调查日期不能早于立案日期。");
        Should.Throw<DomainException>(() => scenario.Case.RecordDisposal(scenario.Today, scenario.Today.AddDays(-1), "罚款", scenario.Actor, scenario.Now, Bureau.Calendar))
            .Message.ShouldBe("处置结果反馈日期不能早于处罚决定或终止调查日期。");
        scenario.Case.State.ShouldBe(CaseState.AwaitingDisposal);
    }

    /// <summary>房产科: the party refused at the review on 5 March and at the interview on Friday 6 March.</summary>
    private static CaseScenario AwaitingTransfer()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(2).Open()
            .IssueNotice().Reply().ReviewNotCooperating().InterviewRefused();
        scenario.Case.State.ShouldBe(CaseState.AwaitingTransfer);
        scenario.Case.TransferDeterminedOn.ShouldBe(new DateOnly(2026, 3, 6));
        return scenario;
    }

    private static void RefusedRequest(Func<CaseScenario, TransferDraft> draft, string message)
    {
        var scenario = AwaitingTransfer();
        var before = Snapshot.Of(scenario.Case);

        var refusal = Should.Throw<DomainException>(() => scenario.Case.RequestTransfer(draft(scenario), scenario.Actor, scenario.Now));

        refusal.Message.ShouldBe(message);
        Snapshot.Of(scenario.Case).ShouldBe(before);
    }
}
