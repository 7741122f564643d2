using System.Text.RegularExpressions;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Infrastructure.PenaltyMatters;

namespace EnforcementPortal.UnitTests.PenaltyMatters;

/// <summary>Seed 004: the 78 penalty matters of 西咸新区综合行政执法局, read from the copy embedded in Infrastructure.</summary>
public partial class PenaltyMatterSeedParsing
{
    private const string Authority = "西咸新区综合行政执法局";

    private static readonly IReadOnlyList<PenaltyMatter> Matters = PenaltyMatterSeedParser.ParseEmbeddedSeed();

    [Fact]
    public void ReadsAll78MattersInListOrder()
    {
        Matters.Count.ShouldBe(78);
        Matters.Select(m => m.Sequence).ShouldBe(Enumerable.Range(1, 78));
    }

    [Fact]
    public void ReadsTheFirstMatter()
    {
        var first = Matters[0];

        first.Name.ShouldBe("对擅自预售商品房的处罚");
        first.PowerType.ShouldBe("行政处罚");
        first.ImplementingAuthority.ShouldBe(Authority);
        first.Provisions.ShouldContain(new LegalProvision("中华人民共和国城市房地产管理法", "第六十八条"));
        first.Provisions.Select(p => p.Citation).ShouldBe(
        [
            "《中华人民共和国城市房地产管理法》第四十五条第一款",
            "《中华人民共和国城市房地产管理法》第六十八条",
            "《城市房地产开发经营管理条例》第三十六条",
            "《商品房销售管理办法》第三十八条",
            "《城市商品房预售管理办法》第十三条",
            "《城市房地产开发经营管理条例》第三十九条",
            "《陕西省城市房地产市场管理条例》第十七条",
            "《中华人民共和国城市房地产管理法》第四十五条",
            "《陕西省城市房地产市场管理条例》第四十六条",
        ]);
        first.LegalBasis.Split('\n')[0].ShouldBe("1. 《中华人民共和国城市房地产管理法》");
        first.ResponsibilityBasis.ShouldBe(
            "《中华人民共和国行政处罚法》、《中华人民共和国城市房地产管理法》、《商品房销售管理办法》、《城市商品房预售管理办法》、《陕西省城市房地产市场管理条例》");
        first.Remarks.ShouldBe("流程图");
    }

    [Fact]
    public void JoinsAParagraphThatAPageBreakCut()
    {
        // Seed lines 6 and 8: "…陕西省第八届人民</p>" then, after the break, "<p>代表大会常务委员会…".
        Matters[0].LegalBasis.ShouldContain("陕西省第八届人民代表大会常务委员会第十五次会议通过");

        // Seed lines 666–670: "…责令停止交付使" then "用；拒不停止的…".
        Matters[39].LegalBasis.ShouldContain("由县级以上物业行政主管部门责令停止交付使用；拒不停止的，处交付使用住宅销售额1%以上3%以下的罚款。");
    }

    [Fact]
    public void GivesEachStageDutyItsOwnLine()
    {
        var stages = Matters[0].Responsibilities!.Split('\n');

        stages.Length.ShouldBe(9);
        stages[0].ShouldBe("1. 立案阶段责任：收到房管部门认定移送的当事人涉嫌违法的案件，应予以审查，决定是否立案。");
        stages[4].ShouldStartWith("5. 决定阶段责任：");
        stages[4].ShouldEndWith("申请行政复议或提起行政诉讼的途径和期限等内容。");
        stages[8].ShouldBe("9. 其他法律法规规章文件规定应履行的责任。");
    }

    [Fact]
    public void EveryMatterHasANameAnAuthorityABasisAndACitedProvision()
    {
        Matters.ShouldAllBe(m => m.Name.Length > 0);
        Matters.ShouldAllBe(m => m.PowerType == "行政处罚");
        Matters.ShouldAllBe(m => m.ImplementingAuthority == Authority);
        Matters.ShouldAllBe(m => m.LegalBasis.Length > 0);
        Matters.ShouldAllBe(m => m.Provisions.Count > 0);
        Matters.ShouldAllBe(m => !string.IsNullOrEmpty(m.Responsibilities));
        Matters.ShouldAllBe(m => !string.IsNullOrEmpty(m.ResponsibilityBasis));
    }

