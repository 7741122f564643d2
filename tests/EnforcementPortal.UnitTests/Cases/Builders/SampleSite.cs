using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.UnitTests.Cases.Builders;

/// <summary>A realistic site of each department, with the kind of findings its officers write down.</summary>
internal sealed record SampleSite(
    string SiteName,
    string SiteAddress,
    string Recipient,
    string PartyAttendees,
    IReadOnlyList<string> GeneralFindings,
    IReadOnlyList<string> SeriousFindings)
{
    public static SampleSite Of(DepartmentCode department) => department switch
    {
        DepartmentCode.Housing => new(
            "伊宁市丝路花园售楼中心",
            "伊宁市解放西路 188 号",
            "伊犁丝路置业有限公司",
            "伊犁丝路置业有限公司总经理 陈志强、营销经理 热娜古丽·买买提",
            ["售楼处未公示商品房预售许可证", "未按规定明码标价，未公示一房一价表", "销售人员未佩戴工作牌"],
            ["未取得商品房预售许可证擅自预售商品房", "收取购房人定金后未签订认购协议"]),
        DepartmentCode.ConstructionManagement => new(
            "伊宁市第三中学教学楼建设项目",
            "伊宁市新华西路 56 号",
            "新疆天恒建设工程有限公司",
            "新疆天恒建设工程有限公司项目经理 李明辉",
            ["项目经理未到岗履职", "未按规定签订书面劳务分包合同", "施工现场未公示农民工维权信息"],
            ["未取得施工许可证擅自施工", "将主体工程违法分包给不具备资质的个人"]),
        DepartmentCode.CivilAirDefense => new(
            "天山花苑小区地下人防工程",
            "伊宁市阿合买提江路 12 号",
            "伊犁天山物业服务有限公司",
            "伊犁天山物业服务有限公司负责人 买合木提·阿不都拉",
            ["人防防护密闭门未按规定定期维护保养", "人防工程内堆放杂物，通道不畅", "防化设备缺失"],
            ["擅自改变人防工程主体结构", "人防工程平时使用影响战时防护功能"]),
        DepartmentCode.Safety => new(
            "伊宁市北京路棚户区改造项目 2 标段",
            "伊宁市北京路与上海路交叉口东北角",
            "中建新疆某工程局有限公司",
            "项目负责人 张国庆、安全总监 阿依努尔·艾则孜",
            ["外脚手架连墙件设置数量不足", "二层楼面临边防护缺失", "施工用电未做到一机一闸一漏保"],
            ["塔式起重机起重力矩限制器失效仍在作业", "深基坑支护出现裂缝未停工处置"]),
        DepartmentCode.Quality => new(
            "伊宁市阳光城住宅小区 3# 楼",
            "伊宁市斯大林街 99 号",
            "伊犁阳光房地产开发有限公司",
            "建设单位项目负责人 周文斌、施工单位技术负责人 艾尔肯·吐尔逊",
            ["框架柱混凝土表面蜂窝麻面", "楼板钢筋保护层厚度不足", "填充墙砌筑灰缝不饱满"],
            ["主体结构混凝土强度不满足设计要求", "使用未经检验的钢筋进场施工"]),
        _ => throw new ArgumentOutOfRangeException(nameof(department), department, null),
    };
}
