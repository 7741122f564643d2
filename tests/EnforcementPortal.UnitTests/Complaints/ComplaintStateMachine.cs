using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using static EnforcementPortal.UnitTests.Calendar.OfficialCalendar;
using static EnforcementPortal.UnitTests.Complaints.ComplaintBuilder;

namespace EnforcementPortal.UnitTests.Complaints;

/// <summary>received → routed → accepted/returned/refused → handling → answered → closed; returns and refusals need the chief.</summary>
public class ComplaintStateMachine
{
    [Fact]
    public void A_complaint_runs_from_intake_to_the_return_visit_with_a_timeline_entry_per_step()
    {
        var complaint = Received(phoneHash: "h1");
        complaint.Route(DepartmentCode.Housing, DepartmentCode.Housing, null, Dispatcher, Filed.AddHours(1));
        complaint.Accept(Officer, Chief, Filed.AddHours(2), Instance);
        complaint.NotifyEnterprise(D("2026-03-02"), Officer, Filed.AddHours(3), Instance);
        complaint.State.ShouldBe(ComplaintState.Handling);
        complaint.RecordEnterpriseReply(D("2026-03-03"), "看房费已全额退还。", Officer, Filed.AddDays(1));
        complaint.RecordOpinion(ComplaintOutcome.NoViolation, "经核查，企业已退还费用，未发现违法违规行为。", null, Officer, Filed.AddDays(2), Instance);
        complaint.Close(Officer, Filed.AddDays(2));
        complaint.RecordVisit(VisitSatisfaction.Satisfied, "投诉人表示满意", Dispatcher, Filed.AddDays(3));

        complaint.State.ShouldBe(ComplaintState.Closed);
        complaint.Events.Select(e => e.Sequence).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
        complaint.Events.Where(e => e.Action is not null).Select(e => e.ToState).ShouldBe(
            [ComplaintState.Routed, ComplaintState.Accepted, ComplaintState.Handling, ComplaintState.Answered, ComplaintState.Closed]);
        complaint.Visit.ShouldBe(VisitSatisfaction.Satisfied);
    }

    [Fact]
    public void A_return_needs_the_chiefs_approval_and_then_goes_back_to_the_dispatcher()
    {
        var complaint = Received();
        complaint.Route(DepartmentCode.Housing, DepartmentCode.Housing, null, Dispatcher, Filed);
        complaint.RequestReturn("反映的是施工安全问题，不属于本科职责", Officer, Filed);
        complaint.State.ShouldBe(ComplaintState.ReturnPending);
        Should.Throw<DomainException>(() => complaint.ApprovePendingRequest(Officer, Filed)).Message.ShouldBe("申请人不能审批自己的申请。");

        complaint.ApprovePendingRequest(Chief, Filed);

        complaint.State.ShouldBe(ComplaintState.Returned);
        complaint.Department.ShouldBeNull();
        complaint.Route(DepartmentCode.Safety, DepartmentCode.Housing, "科长批准退回：属施工安全", Dispatcher, Filed);
        complaint.State.ShouldBe(ComplaintState.Routed);
    }

    [Fact]
    public void A_refusal_approved_by_the_chief_keeps_the_reason_for_the_complainant()
    {
        var complaint = Received();
        complaint.Route(DepartmentCode.Housing, DepartmentCode.Housing, null, Dispatcher, Filed);
        complaint.RequestRefusal("投诉内容无具体对象，无法核查", Officer, Filed);
        complaint.ApprovePendingRequest(Chief, Filed);

        complaint.State.ShouldBe(ComplaintState.Refused);
        complaint.RefusalReason.ShouldBe("投诉内容无具体对象，无法核查");
        complaint.IsOpen.ShouldBeFalse();
        complaint.ProgressSteps()[^1].Name.ShouldBe("不予受理");
    }

    [Fact]
    public void The_chief_may_reject_a_request_and_the_department_must_accept()
    {
        var complaint = Received();
        complaint.Route(DepartmentCode.Housing, DepartmentCode.Housing, null, Dispatcher, Filed);
        complaint.RequestReturn("不属于本科", Officer, Filed);
        complaint.RejectPendingRequest("属于经纪机构监管，由本科办理", Chief, Filed);

        complaint.State.ShouldBe(ComplaintState.Routed);
        complaint.PendingRequestReason.ShouldBeNull();
    }

    [Fact]
    public void A_step_out_of_turn_is_refused_with_the_state_named()
    {
        var complaint = Received();
        var refusal = Should.Throw<ActionNotPermittedException>(() => complaint.Accept(Officer, Chief, Filed, Instance));

        refusal.Message.ShouldBe("投诉当前状态为“已登记，待分派”，不能受理并指定经办人。");
        complaint.Events.Count.ShouldBe(1);
    }

    [Fact]
    public void A_violation_cannot_be_closed_before_its_enforcement_case_is_linked()
    {
        var complaint = Accepted();
        complaint.RecordOpinion(ComplaintOutcome.Violation, "存在违规收费。", null, Officer, Filed.AddDays(1), Instance);
        Should.Throw<DomainException>(() => complaint.Close(Officer, Filed.AddDays(1))).Message.ShouldContain("须先启动执法案件");

        var caseId = Guid.NewGuid();
        complaint.LinkCase(caseId, "房产科 2026 年第 0101 号", Officer, Filed.AddDays(2));
        complaint.Close(Officer, Filed.AddDays(2));

        complaint.CaseId.ShouldBe(caseId);
        complaint.State.ShouldBe(ComplaintState.Closed);
    }

    [Fact]
    public void An_assist_request_waits_for_the_assisting_units_answer()
    {
        var complaint = Accepted();
        complaint.RecordOpinion(ComplaintOutcome.AssistRequest, "需质监站协查。", "质监站", Officer, Filed.AddDays(1), Instance);
        complaint.AssistDue.ShouldBe(D("2026-03-17"));
        Should.Throw<DomainException>(() => complaint.Close(Officer, Filed.AddDays(1)));

        complaint.RecordAssistAnswer(D("2026-03-10"), "经协查未发现质量问题。", Officer, Filed.AddDays(8));
        complaint.Close(Officer, Filed.AddDays(8));

        complaint.State.ShouldBe(ComplaintState.Closed);
    }

    [Fact]
    public void An_anonymous_complainant_cannot_be_recorded_as_visited_satisfied()
    {
        var complaint = Accepted();
        complaint.RecordOpinion(ComplaintOutcome.CivilDispute, "属民事纠纷，建议通过司法途径解决。", null, Officer, Filed.AddDays(1), Instance);
        complaint.Close(Officer, Filed.AddDays(1));

        Should.Throw<DomainException>(() => complaint.RecordVisit(VisitSatisfaction.Satisfied, null, Dispatcher, Filed.AddDays(2)));
        complaint.RecordVisit(VisitSatisfaction.Unreachable, null, Dispatcher, Filed.AddDays(2));
        complaint.Visit.ShouldBe(VisitSatisfaction.Unreachable);
    }

    [Fact]
    public void The_progress_steps_carry_dates_but_no_names()
    {
        var complaint = Accepted();
        var steps = complaint.ProgressSteps();

        steps.Select(s => s.Name).ShouldBe(["已登记", "分派至承办部门", "受理", "提出处理意见", "办结答复"]);
        steps.Single(s => s.Name == "提出处理意见").ExpectedBy.ShouldBe(D("2026-03-16"));
        steps.ShouldAllBe(s => !s.Name.Contains(Officer.Name));
    }

    [Fact]
    public void The_receipt_number_is_built_from_year_and_sequence() =>
        Received().ReceiptNumber.ShouldBe("TS2026-00001");
}
