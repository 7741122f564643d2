using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Enterprises;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Enterprises;

/// <summary>The enterprise's own reply (through the same reply step as an officer's) and its 复核 application and decision.</summary>
public class EnterpriseRepliesAndReconsiderations
{
    private static readonly Actor Enterprise = new(Guid.NewGuid(), "伊犁天山房地产经纪有限公司（企业网上提交）");

    [Fact]
    public void TheEnterpriseRepliesBeforeTheDeadlineWithEvidencePerFindingAndTheCaseAwaitsReview()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(2).Open().IssueNotice();
        var evidence = new EvidenceFile(Guid.NewGuid(), EvidenceStep.Reply, null, 2, "公示照片.jpg", "image/jpeg", 2048, new string('a', 64), "k1", scenario.Now, Enterprise, null);

        var reply = scenario.Case.RecordEnterpriseReply(ReplyKind.Plan, "制定整改方案，一周内完成公示。", Enterprise, scenario.Now, Bureau.Calendar, [evidence]);

        scenario.Case.State.ShouldBe(CaseState.AwaitingReview);
        reply.Kind.ShouldBe(ReplyKind.Plan);
        reply.ReceivedOn.ShouldBe(scenario.Today);
        scenario.Case.Evidence.Single().StepId.ShouldBe(reply.Id);
        scenario.Case.Events.Single(e => e.Action == CaseAction.RecordReply).ActorName.ShouldBe(Enterprise.Name);
        scenario.Case.VerifyTimeline().IsIntact.ShouldBeTrue();
    }

    [Fact]
    public void AfterTheDeadlineTheEnterpriseCannotReplyOnLine()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).Open().IssueNotice().AfterRectificationDeadline();

        Should.Throw<DomainException>(() => scenario.Case.RecordEnterpriseReply(ReplyKind.Receipt, "已整改。", Enterprise, scenario.Now, Bureau.Calendar))
            .Message.ShouldStartWith("整改期限已于");
        scenario.Case.State.ShouldBe(CaseState.Rectifying);
    }

    [Fact]
    public void EvidenceForAFindingOutsideTheNoticeIsRefused()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).Open().IssueNotice();
        var evidence = new EvidenceFile(Guid.NewGuid(), EvidenceStep.Reply, null, 7, "x.jpg", "image/jpeg", 10, new string('a', 64), "k", scenario.Now, Enterprise, null);

        Should.Throw<DomainException>(() => scenario.Case.RecordEnterpriseReply(ReplyKind.Receipt, "已整改。", Enterprise, scenario.Now, Bureau.Calendar, [evidence]));
        scenario.Case.Events.ShouldNotContain(e => e.Action == CaseAction.RecordReply);
    }

    [Fact]
    public void ReconsiderationIsAppliedForAfterANoticeAndDecidedByTheChiefOnTheTimeline()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).Open().IssueNotice();
        var state = scenario.Case.State;

        var application = ReconsiderationApplication.Apply(scenario.Case, hasOpenApplication: false, "我单位已于检查前完成公示，请求复核。", Enterprise, scenario.Now);
        scenario.Case.Events[^1].Summary.ShouldContain("向伊宁市住建局申请复核");
        Should.Throw<DomainException>(() => ReconsiderationApplication.Apply(scenario.Case, hasOpenApplication: true, "再次申请", Enterprise, scenario.Now));

        Should.Throw<DomainException>(() => application.Decide(scenario.Case, ReconsiderationOutcome.Upheld, "理由", scenario.Today.AddDays(-1), Bureau.Chief, scenario.Now))
            .Message.ShouldBe("复核决定日期不能早于申请日期。");
        application.Decide(scenario.Case, ReconsiderationOutcome.Upheld, "经复核，检查时未公示，原执法行为事实清楚。", scenario.Today, Bureau.Chief, scenario.Now);

        application.IsDecided.ShouldBeTrue();
        application.DecidedOn.ShouldBe(scenario.Today);
        scenario.Case.Events[^1].Summary.ShouldContain("作出复核决定：维持原执法行为");
        scenario.Case.State.ShouldBe(state);
        scenario.Case.VerifyTimeline().IsIntact.ShouldBeTrue();
        Should.Throw<DomainException>(() => application.Decide(scenario.Case, ReconsiderationOutcome.Revised, "改", scenario.Today, Bureau.Chief, scenario.Now));
    }

    [Fact]
    public void NoReconsiderationBeforeANoticeWasServed()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).Open();

        Should.Throw<DomainException>(() => ReconsiderationApplication.Apply(scenario.Case, false, "理由", Enterprise, scenario.Now))
            .Message.ShouldBe("本案尚未向你单位送达整改通知书或约谈通知书，暂不能申请复核。");
    }
}
