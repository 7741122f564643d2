using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Documents;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Complaints;

/// <summary>
/// 重大案件 (北京市房地产市场动态监管信息平台操作流程 三): 领导批示, 涉及两个及以上部门, 群体性投诉, 跨区域 — flagged with a lead unit and
/// participating departments; and the 协查 form drawn from a complaint never carries the complainant.
/// </summary>
public class MajorCaseFlags
{
    private static readonly DateTime At = ComplaintBuilder.Filed.AddDays(1);

    [Fact]
    public void AComplaintIsFlaggedWithItsReasonsLeadUnitAndParticipants()
    {
        var complaint = ComplaintBuilder.Accepted();

        complaint.FlagMajor(MajorCaseReasons.LeaderInstruction | MajorCaseReasons.MultipleDepartments, ConstructionManagement, [Quality, Safety, Safety], ComplaintBuilder.Dispatcher, At);

        complaint.IsMajor.ShouldBeTrue();
        complaint.MajorLeadDepartment.ShouldBe(ConstructionManagement);
        complaint.MajorParticipants.ShouldBe([Safety, Quality]);
        complaint.MajorFlaggedOn.ShouldBe(DateOnly.FromDateTime(At));
        complaint.Events[^1].Summary.ShouldBe("列为重大案件（领导批示、涉及两个及以上部门），牵头单位：建管科，配合部门：安监站、质监站。");
    }

    [Fact]
    public void TwoOrMoreDepartmentsNeedAParticipatingDepartment()
    {
        var complaint = ComplaintBuilder.Accepted();

        Should.Throw<DomainException>(() => complaint.FlagMajor(MajorCaseReasons.MultipleDepartments, Housing, [], ComplaintBuilder.Dispatcher, At))
            .Message.ShouldBe("涉及两个及以上部门的，请选择至少一个配合部门。");
        complaint.IsMajor.ShouldBeFalse();
    }

    [Fact]
    public void ACrossDistrictOrMassComplaintMayBeLedByOneDepartmentAlone()
    {
        var complaint = ComplaintBuilder.Accepted();

        complaint.FlagMajor(MajorCaseReasons.CrossDistrict | MajorCaseReasons.MassComplaint, Housing, [], ComplaintBuilder.Dispatcher, At);

        MajorCaseNames.Describe(complaint.MajorReasons).ShouldBe("群体性投诉、跨区域");
        complaint.MajorParticipants.ShouldBeEmpty();
    }

    [Fact]
    public void NoReasonTheLeadAmongParticipantsOrAnUnknownReasonIsRefused()
    {
        var complaint = ComplaintBuilder.Accepted();

        Should.Throw<DomainException>(() => complaint.FlagMajor(MajorCaseReasons.None, Housing, [], ComplaintBuilder.Dispatcher, At)).Message.ShouldBe("请至少选择一项重大案件情形。");
        Should.Throw<DomainException>(() => complaint.FlagMajor((MajorCaseReasons)64, Housing, [], ComplaintBuilder.Dispatcher, At)).Message.ShouldBe("请至少选择一项重大案件情形。");
        Should.Throw<DomainException>(() => complaint.FlagMajor(MajorCaseReasons.MultipleDepartments, Housing, [Housing, Safety], ComplaintBuilder.Dispatcher, At)).Message.ShouldBe("配合部门不能包含牵头单位。");
        complaint.IsMajor.ShouldBeFalse();
    }

    [Fact]
    public void AClosedComplaintIsNotFlagged()
    {
        var complaint = ComplaintBuilder.Accepted();
        complaint.RecordOpinion(ComplaintOutcome.NoViolation, "未发现违法违规行为。", null, ComplaintBuilder.Officer, At, Calendar.OfficialCalendar.Instance);
        complaint.Close(ComplaintBuilder.Officer, At.AddHours(1));

        Should.Throw<DomainException>(() => complaint.FlagMajor(MajorCaseReasons.LeaderInstruction, Housing, [], ComplaintBuilder.Dispatcher, At.AddHours(2)))
            .Message.ShouldBe("已办结或不予受理的投诉不能列为重大案件。");
    }

    [Theory]
    [InlineData(AssistRequestScope.Internal)]
    [InlineData(AssistRequestScope.External)]
    public void TheAssistFormOfAComplaintCarriesNoComplainantAndAsksForTenWorkingDays(AssistRequestScope scope)
    {
        var complaint = ComplaintBuilder.Accepted();
        complaint.RecordOpinion(ComplaintOutcome.AssistRequest, "需市场监管部门核查主体资格。", "伊宁市市场监督管理局", ComplaintBuilder.Officer, At, Calendar.OfficialCalendar.Instance);

        var input = complaint.AssistRequestFor(scope, "伊建房协〔2026〕1号", ComplaintBuilder.Officer, DateOnly.FromDateTime(At));

        input.DiscloseComplainant.ShouldBeFalse();
        input.ComplainantName.ShouldBeNull();
        input.ComplainantPhone.ShouldBeNull();
        input.AssistingUnit.ShouldBe("伊宁市市场监督管理局");
        input.SuggestedWorkingDays.ShouldBe(10);
        input.RespondentName.ShouldBe("伊宁市安居房产经纪有限公司");
        complaint.RecordAssistIssued(AssistRequestForms.InternalTitle, "伊建房协〔2026〕1号", "ABCD2345", ComplaintBuilder.Officer, At.AddHours(1));
        complaint.Events[^1].Summary.ShouldStartWith("出具《房地产市场违法违规案件协查通知单》伊建房协〔2026〕1号（核验码 ABCD2345），送伊宁市市场监督管理局");
    }

    [Fact]
    public void NoAssistFormWithoutAnAssistRequest()
    {
        var complaint = ComplaintBuilder.Accepted();

        Should.Throw<DomainException>(() => complaint.AssistRequestFor(AssistRequestScope.Internal, "伊建房协〔2026〕1号", ComplaintBuilder.Officer, DateOnly.FromDateTime(At)))
            .Message.ShouldStartWith("只有处理结果为“需其他部门配合协查”");
    }
}
