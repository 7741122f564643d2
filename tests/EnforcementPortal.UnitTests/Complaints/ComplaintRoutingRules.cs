using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;
using static EnforcementPortal.UnitTests.Complaints.ComplaintBuilder;

namespace EnforcementPortal.UnitTests.Complaints;

/// <summary>案件分拣: business line → department, the seeded rules, an administrator's change and the dispatcher's override.</summary>
public class ComplaintRoutingRules
{
    public static TheoryData<BusinessLine, DepartmentCode> Seeded => new()
    {
        { BusinessLine.Transaction, DepartmentCode.Housing },
        { BusinessLine.Brokerage, DepartmentCode.Housing },
        { BusinessLine.Appraisal, DepartmentCode.Housing },
        { BusinessLine.Development, DepartmentCode.Housing },
        { BusinessLine.ConstructionMarket, DepartmentCode.ConstructionManagement },
        { BusinessLine.ConstructionPermit, DepartmentCode.ConstructionManagement },
        { BusinessLine.CivilAirDefence, DepartmentCode.CivilAirDefense },
        { BusinessLine.ConstructionSafety, DepartmentCode.Safety },
        { BusinessLine.EngineeringQuality, DepartmentCode.Quality },
    };

    [Theory]
    [MemberData(nameof(Seeded))]
    public void Each_business_line_goes_to_its_seeded_department(BusinessLine line, DepartmentCode department) =>
        ComplaintRouting.DepartmentFor(line, []).ShouldBe(department);

    [Fact]
    public void Every_business_line_has_a_seeded_rule() =>
        Enum.GetValues<BusinessLine>().ShouldAllBe(line => ComplaintRouting.Defaults.ContainsKey(line));

    [Fact]
    public void A_stored_rule_changed_by_the_administrator_wins_over_the_default()
    {
        var rule = new ComplaintRoutingRule(BusinessLine.Appraisal, DepartmentCode.Housing);
        rule.ChangeTo(DepartmentCode.ConstructionManagement, new Actor(Guid.NewGuid(), "管理员"), Filed);

        ComplaintRouting.DepartmentFor(BusinessLine.Appraisal, [rule]).ShouldBe(DepartmentCode.ConstructionManagement);
        ComplaintRouting.DepartmentFor(BusinessLine.Transaction, [rule]).ShouldBe(DepartmentCode.Housing);
    }

    [Fact]
    public void Routing_to_the_rules_department_needs_no_reason()
    {
        var complaint = Received();
        complaint.Route(DepartmentCode.Housing, DepartmentCode.Housing, null, Dispatcher, Filed);

        complaint.State.ShouldBe(ComplaintState.Routed);
        complaint.Department.ShouldBe(DepartmentCode.Housing);
        complaint.RoutingOverrideReason.ShouldBeNull();
    }

    [Fact]
    public void Overriding_the_rule_without_a_reason_is_refused_in_chinese()
    {
        var complaint = Received();
        var refusal = Should.Throw<DomainException>(() => complaint.Route(DepartmentCode.Quality, DepartmentCode.Housing, " ", Dispatcher, Filed));

        refusal.Message.ShouldContain("改派其他部门须填写理由");
        complaint.State.ShouldBe(ComplaintState.Received);
    }

    [Fact]
    public void Overriding_the_rule_with_a_reason_is_recorded_on_the_timeline()
    {
        var complaint = Received();
        complaint.Route(DepartmentCode.Quality, DepartmentCode.Housing, "反映的是房屋渗漏质量问题", Dispatcher, Filed);

        complaint.Department.ShouldBe(DepartmentCode.Quality);
        complaint.RuleDepartment.ShouldBe(DepartmentCode.Housing);
        complaint.Events[^1].Summary.ShouldContain("反映的是房屋渗漏质量问题");
        complaint.Events[^1].ActorName.ShouldBe(Dispatcher.Name);
    }
}
