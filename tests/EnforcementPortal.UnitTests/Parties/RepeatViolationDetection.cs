using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;

namespace EnforcementPortal.UnitTests.Parties;

/// <summary>同类问题重复: the same kind, the same department, within the configurable window.</summary>
public class RepeatViolationDetection
{
    private static PartyFinding Finding(DepartmentCode department, string foundOn, string description) =>
        new(Guid.NewGuid(), "案件", department, DateOnly.Parse(foundOn, System.Globalization.CultureInfo.InvariantCulture), 1, description, FindingSeverity.General);

    [Fact]
    public void TheSameKindWithinTheWindowIsARepeatOfTheLatestEarlierFinding()
    {
        var first = Finding(DepartmentCode.Housing, "2026-01-10", "售楼处未公示商品房销售价格");
        var second = Finding(DepartmentCode.Housing, "2026-04-10", "售楼处未按规定公示商品房价格");
        var third = Finding(DepartmentCode.Housing, "2026-09-01", "售楼处未公示商品房销售价格。");

        var repeats = RepeatViolations.Find([first, second, third], 365);

        repeats.Count.ShouldBe(2);
        repeats.Single(r => r.Finding == second).Earlier.ShouldBe(first);
        repeats.Single(r => r.Finding == third).Earlier.ShouldBe(second);
    }

    [Fact]
    public void OutsideTheWindowItIsNotARepeat()
    {
        var first = Finding(DepartmentCode.Housing, "2025-01-10", "售楼处未公示商品房销售价格");
        var second = Finding(DepartmentCode.Housing, "2026-04-10", "售楼处未公示商品房销售价格");

        RepeatViolations.Find([first, second], 365).ShouldBeEmpty();
        RepeatViolations.Find([first, second], 500).ShouldHaveSingleItem();
    }

    [Fact]
    public void AnotherDepartmentOrAnotherKindIsNotARepeat()
    {
        var housing = Finding(DepartmentCode.Housing, "2026-01-10", "售楼处未公示商品房销售价格");
        var safety = Finding(DepartmentCode.Safety, "2026-03-10", "售楼处未公示商品房销售价格");
        var otherKind = Finding(DepartmentCode.Housing, "2026-05-10", "经纪机构未备案即开展业务");

        RepeatViolations.Find([housing, safety, otherKind], 365).ShouldBeEmpty();
    }
}
