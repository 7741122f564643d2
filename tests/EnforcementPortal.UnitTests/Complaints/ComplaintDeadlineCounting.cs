using EnforcementPortal.Domain.Complaints;
using static EnforcementPortal.UnitTests.Calendar.OfficialCalendar;
using static EnforcementPortal.UnitTests.Complaints.ComplaintBuilder;

namespace EnforcementPortal.UnitTests.Complaints;

/// <summary>The complaint's periods on the official calendar: 3 and 10 working days, 15 calendar days.</summary>
public class ComplaintDeadlineCounting
{
    [Fact]
    public void The_handling_opinion_is_due_ten_working_days_after_acceptance_across_national_day() =>
        ComplaintDeadlines.OpinionDue(D("2025-09-26"), Instance).Date.ShouldBe(D("2025-10-16"));

    [Fact]
    public void The_enterprise_replies_within_three_working_days_counting_a_make_up_sunday() =>
        ComplaintDeadlines.EnterpriseReplyDue(D("2026-09-18"), Instance).Date.ShouldBe(D("2026-09-22"));

    [Fact]
    public void Rectification_takes_fifteen_calendar_days_and_moves_past_a_holiday_end() =>
        // 2025-09-16 + 15 = 10-01 (国庆), so the period ends on the first working day after the holiday.
        ComplaintDeadlines.RectificationDue(D("2025-09-16"), Instance).Date.ShouldBe(D("2025-10-09"));

    [Fact]
    public void Rectification_on_an_ordinary_day_is_exactly_fifteen_days() =>
        ComplaintDeadlines.RectificationDue(D("2026-03-02"), Instance).Date.ShouldBe(D("2026-03-17"));

    [Fact]
    public void Acceptance_sets_the_opinion_deadline()
    {
        var complaint = Accepted();

        complaint.AcceptedOn.ShouldBe(D("2026-03-02"));
        complaint.OpinionDue.ShouldBe(D("2026-03-16"));
    }

    [Fact]
    public void An_approved_extension_moves_the_opinion_deadline_by_its_working_days()
    {
        var complaint = Accepted();
        complaint.RequestExtension(5, "需现场核查多个楼栋", Officer, Filed.AddDays(1));
        complaint.OpinionDue.ShouldBe(D("2026-03-16"));

        complaint.ApproveExtension(Chief, Filed.AddDays(1), Instance);

        complaint.OpinionDue.ShouldBe(D("2026-03-23"));
        complaint.ExtensionReason.ShouldBe("需现场核查多个楼栋");
    }

    [Fact]
    public void An_extension_without_a_reason_or_approved_by_its_requester_is_refused()
    {
        var complaint = Accepted();
        Should.Throw<Domain.Common.DomainException>(() => complaint.RequestExtension(5, "", Officer, Filed)).Message.ShouldBe("请填写延期理由。");
        complaint.RequestExtension(5, "复杂", Officer, Filed);
        Should.Throw<Domain.Common.DomainException>(() => complaint.ApproveExtension(Officer, Filed, Instance)).Message.ShouldContain("不能审批自己的");
    }

    [Fact]
    public void Notifying_the_enterprise_sets_its_reply_deadline_and_a_late_reply_is_marked()
    {
        var complaint = Accepted();
        complaint.NotifyEnterprise(D("2026-03-02"), Officer, Filed.AddHours(3), Instance);
        complaint.EnterpriseReplyDue.ShouldBe(D("2026-03-05"));

        complaint.RecordEnterpriseReply(D("2026-03-06"), "已退还看房费。", Officer, new DateTime(2026, 3, 6, 10, 0, 0));

        complaint.Events[^1].Summary.ShouldContain("逾期");
    }

    [Fact]
    public void A_violation_orders_rectification_within_fifteen_days()
    {
        var complaint = Accepted();
        complaint.RecordOpinion(ComplaintOutcome.Violation, "经核查存在违规收费，责令整改并依法查处。", null, Officer, new DateTime(2026, 3, 10, 9, 0, 0), Instance);

        complaint.RectificationDue.ShouldBe(D("2026-03-25"));
    }

    [Fact]
    public void Overdue_once_the_opinion_deadline_has_passed_and_urging_is_recorded()
    {
        var complaint = Accepted();
        complaint.IsOverdue(D("2026-03-16")).ShouldBeFalse();
        complaint.IsOverdue(D("2026-03-17")).ShouldBeTrue();
        Should.Throw<Domain.Common.DomainException>(() => complaint.Urge("请加快办理", Chief, new DateTime(2026, 3, 16, 9, 0, 0)));

        complaint.Urge("请加快办理", Chief, new DateTime(2026, 3, 17, 9, 0, 0));

        complaint.UrgeCount.ShouldBe(1);
        complaint.Events[^1].Summary.ShouldContain("催办（第1次）");
    }
}
