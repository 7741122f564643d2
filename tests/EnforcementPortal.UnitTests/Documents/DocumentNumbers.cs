using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using static EnforcementPortal.UnitTests.Documents.Composition.CompositionFixtures;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>文号 as GB/T 9704 writes them: no leading zeros, no suffixes, one running number per kind and year.</summary>
public sealed class DocumentNumbers
{
    [Theory]
    [InlineData(DepartmentCode.Housing, DocumentNumberKind.Inspection, 2025, 241, "伊建房检〔2025〕241号")]
    [InlineData(DepartmentCode.Safety, DocumentNumberKind.Interview, 2026, 7, "伊建安约〔2026〕7号")]
    [InlineData(DepartmentCode.CivilAirDefense, DocumentNumberKind.Transfer, 2026, 1, "伊建防移〔2026〕1号")]
    [InlineData(DepartmentCode.Quality, DocumentNumberKind.Rectification, 2024, 30, "伊建质整〔2024〕30号")]
    public void PrintsThePrefixMarkYearAndRunningNumberWithoutLeadingZeros(DepartmentCode department, DocumentNumberKind kind, int year, int sequence, string expected)
    {
        var number = new DocumentNumber(department, kind, year, sequence);

        number.ToString().ShouldBe(expected);
        DocumentNumber.TryParse(expected).ShouldBe(number);
    }

    [Theory]
    [InlineData("伊建房检〔2025〕0241号")]
    [InlineData("伊建房约〔2025〕0001-2号")]
    [InlineData("伊建房检〔2025〕第241号")]
    public void ReadsNoOtherForm(string text) => DocumentNumber.TryParse(text).ShouldBeNull();

    [Fact]
    public void EachKindHasItsOwnCounterPerDepartmentAndYear()
    {
        string[] scopes =
        [
            DocumentNumber.ScopeOf(DepartmentCode.Housing, DocumentNumberKind.Inspection, 2026),
            DocumentNumber.ScopeOf(DepartmentCode.Housing, DocumentNumberKind.Interview, 2026),
            DocumentNumber.ScopeOf(DepartmentCode.Housing, DocumentNumberKind.Transfer, 2026),
            DocumentNumber.ScopeOf(DepartmentCode.Housing, DocumentNumberKind.Rectification, 2026),
            DocumentNumber.ScopeOf(DepartmentCode.Safety, DocumentNumberKind.Inspection, 2026),
            DocumentNumber.ScopeOf(DepartmentCode.Housing, DocumentNumberKind.Inspection, 2025),
        ];

        scopes.Distinct().Count().ShouldBe(scopes.Length);
    }

    [Fact]
    public void TheInspectionNoticePrintsTheAllocatedNumber()
    {
        var c = Noticed(DepartmentCode.Housing);
        var number = new DocumentNumber(DepartmentCode.Housing, DocumentNumberKind.Inspection, 2026, 241);

        var definition = CaseDocumentComposer.InspectionNotice(Source(c), Issue with { Number = number });

        definition.DocumentNumber.ShouldBe("伊建房检〔2026〕241号");
        Text(Renderer.RenderPdf(definition)).ShouldContain("伊建房检〔2026〕241号");
    }
}
