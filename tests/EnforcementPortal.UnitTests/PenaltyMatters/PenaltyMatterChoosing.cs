using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Infrastructure.PenaltyMatters;

namespace EnforcementPortal.UnitTests.PenaltyMatters;

/// <summary>The transfer form offers the department's matters first, the findings' suggestions on top, retired ones never.</summary>
public sealed class PenaltyMatterChoosing
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static List<PenaltyMatter> Catalogue()
    {
        var example = PenaltyMatterSeedParser.ParseEmbeddedSeed();
        foreach (var m in example)
        {
            m.Classify([DepartmentCode.Housing], null, null).MarkAsExample();
        }

        return [.. example, .. NationalPenaltyMatters.ParseEmbeddedSeed(example.Count + 1)];
    }

    [Fact]
    public void ACivilAirDefenseTransferIsOfferedTheCivilAirDefenseMattersFirst()
    {
        var options = PenaltyMatterChoice.For(Catalogue(), DepartmentCode.CivilAirDefense, ["地下车库兼人防工程防护密闭门缺失"], Today);

        options.Count.ShouldBe(87);
        options.Take(2).ShouldAllBe(o => o.IsDepartments);
        options.Skip(2).ShouldAllBe(o => !o.IsDepartments);
        options[0].IsSuggested.ShouldBeTrue();
        options[0].Matter.Provisions.ShouldContain(p => p.Citation.StartsWith("《中华人民共和国人民防空法》", StringComparison.Ordinal));
    }

    [Fact]
    public void AWaterproofingDefectSuggestsTheQualityMatterNotTheSaleOfUnfinishedHousing()
    {
        var best = PenaltyMatterChoice.BestFor(Catalogue(), DepartmentCode.Quality, ["地下室外墙防水层施工不符合设计要求"], Today).ShouldNotBeNull();

        best.LegalBasis.ShouldStartWith("《建设工程质量管理条例》第六十四条");
        best.Name.ShouldNotContain("预售");
    }

    [Fact]
    public void AnUneliminatedAccidentHazardSuggestsTheWorkSafetyLawToTheSafetyStation()
    {
        var best = PenaltyMatterChoice.BestFor(Catalogue(), DepartmentCode.Safety, ["检查发现的事故隐患经责令整改后仍未消除"], Today).ShouldNotBeNull();

        best.LegalBasis.ShouldStartWith("《中华人民共和国安全生产法》第一百零二条 生产经营单位未采取措施消除事故隐患的，责令立即消除或者限期消除，处五万元以下的罚款；");
        best.AppliesTo(DepartmentCode.Safety).ShouldBeTrue();
    }

    [Fact]
    public void ARetiredMatterIsNoLongerOffered()
    {
        var catalogue = Catalogue();
        var retired = catalogue.First(m => m.AppliesTo(DepartmentCode.Safety));
        retired.Retire(new DateOnly(2026, 1, 1));

        PenaltyMatterChoice.For(catalogue, DepartmentCode.Safety, [], Today).ShouldNotContain(o => o.Matter == retired);
        retired.IsInForce(new DateOnly(2025, 12, 31)).ShouldBeTrue();
    }

    [Fact]
    public void TheSearchTextHoldsTheNameTheArticleAndTheKeywords()
    {
        var option = PenaltyMatterChoice.For(Catalogue(), DepartmentCode.CivilAirDefense, [], Today)[0];

        option.SearchText.ShouldContain("第四十八条");
        option.SearchText.ShouldContain("防空地下室");
        option.SearchText.ShouldContain(option.Matter.Name);
    }
}