    [Fact]
    public void LeavesNoHtmlNorSeedArtefacts()
    {
        foreach (var matter in Matters)
        {
            var text = string.Join('\n', matter.Name, matter.LegalBasis, matter.Responsibilities, matter.ResponsibilityBasis, matter.Remarks);
            HtmlTag().IsMatch(text).ShouldBeFalse($"matter {matter.Sequence} keeps HTML");
            text.ShouldNotContain("&nbsp;");
            text.ShouldNotContain("综合行政执法事项行政处罚流程图");
            text.ShouldNotContain(" and ");
            matter.LegalBasis.Split('\n').ShouldAllBe(line => line.Length > 0 && !line.StartsWith("- ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void NamesAreUniqueAndFreeOfLineWrapSpaces()
    {
        Matters.Select(m => m.Name).ShouldBeUnique();
        Matters.ShouldAllBe(m => !m.Name.Any(char.IsWhiteSpace));
        Matters.ShouldAllBe(m => m.Name.Length <= PenaltyMatter.NameMaxLength);
    }

    [Fact]
    public void ReadsANameWrappedOverTwoLines() =>
        // Seed lines 320–322: "对以欺骗、贿赂等不正当手段取得房地产估价机构资质的" / "处罚".
        Matters[22].Name.ShouldBe("对以欺骗、贿赂等不正当手段取得房地产估价机构资质的处罚");

    [Fact]
    public void RepairsTheEnglishAndOfTheCopy() =>
        // Seed line 1012: "对白蚁防治单位不按施工技术规范 and 操作程序进行 白蚁防治的处罚".
        Matters[62].Name.ShouldBe("对白蚁防治单位不按施工技术规范和操作程序进行白蚁防治的处罚");

    [Fact]
    public void ReadsTheMatterThatGivesAnAdministrativeLevelInsteadOfAnAuthority()
    {
        // Seed lines 624–658: "权利类型 行政处罚 行政层次 新区级"; the list is one bureau's, so it is that bureau's.
        var matter = Matters[38];

        matter.Name.ShouldStartWith("对擅自改变物业管理区域内按照规划建设的公共建筑和共用设施用途的；");
        matter.AdministrativeLevel.ShouldBe("新区级");
        matter.ImplementingAuthority.ShouldBe(Authority);
        matter.LegalBasis.ShouldContain("（十二）法律、法规以及管理规约禁止的其他行为。");
        matter.Provisions.ShouldContain(new LegalProvision("物业管理条例", "第六十三条"));
        matter.Provisions.ShouldContain(new LegalProvision("陕西省物业管理条例", "第一百一十二条"));
        Matters.Count(m => m.AdministrativeLevel is not null).ShouldBe(1);
    }

    [Fact]
    public void ReadsAMatterInTheMiddle()
    {
        // Seed lines 664–672.
        var matter = Matters[39];

        matter.Sequence.ShouldBe(40);
        matter.Name.ShouldBe("对新建住宅的附属设施设备不符合规定条件交付使用的处罚");
        matter.LegalBasis.Split('\n')[0].ShouldStartWith("《陕西省物业管理条例》（2000年9月23日陕西省第九届人民代表大会常务委员会第十八次会议通过");
        matter.LegalBasis.ShouldContain("（九）法律、法规、规章规定的其他条件。");
        matter.Provisions.Select(p => p.Citation).ShouldBe(["《陕西省物业管理条例》第四十五条第一款", "《陕西省物业管理条例》第九十九条"]);
        matter.ResponsibilityBasis.ShouldBe("《中华人民共和国行政处罚法》、《陕西省物业管理条例》");
    }

    [Fact]
    public void ReadsTheLastMatter()
    {
        // Seed lines 1235–1246.
        var last = Matters[^1];

        last.Sequence.ShouldBe(78);
        last.Name.ShouldBe("对房地产开发企业将未经批准的基本建设项目转为开发项目的处罚");
        last.ImplementingAuthority.ShouldBe(Authority);
        last.LegalBasis.ShouldStartWith("《西安市城市建设综合开发项目管理暂行办法》（1996年4月25日发布");
        last.LegalBasis.ShouldEndWith("（七）违反本办法第二十七条规定，未经验收而交付使用或者验收不合格而交付使用的，责令限期改正，并可给予降低资质等级处罚。");
        last.Provisions.Select(p => p.Citation).ShouldBe(
            ["《西安市城市建设综合开发项目管理暂行办法》第二十六条", "《西安市城市建设综合开发项目管理暂行办法》第二十八条"]);
        last.Responsibilities!.Split('\n')[0].ShouldBe("1. 立案阶段责任：收到房管部门认定移送的当事人涉嫌违法的案件，应予以审查，决定是否立案。");
        last.ResponsibilityBasis.ShouldBe("《中华人民共和国行政处罚法》 《西安市城市建设综合开发项目管理暂行办法》");
    }

    [Fact]
    public void RefusesTextWithoutTheShapeOfTheList()
    {
        Should.Throw<FormatException>(() => PenaltyMatterSeedParser.Parse("实施依据\t<p>第一条</p>"));
        Should.Throw<FormatException>(() => PenaltyMatterSeedParser.Parse("对某事的处罚\n\n权利类型\t行政处罚\t实施机关\t某局\n备注\t流程图"));
    }

    [Fact]
    public void ReadsAMinimalItem()
    {
        const string text = "\n对某事的处罚\n\n权利类型\t行政处罚\t实施机关\t某局\n实施依据\t<p>《某条例》</p> <p>第三条 违反的，处罚款。</p>\n备注\t流程图\n\n综合行政执法事项行政处罚流程图\n";

        var matter = PenaltyMatterSeedParser.Parse(text).ShouldHaveSingleItem();

        matter.Name.ShouldBe("对某事的处罚");
        matter.ImplementingAuthority.ShouldBe("某局");
        matter.LegalBasis.ShouldBe("《某条例》\n第三条 违反的，处罚款。");
        matter.Provisions.ShouldBe([new LegalProvision("某条例", "第三条")]);
        matter.Responsibilities.ShouldBeNull();
    }

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z][^>]*>")]
    private static partial Regex HtmlTag();
}
