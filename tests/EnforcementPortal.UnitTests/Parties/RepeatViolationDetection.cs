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

    private static PartyFinding FromItem(DepartmentCode department, string foundOn, string description, string? code) =>
        Finding(department, foundOn, description) with { ItemCode = code };

    [Fact]
    public void AFindingFromTheSameChecklistItemCodeIsARepeatInAnyDepartment()
    {
        var safety = FromItem(DepartmentCode.Safety, "2026-02-10", "【检查项3·施工用电】临时用电三级配电两级保护：2#箱漏保失效", "JGJ59-3.14");
        var quality = FromItem(DepartmentCode.Quality, "2026-06-10", "现场配电箱无漏电保护", "JGJ59-3.14");
        var otherItem = FromItem(DepartmentCode.Quality, "2026-07-10", "现场配电箱无漏电保护装置", "JGJ59-3.2");

        var repeats = RepeatViolations.Find([safety, quality, otherItem], 365);

        repeats.Single(r => r.Finding == quality).Earlier.ShouldBe(safety, "the same item code, another department, other words");
        repeats.Single(r => r.Finding == otherItem).Earlier.ShouldBe(quality, "another item, but the same department and the same words: the description rule still holds");
        RepeatViolations.Find([safety, quality], 100).ShouldBeEmpty("outside the configurable window it is not a repeat");
        RepeatViolations.Find([safety, FromItem(DepartmentCode.Quality, "2026-06-10", "现场配电箱无漏电保护", null)], 365).ShouldBeEmpty("a typed finding has no item code");
    }

    [Fact]
    public void ARepeatByItemCodeCountsInTheGrade()
    {
        var first = FromItem(DepartmentCode.Safety, "2026-02-10", "脚手架连墙件缺失", "AJ-2");
        var second = FromItem(DepartmentCode.Safety, "2026-06-10", "外架未验收即投入使用", "AJ-2");
        var repeats = RepeatViolations.Find([first, second], 365);
        PartyCaseRecord Record(PartyFinding f) =>
            new(f.CaseId, f.Department, f.CaseNumber, f.FoundOn, 1, 0, false, false, repeats.Count(r => r.Finding.CaseId == f.CaseId));

        var assessment = CreditGrading.Assess([Record(first), Record(second)], new DateOnly(2026, 7, 1));

        repeats.ShouldHaveSingleItem();
        assessment.Factors.ShouldContain(f => f.Fact.Contains("同类问题重复发生1项") && f.Points == CreditGrading.RepeatPoints);
        assessment.Score.ShouldBe((2 * CreditGrading.GeneralFindingPoints) + CreditGrading.RepeatPoints + CreditGrading.RecentViolationPoints);
    }
}
