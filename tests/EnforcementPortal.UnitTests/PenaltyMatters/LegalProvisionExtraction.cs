using EnforcementPortal.Domain.PenaltyMatters;

namespace EnforcementPortal.UnitTests.PenaltyMatters;

public class LegalProvisionExtraction
{
    [Fact]
    public void TakesTheArticlesUnderEachLawsTitle()
    {
        const string basis = """
            1. 《中华人民共和国城市房地产管理法》
            第六十八条 违反本法第四十五条第一款的规定预售商品房的，……
            2. 《商品房销售管理办法》（2001年3月14日建设部令第88号发布 自2001年6月1日起施行）
            第三十八条 违反法律、法规规定，擅自预售商品房的，……
            """;

        LegalProvisionExtractor.Extract(basis).ShouldBe(
        [
            new LegalProvision("中华人民共和国城市房地产管理法", "第六十八条"),
            new LegalProvision("商品房销售管理办法", "第三十八条"),
        ]);
    }

    [Fact]
    public void KeepsTheClauseAndFollowsALaterClauseOfTheSameArticle()
    {
        const string basis = """
            《西安市物业管理条例》（1999年3月30日……第四次修正）
            第七十四条第一款 物业服务企业退出物业管理区域，应当……
            （一）移交本条例第五十三条规定的相关资料；
            第二款 物业服务企业不得损坏、隐匿、销毁物业资料和财物。
            """;

        LegalProvisionExtractor.Extract(basis).Select(p => p.Citation).ShouldBe(
            ["《西安市物业管理条例》第七十四条第一款", "《西安市物业管理条例》第七十四条第二款"]);
    }

    [Fact]
    public void TakesInlineCitationsOfAnotherLaw()
    {
        const string basis = """
            《城市商品房预售管理办法》（中华人民共和国建设部令 第131号 2004年）
            第十三条 开发企业未取得《商品房预售许可证》预售商品房的，依照《城市房地产开发经营管理条例》第三十九条的规定处罚。
            """;

        LegalProvisionExtractor.Extract(basis).Select(p => p.Citation).ShouldBe(
            ["《城市商品房预售管理办法》第十三条", "《城市房地产开发经营管理条例》第三十九条"]);
    }

    [Fact]
    public void IgnoresAmendingActsAndDocumentTitlesWithoutAnArticle()
    {
        const string basis = """
            2. 《城市房地产开发经营管理条例》（根据2019年3月24日《国务院关于修改部分行政法规的决定》第三次修订）
            第三十六条 擅自预售商品房的，……已收取的预付款1%以下的罚款。
            """;

        LegalProvisionExtractor.Extract(basis).ShouldBe([new LegalProvision("城市房地产开发经营管理条例", "第三十六条")]);
    }

    [Fact]
    public void ReadsAnArticleNumberWithAStraySpaceAndListsEachProvisionOnce()
    {
        const string basis = """
            《西安市城市建设综合开发项目管理暂行办法》（1996年4月25日发布）
            第二十二 条 符合下列条件的开发项目，可以进行转让。
            第二十二条 重复的段落。
            """;

        LegalProvisionExtractor.Extract(basis).ShouldBe([new LegalProvision("西安市城市建设综合开发项目管理暂行办法", "第二十二条")]);
    }

    [Fact]
    public void IgnoresArticlesBeforeAnyLawIsNamed()
    {
        LegalProvisionExtractor.Extract("第三条 无从知道属于哪部法律。").ShouldBeEmpty();
        LegalProvisionExtractor.Extract("  ").ShouldBeEmpty();
        LegalProvisionExtractor.Extract(null).ShouldBeEmpty();
    }
}
