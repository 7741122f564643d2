using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>整改回复 and 逾期未回复: the party's reply, or the record that none came by the deadline.</summary>
public class CaseRecordNoReply
{
    // Served Tuesday 3 March 2026 with 15 days: the term ends on Wednesday 18 March.
    private static readonly DateOnly Deadline = new(2026, 3, 18);

    [Fact]
    public void NoReplyCannotBeRecordedBeforeTheDeadline()
    {
        var scenario = Noticed();
        var before = Snapshot.Of(scenario.Case);

        var refusal = Should.Throw<ActionNotPermittedException>(() =>
            scenario.Case.RecordNoReply(scenario.Actor, new DateTime(2026, 3, 10, 9, 0, 0), Bureau.Calendar));

        refusal.Message.ShouldBe("当前不能登记逾期未回复：整改期限届满后方可登记逾期未回复。");
        refusal.UnmetGuards.ShouldBe([CaseLifecycle.GuardDeadlinePassed]);
        Snapshot.Of(scenario.Case).ShouldBe(before);
    }

    [Fact]
    public void NoReplyCannotBeRecordedOnTheLastDayOfTheTerm()
    {
        var scenario = Noticed();

        var availability = scenario.Case.AvailableActions(Deadline).Single(a => a.Action == CaseAction.RecordNoReply);

        availability.IsPermitted.ShouldBeFalse();
        availability.Reasons.ShouldBe(["整改期限届满后方可登记逾期未回复"]);
        availability.Name.ShouldBe("登记逾期未回复");
        scenario.Case.CanDo(CaseAction.RecordNoReply, Deadline).ShouldBeFalse();
    }

    [Fact]
    public void TheReplyIsOfferedWhileNoReplyIsNot()
    {
        var scenario = Noticed();

        var actions = scenario.Case.AvailableActions(new DateOnly(2026, 3, 5));

        actions.Select(a => (a.Action, a.IsPermitted)).ShouldBe(
            [(CaseAction.RecordReply, true), (CaseAction.RecordNoReply, false)], ignoreOrder: true);
    }

    [Fact]
    public void NoReplyIsRecordedTheDayAfterTheDeadline()
    {
        var scenario = Noticed();
        var dayAfter = new DateTime(2026, 3, 19, 9, 0, 0);
        scenario.Case.AvailableActions(DateOnly.FromDateTime(dayAfter)).Single(a => a.Action == CaseAction.RecordNoReply).IsPermitted.ShouldBeTrue();

        scenario.Case.RecordNoReply(scenario.Actor, dayAfter, Bureau.Calendar);

        scenario.Case.State.ShouldBe(CaseState.AwaitingReview);
        var reply = scenario.Case.Replies.ShouldHaveSingleItem();
        reply.IsFailureToReply.ShouldBeTrue();
        reply.Kind.ShouldBeNull();
        reply.ReceivedOn.ShouldBe(new DateOnly(2026, 3, 19));
        scenario.Case.OpenDeadline.ShouldBeNull();
        scenario.Case.Events[^1].Summary.ShouldBe("整改期限（2026年3月18日）届满，责任单位未回复。");
    }

    [Fact]
    public void AReplyRecordsItsKindAndAwaitsTheReview()
    {
        var scenario = CaseBuilder.For(Safety).WithGeneralFindings(2).Open().IssueNotice().Reply();

        scenario.Case.State.ShouldBe(CaseState.AwaitingReview);
        var reply = scenario.Case.Replies.ShouldHaveSingleItem();
        reply.Kind.ShouldBe(ReplyKind.Receipt);
        reply.IsFailureToReply.ShouldBeFalse();
        reply.NoticeId.ShouldBe(scenario.Case.CurrentNotice!.Id);
        scenario.Case.Events[^1].Summary.ShouldStartWith("2026年3月4日收到整改回执：");
    }

    [Fact]
    public void AReplyAfterTheDeadlineIsMarkedLate()
    {
        var scenario = Noticed();
        scenario.At(new DateTime(2026, 3, 20, 10, 0, 0));

        scenario.Case.RecordReply(scenario.ReplyDraft(), scenario.Actor, scenario.Now, Bureau.Calendar);

        scenario.Case.Events[^1].Summary.ShouldStartWith("2026年3月20日收到情况说明（逾期提交）：");
    }

    [Fact]
    public void RefusesAReplyReceivedBeforeTheNoticeWasServed()
    {
        var scenario = Noticed();

        var refusal = Should.Throw<DomainException>(() =>
            scenario.Case.RecordReply(scenario.ReplyDraft() with { ReceivedOn = new DateOnly(2026, 3, 2) }, scenario.Actor, scenario.Now, Bureau.Calendar));

        refusal.Message.ShouldBe("收到日期不能早于整改通知书送达日期。");
    }

    [Fact]
    public void RefusesAnEmptyReply()
    {
        var scenario = Noticed();

        var refusal = Should.Throw<DomainException>(() =>
            scenario.Case.RecordReply(scenario.ReplyDraft() with { Content = "" }, scenario.Actor, scenario.Now, Bureau.Calendar));

        refusal.Message.ShouldBe("请填写回复内容摘要。");
    }

    private static CaseScenario Noticed()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(2).Open().IssueNotice();
        scenario.Case.RectificationDeadline.ShouldBe(Deadline);
        return scenario;
    }
}
