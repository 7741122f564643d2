using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>下发整改通知书: requirements, items and a deadline, served by two certified officers.</summary>
public class CaseIssueNotice
{
    [Fact]
    public void ServesTheNoticeAndStartsTheRectificationTerm()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(2).Open();

        scenario.IssueNotice();

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(CaseState.Rectifying);
        var notice = enforcementCase.Notices.ShouldHaveSingleItem();
        notice.Round.ShouldBe(1);
        notice.DocumentNumber.ShouldBe("伊建房整〔2026〕1号");
        notice.FindingNumbers.ShouldBe([1, 2]);
        notice.Recipient.ShouldBe("伊犁丝路置业有限公司");
        notice.ServedOn.ShouldBe(new DateOnly(2026, 3, 3));

        // Served Tuesday 3 March; 15 days end on Wednesday 18 March, a working day.
        notice.Deadline.ShouldBe(new DateOnly(2026, 3, 18));
        enforcementCase.RectificationDeadline.ShouldBe(notice.Deadline);
        enforcementCase.OpenDeadlineKind.ShouldBe(DeadlineKind.Rectification);
        enforcementCase.OpenDeadline.ShouldBe(notice.Deadline);
        enforcementCase.Events[^1].Summary.ShouldBe(
            "下发《房地产市场违规整改通知书》伊建房整〔2026〕1号，整改事项第1、2项，直接送达于2026年3月3日送达伊犁丝路置业有限公司，整改期限15日，至2026年3月18日。");
    }

    [Fact]
    public void ATermEndingOnNationalDayRunsToTheFirstWorkingDayAfterIt()
    {
        var scenario = CaseBuilder.For(Safety).WithGeneralFindings(1).InspectedAt(new DateTime(2025, 9, 16, 9, 0, 0)).Open();

        // Served 16 September 2025 with 15 days: 1 October is 国庆节, the holiday runs to 8 October.
        scenario.At(new DateTime(2025, 9, 16, 16, 0, 0)).IssueNotice(deadlineDays: 15);

        scenario.Case.CurrentNotice!.Deadline.ShouldBe(new DateOnly(2025, 10, 9));
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2025, 10, 9));
    }

    [Fact]
    public void RefusesANoticeWithoutRequirements() =>
        Refused(s => s.NoticeDraft() with { Requirements = " " }, "请填写整改要求。");

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(181)]
    public void RefusesANoticeWithoutAReasonableDeadline(int days) =>
        Refused(s => s.NoticeDraft() with { DeadlineDays = days }, "整改期限应在1至180日之间。");

    [Fact]
    public void RefusesANoticeWithoutItems() =>
        Refused(s => s.NoticeDraft() with { FindingNumbers = [] }, "请至少选择一项需整改的问题。");

    [Fact]
    public void RefusesAnItemTheCaseDoesNotHave() =>
        Refused(s => s.NoticeDraft() with { FindingNumbers = [1, 9] }, "所选整改事项不存在或已整改到位。");

    [Fact]
    public void RefusesANoticeWithoutARecipient() =>
        Refused(s => s.NoticeDraft() with { Recipient = "" }, "请填写受送达人。");

    [Fact]
    public void RefusesServiceBeforeTheNoticeWasIssued() =>
        Refused(s => s.NoticeDraft() with { ServedOn = s.Today.AddDays(-1) }, "送达日期不能早于发文日期。");

    [Fact]
    public void RefusesServiceDatedInTheFuture() =>
        Refused(s => s.NoticeDraft() with { ServedOn = s.Today.AddDays(1) }, "送达日期不能晚于今天。");

    [Fact]
    public void RefusesServiceByASingleOfficer() =>
        Refused(s => s.NoticeDraft() with { ServedBy = [Bureau.GulmiraTursun] }, "执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 1 人）。");

    [Fact]
    public void RefusesServiceByAnOfficerWhoseCertificateHasExpired() =>
        Refused(
            s => s.NoticeDraft() with { ServedBy = [Bureau.MaJianjun, Bureau.LiuHaitao] },
            "刘海涛的执法证（65040019004）在2026年3月3日不在有效期内，不能参与执法。执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 1 人）。");

    [Fact]
    public void AThirdCertifiedOfficerIsWelcome()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).Open();

        scenario.IssueNotice(scenario.NoticeDraft() with { ServedBy = [Bureau.MaJianjun, Bureau.GulmiraTursun, Bureau.AblimitAhmat] });

        scenario.Case.CurrentNotice!.ServedBy.Count.ShouldBe(3);
    }

    [Fact]
    public void ANoticeMayCoverSomeOfTheItems()
    {
        var scenario = CaseBuilder.For(Quality).WithGeneralFindings(3).Open();

        scenario.IssueNotice(scenario.NoticeDraft() with { FindingNumbers = [3, 1, 3] });

        scenario.Case.CurrentNotice!.FindingNumbers.ShouldBe([1, 3]);
    }

    private static void Refused(Func<CaseScenario, NoticeDraft> draft, string message)
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(2).Open();
        var before = Snapshot.Of(scenario.Case);

        var refusal = Should.Throw<DomainException>(() => scenario.Case.IssueNotice(draft(scenario), scenario.Actor, scenario.Now, Bureau.Calendar));

        refusal.ShouldNotBeOfType<ActionNotPermittedException>();
        refusal.Message.ShouldBe(message);
        Snapshot.Of(scenario.Case).ShouldBe(before);
        scenario.Case.State.ShouldBe(CaseState.AwaitingNotice);
    }
}
