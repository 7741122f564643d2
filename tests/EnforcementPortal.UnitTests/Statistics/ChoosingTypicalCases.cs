using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;

namespace EnforcementPortal.UnitTests.Statistics;

/// <summary>典型案例 of the monthly report: a case active in the month, each once, at most five, with its account.</summary>
public sealed class ChoosingTypicalCases
{
    private static readonly ReportMonth October = new(2026, 10);
    private static readonly Actor Chief = new(Guid.NewGuid(), "王振华");
    private static readonly DateTime Now = new(2026, 11, 3, 9, 0, 0);

    [Fact]
    public void ACaseActiveInTheMonthIsChosenWithItsAccount()
    {
        var candidate = Candidate(active: true);

        var typical = TypicalCase.Choose(October, candidate, [], "  经营场所未公示备案信息，约谈后整改到位。 ", Chief, Now);

        typical.ReportMonth.ShouldBe(October);
        typical.Department.ShouldBe(DepartmentCode.Housing);
        typical.CaseNumber.ShouldBe(candidate.CaseNumber);
        typical.Summary.ShouldBe("经营场所未公示备案信息，约谈后整改到位。");
        typical.ChosenByName.ShouldBe("王振华");
        typical.ChosenAt.ShouldBe(Now);
    }

    [Fact]
    public void ACaseWithNoActivityInTheMonthIsRefused()
    {
        Should.Throw<DomainException>(() => TypicalCase.Choose(October, Candidate(active: false), [], "说明", Chief, Now))
            .Message.ShouldBe("该案件在2026年10月没有执法活动，不能作为本月典型案例。");
    }

    [Fact]
    public void TheSameCaseIsChosenOnlyOnceAMonth()
    {
        var candidate = Candidate(active: true);

        Should.Throw<DomainException>(() => TypicalCase.Choose(October, candidate, [candidate.CaseId], "说明", Chief, Now))
            .Message.ShouldBe("该案件已是本月典型案例。");
    }

    [Fact]
    public void AtMostFiveCasesAMonth()
    {
        Guid[] five = [.. Enumerable.Range(0, TypicalCase.MaxPerMonth).Select(_ => Guid.NewGuid())];

        Should.Throw<DomainException>(() => TypicalCase.Choose(October, Candidate(active: true), five, "说明", Chief, Now))
            .Message.ShouldBe("每月最多选择5件典型案例。");
        Should.NotThrow(() => TypicalCase.Choose(October, Candidate(active: true), five[..4], "说明", Chief, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void TheAccountIsRequired(string? summary)
    {
        Should.Throw<DomainException>(() => TypicalCase.Choose(October, Candidate(active: true), [], summary, Chief, Now))
            .Message.ShouldBe("请填写简要案情及典型意义。");
    }

    [Fact]
    public void TheAccountHasALimit()
    {
        var tooLong = new string('案', TypicalCase.SummaryMaxLength + 1);

        Should.Throw<DomainException>(() => TypicalCase.Choose(October, Candidate(active: true), [], tooLong, Chief, Now))
            .Message.ShouldBe("简要案情及典型意义不能超过500个字。");
    }

    [Theory]
    [InlineData(2026, 11, 5, 0, false)]
    [InlineData(2026, 11, 6, 0, true)]
    [InlineData(2026, 11, 23, 1, false)]
    public void OctobersChoiceIsOverdueAfterTheFifthOfNovemberWhenNoneIsChosen(int year, int month, int day, int chosen, bool overdue)
    {
        TypicalCase.IsChoiceOverdue(October, chosen, new DateOnly(year, month, day)).ShouldBe(overdue);
    }

    private static TypicalCaseCandidate Candidate(bool active) =>
        new(Guid.NewGuid(), "房产科 2026 年第 0007 号", DepartmentCode.Housing, active);
}
