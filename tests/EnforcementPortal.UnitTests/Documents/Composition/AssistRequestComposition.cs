using EnforcementPortal.Domain.Documents;

namespace EnforcementPortal.UnitTests.Documents.Composition;

/// <summary>The 协查 forms of 《北京市房地产市场动态监管信息平台操作流程》: fields as the annexes, and the complainant kept confidential.</summary>
public sealed class AssistRequestComposition
{
    [Fact]
    public void InternalNoticeCarriesTheAnnexFieldsAndTheTenWorkingDayReply()
    {
        var text = Render(Input(AssistRequestScope.Internal, disclose: true));

        text.ShouldContain(CompositionFixtures.Squeeze(AssistRequestForms.InternalTitle));
        text.ShouldContain("伊建房协〔2026〕3号");
        text.ShouldContain("移送协查部门名称");
        text.ShouldContain("伊宁市住建局建管科");
        text.ShouldContain("伊宁市金源置业有限公司");
        text.ShouldContain("请协查单位10个工作日内将查处情况书面反馈发送单位");
        text.ShouldContain("王秀兰", customMessage: "an internal unit may see the complainant when disclosure is chosen");
    }

    [Theory]
    [InlineData(AssistRequestScope.Internal, false)]
    [InlineData(AssistRequestScope.External, true)]
    [InlineData(AssistRequestScope.External, false)]
    public void ComplainantIsWithheldUnlessAnInternalUnitNeedsIt(AssistRequestScope scope, bool disclose)
    {
        var text = Render(Input(scope, disclose));

        text.ShouldNotContain("王秀兰");
        text.ShouldNotContain("13899612345");
        text.ShouldContain(CompositionFixtures.Squeeze(AssistRequestForms.Withheld));
    }

    [Fact]
    public void ExternalOpinionIsTheEnterpriseViolationForm()
    {
        var text = Render(Input(AssistRequestScope.External, disclose: false));

        text.ShouldContain(CompositionFixtures.Squeeze(AssistRequestForms.ExternalTitle));
        text.ShouldContain("发送单位名称：伊宁市住建局房产科");
        text.ShouldContain("转送协查单位名称");
        text.ShouldContain("请协查单位将查处情况书面反馈发送单位");
    }

    private static string Render(AssistRequestInput input) =>
        CompositionFixtures.Squeeze(CompositionFixtures.Text(CompositionFixtures.Renderer.RenderPdf(AssistRequestForms.Compose(input, CompositionFixtures.Issue))));

    private static AssistRequestInput Input(AssistRequestScope scope, bool disclose) => new(
        scope,
        "伊建房协〔2026〕3号",
        "伊宁市住建局房产科",
        scope == AssistRequestScope.Internal ? "伊宁市住建局建管科" : "伊宁市市场监督管理局",
        "投诉项目涉嫌未取得施工许可证开工建设，需核查施工许可办理情况。",
        "12345热线",
        "商品房销售",
        "一般",
        10,
        "王秀兰",
        "13899612345",
        disclose,
        "伊宁市金源置业有限公司",
        "伊宁市上海路66号",
        "伊房预售字〔2026〕第012号",
        "金源·锦绣华府",
        "伊宁市上海路66号",
        "张国庆",
        "0999-8351888",
        "购房人反映开发企业未取得预售许可即收取购房定金，项目现场已开工建设。",
        "张丽",
        "0999-8337018",
        new DateOnly(2026, 3, 9));
}
