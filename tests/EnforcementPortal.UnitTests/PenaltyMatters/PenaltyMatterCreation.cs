using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.PenaltyMatters;

namespace EnforcementPortal.UnitTests.PenaltyMatters;

public class PenaltyMatterCreation
{
    [Fact]
    public void ExtractsTheProvisionsFromTheBasis()
    {
        var matter = PenaltyMatter.Create(1, " 对某事的处罚 ", "行政处罚", "某局", "《某条例》\n第三条 违反的，处罚款。");

        matter.Name.ShouldBe("对某事的处罚");
        matter.Provisions.ShouldBe([new LegalProvision("某条例", "第三条")]);
        matter.Provisions[0].ToString().ShouldBe("《某条例》第三条");
    }

    [Fact]
    public void RefusesASequenceBelowOne() =>
        Should.Throw<ArgumentOutOfRangeException>(() => PenaltyMatter.Create(0, "对某事的处罚", "行政处罚", "某局", "依据"));

    [Theory]
    [InlineData(1, " ", "行政处罚", "某局", "依据")]
    [InlineData(1, "对某事的处罚", "", "某局", "依据")]
    [InlineData(1, "对某事的处罚", "行政处罚", "", "依据")]
    [InlineData(1, "对某事的处罚", "行政处罚", "某局", "")]
    public void RefusesAMissingPart(int sequence, string name, string powerType, string authority, string basis) =>
        Should.Throw<DomainException>(() => PenaltyMatter.Create(sequence, name, powerType, authority, basis)).Message.ShouldEndWith("不能为空。");

    [Fact]
    public void RefusesANameLongerThanTheColumn() =>
        Should.Throw<DomainException>(() =>
            PenaltyMatter.Create(1, new string('罚', PenaltyMatter.NameMaxLength + 1), "行政处罚", "某局", "依据"));
}
