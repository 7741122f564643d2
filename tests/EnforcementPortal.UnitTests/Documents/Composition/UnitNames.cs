using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using static EnforcementPortal.UnitTests.Documents.Composition.CompositionFixtures;

namespace EnforcementPortal.UnitTests.Documents.Composition;

/// <summary>A department is printed as a proper unit, never as the bare abbreviation ("报送本局人防").</summary>
public sealed class UnitNames
{
    public static TheoryData<DepartmentCode> AllDepartments => [.. Departments];

    [Fact]
    public void CivilAirDefenseIsItsOffice()
    {
        DepartmentPolicy.For(DepartmentCode.CivilAirDefense).UnitName.ShouldBe("伊宁市住房和城乡建设局人民防空办公室");
    }

    [Theory]
    [MemberData(nameof(AllDepartments))]
    public void EveryDocumentNamesTheUnitNotTheAbbreviation(DepartmentCode department)
    {
        var c = Transferred(department);
        var policy = DepartmentPolicy.For(department);
        foreach (var available in CaseDocumentComposer.Available(c).Where(a => a.Kind != EnforcementDocumentKind.ArchiveVolume))
        {
            var text = Text(Renderer.RenderPdf(CaseDocumentComposer.Compose(Source(c, Matters), new DocumentRequest(available.Kind, available.SubjectId), Issue)));

            if (policy.ShortName != policy.UnitNameInBureau)
            {
                text.ShouldNotContain("本局" + policy.ShortName, customMessage: available.Title);
            }

            text.ShouldNotContain("住建局" + policy.FullName, customMessage: available.Title);
            if (available.Kind is EnforcementDocumentKind.RectificationNotice or EnforcementDocumentKind.TransferForm or EnforcementDocumentKind.InterviewNotice)
            {
                text.ShouldContain(policy.UnitName, customMessage: available.Title);
            }
        }
    }
}
