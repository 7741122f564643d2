using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>案件编号: the department's short name, the year and a four-digit sequence.</summary>
public class CaseNumbering
{
    [Theory]
    [InlineData(Housing, 2026, 1, "房产科 2026 年第 0001 号")]
    [InlineData(ConstructionManagement, 2026, 203, "建管科 2026 年第 0203 号")]
    [InlineData(CivilAirDefense, 2025, 16, "人防 2025 年第 0016 号")]
    [InlineData(Safety, 2026, 2121, "安监站 2026 年第 2121 号")]
    [InlineData(Quality, 2026, 42, "质监站 2026 年第 0042 号")]
    public void ReadsDepartmentYearAndSequence(DepartmentCode department, int year, int sequence, string expected) =>
        new CaseNumber(department, year, sequence).ToString().ShouldBe(expected);

    [Fact]
    public void TheCaseCarriesItsNumberYearAndSequence()
    {
        var enforcementCase = CaseBuilder.For(Housing).WithGeneralFindings(1).Numbered(7).Build();

        enforcementCase.Number.ShouldBe("房产科 2026 年第 0007 号");
        enforcementCase.Year.ShouldBe(2026);
        enforcementCase.Sequence.ShouldBe(7);
        enforcementCase.Department.ShouldBe(Housing);
    }

    [Fact]
    public void TheNumberFitsItsColumn() =>
        new CaseNumber(Safety, 2026, 9999).ToString().Length.ShouldBeLessThanOrEqualTo(EnforcementCase.NumberMaxLength);
}
