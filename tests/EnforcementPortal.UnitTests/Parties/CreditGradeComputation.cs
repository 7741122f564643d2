using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;

namespace EnforcementPortal.UnitTests.Parties;

/// <summary>信用风险等级: computed from the party's cases in every department, explained fact by fact.</summary>
public class CreditGradeComputation
{
    private static readonly DateOnly Today = new(2026, 11, 16);

    private static PartyCaseRecord Case(DepartmentCode department, string foundOn, int general = 0, int serious = 0, bool uncooperative = false, bool transferred = false, int repeats = 0) =>
        new(Guid.NewGuid(), department, $"{DepartmentPolicy.For(department).ShortName} 2026 年第 0001 号", DateOnly.Parse(foundOn, System.Globalization.CultureInfo.InvariantCulture), general, serious, uncooperative, transferred, repeats);

    [Fact]
    public void APartyWithoutFindingsInThreeYearsIsGradeAAndSaysSo()
    {
        var assessment = CreditGrading.Assess([Case(DepartmentCode.Housing, "2026-05-01"), Case(DepartmentCode.Safety, "2023-06-01", serious: 3, transferred: true)], Today);

        assessment.Grade.ShouldBe(CreditGrade.A);
        assessment.Score.ShouldBe(0);
        assessment.Factors.ShouldHaveSingleItem().Fact.ShouldContain("均未发现问题");
        assessment.Frequency.PerYear.ShouldBe(1);
    }

    [Fact]
    public void OneRecentGeneralFindingIsGradeBWithTheRecencyNamed()
    {
        var assessment = CreditGrading.Assess([Case(DepartmentCode.Housing, "2026-03-10", general: 1)], Today);

        assessment.Score.ShouldBe(CreditGrading.GeneralFindingPoints + CreditGrading.RecentViolationPoints);
        assessment.Grade.ShouldBe(CreditGrade.B);
        assessment.Factors.Select(f => f.Fact).ShouldContain(f => f.Contains("一般问题1项", StringComparison.Ordinal));
        assessment.Factors.Select(f => f.Fact).ShouldContain(f => f.Contains("不足一年", StringComparison.Ordinal));
        assessment.LastViolationOn.ShouldBe(new DateOnly(2026, 3, 10));
    }

    [Fact]
    public void SeverityCooperationTransfersAndRepeatsAcrossDepartmentsAddUpToGradeD()
    {
        var assessment = CreditGrading.Assess(
            [
                Case(DepartmentCode.Safety, "2025-04-01", serious: 1, uncooperative: true, transferred: true),
                Case(DepartmentCode.Quality, "2026-02-01", general: 1, repeats: 1),
            ],
            Today);

        // 3 + 3 + 4 (安监站) + 1 + 2 (质监站) + 2 (last violation under a year ago) = 15.
        assessment.Score.ShouldBe(15);
        assessment.Grade.ShouldBe(CreditGrade.D);
        assessment.Factors.Sum(f => f.Points).ShouldBe(assessment.Score);
        assessment.Factors.ShouldContain(f => f.Fact.Contains("安监站", StringComparison.Ordinal) && f.Fact.Contains("移交", StringComparison.Ordinal));
        assessment.Factors.ShouldContain(f => f.Fact.Contains("质监站", StringComparison.Ordinal) && f.Fact.Contains("重复", StringComparison.Ordinal));
        assessment.Frequency.ShouldBe(CreditGrading.FrequencyOf(CreditGrade.D));
    }

    [Theory]
    [InlineData(0, CreditGrade.A)]
    [InlineData(1, CreditGrade.B)]
    [InlineData(4, CreditGrade.B)]
    [InlineData(5, CreditGrade.C)]
    [InlineData(9, CreditGrade.C)]
    [InlineData(10, CreditGrade.D)]
    public void TheScoreBandsDecideTheGrade(int score, CreditGrade grade) => CreditGrading.GradeOf(score).ShouldBe(grade);

    [Fact]
    public void AWorseGradeIsInspectedMoreOften()
    {
        var perYear = Enum.GetValues<CreditGrade>().Select(g => CreditGrading.FrequencyOf(g).PerYear).ToList();

        perYear.ShouldBe([.. perYear.Order()]);
        perYear.Distinct().Count().ShouldBe(4);
    }
}
