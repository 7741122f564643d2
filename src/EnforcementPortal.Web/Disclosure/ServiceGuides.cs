using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Web.Disclosure;

/// <summary>The fixed parts of a department's 行政执法服务指南 (seed 000); the contacts come from the department record.</summary>
public sealed record ServiceGuide(
    DepartmentCode Department,
    string Matters,
    string Basis,
    string Triggers,
    string Scope,
    IReadOnlyList<string> Cooperation,
    string Redress);

/// <summary>The service guides of seed 000, as the bureau publishes them.</summary>
public static class ServiceGuides
{
    private const string Redress = "对执法流程有异议的，可在收到文书后向伊宁市住建局申请复核，或依法申请行政复议、提起行政诉讼。";
    private const string RedressRelated = "对执法流程有异议的，可在收到相关文书后向伊宁市住建局申请复核，或依法申请行政复议、提起行政诉讼。";

    private static readonly Dictionary<DepartmentCode, ServiceGuide> Guides = new()
    {
        [DepartmentCode.Housing] = new(
            DepartmentCode.Housing,
            "房地产交易市场监督检查、房产经纪机构（中介）行业规范监管、房产评估机构、房地产市场违规隐患整改督办，违法违规行为移交处置。",
            "《中华人民共和国城市房地产管理法》《房地产经纪管理办法》《商品房销售管理办法》《房地产估价机构管理办法》等。",
            "以日常巡查、投诉举报、上级交办或房地产市场专项检查为触发条件，启动执法流程。",
            "执法人员赴房产售楼中心、经纪机构（中介）、评估机构等现场开展市场检查，记录现场情况，收集相关资料与证据。",
            [
                "配合现场检查，提供房产交易、中介服务、评估服务等相关经营管理资料；",
                "收到《整改通知书》后，按要求时限完成整改并提交佐证材料；",
                "配合约谈、复查等执法环节。",
            ],
            Redress),
        [DepartmentCode.ConstructionManagement] = new(
            DepartmentCode.ConstructionManagement,
            "建设工程市场行为监督检查、违规问题整改督办、违法违规行为移交处置。",
            "《中华人民共和国建筑法》《新疆维吾尔自治区建筑市场管理条例》《建筑工程施工许可管理办法》等。",
            "以日常巡查、投诉举报、上级交办或专项检查为触发条件，正式启动执法流程。",
            "执法人员赴项目现场，围绕建筑市场合规性、责任主体履职情况等开展核查，详细记录现场情况。",
            [
                "配合现场核查，如实提供项目建设相关资料；",
                "收到《整改通知书》后，按要求时限完成整改并提交佐证材料；",
                "积极配合约谈、复查等执法环节。",
            ],
            RedressRelated),
        [DepartmentCode.CivilAirDefense] = new(
            DepartmentCode.CivilAirDefense,
            "人防工程建设监督检查、人防设施维护保养核查、人防义务履行督导、违规问题整改督办、违法违规行为移交处置。",
            "《中华人民共和国人民防空法》《新疆维吾尔自治区实施〈中华人民共和国人民防空法〉办法》《人民防空工程建设管理规定》等。",
            "以日常巡查、投诉举报、上级交办、专项检查（含人防工程建设专项）为触发条件，正式启动执法流程。",
            "执法人员赴项目现场，围绕人防工程建设合规性、防护标准落实、设施维护保养、人防义务履行等开展核查，详细记录现场情况。",
            [
                "配合现场核查，如实提供人防工程建设、维护、审批等相关资料；",
                "收到《人防工程整改通知书》后，按要求时限完成整改并提交佐证材料；",
                "积极配合约谈、复查等执法环节。",
            ],
            RedressRelated),
        [DepartmentCode.Safety] = new(
            DepartmentCode.Safety,
            "建设工程安全生产监督检查、安全隐患整改督办、违法违规行为移交处置。",
            "《中华人民共和国安全生产法》《建设工程安全生产管理条例》《建筑施工安全检查标准》等。",
            "以日常巡查、投诉举报、上级交办或专项检查为触发条件，启动执法流程。",
            "执法人员赴项目现场开展安全检查，记录现场情况。",
            [
                "配合现场检查，提供项目安全管理资料；",
                "收到《整改通知书》后，按要求时限完成整改并提交佐证材料；",
                "配合约谈、复查等执法环节。",
            ],
            Redress),
        [DepartmentCode.Quality] = new(
            DepartmentCode.Quality,
            "建设工程质量监督检查、质量隐患整改督办、违法违规行为移交处置。",
            "《中华人民共和国建筑法》《建设工程质量管理条例》（国务院令第279号）《房屋建筑和市政基础设施工程质量监督管理规定》（住建部令第5号）等。",
            "以日常巡查、投诉举报、上级交办或专项检查为触发条件，启动执法流程。",
            "执法人员赴项目现场开展质量检查，记录现场情况。",
            [
                "配合现场检查，提供项目质量管理资料；",
                "收到《整改通知书》后，按要求时限完成整改并提交佐证材料；",
                "配合约谈、复查等执法环节。",
            ],
            Redress),
    };

    public static ServiceGuide For(DepartmentCode department) => Guides[department];
}
