using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.PenaltyMatters;

namespace EnforcementPortal.UnitTests.PenaltyMatters;

/// <summary>A new transfer cites only matters of the department that are in force: a retired matter is refused whatever a form posts.</summary>
public sealed class PenaltyMatterCiting
{
    private static readonly DateOnly Day = new(2026, 11, 16);

    private static PenaltyMatter Matter() =>
        PenaltyMatter.Add(90, "对未消除事故隐患的处罚", "伊宁市住房和城乡建设局", "《某条例》\n第三条 违反的，处罚款。", null, [DepartmentCode.Safety], null, null);

    [Fact]
    public void AMatterInForceOfTheDepartmentMayBeCited()
    {
        var matter = Matter();
        Should.NotThrow(() => PenaltyMatter.RequireCitable([matter.Id], [matter], DepartmentCode.Safety, Day));
    }

    [Fact]
    public void ARetiredMatterIsRefusedByName()
    {
        var matter = Matter();
        matter.Retire(Day);
        Should.Throw<DomainException>(() => PenaltyMatter.RequireCitable([matter.Id], [matter], DepartmentCode.Safety, Day))
            .Message.ShouldContain("“对未消除事故隐患的处罚”已废止");
    }

    [Fact]
    public void AMatterOfAnotherDepartmentOrAnUnknownIdIsRefused()
    {
        var matter = Matter();
        Should.Throw<DomainException>(() => PenaltyMatter.RequireCitable([matter.Id], [matter], DepartmentCode.Housing, Day));
        Should.Throw<DomainException>(() => PenaltyMatter.RequireCitable([matter.Id + 1], [matter], DepartmentCode.Safety, Day));
    }
}
