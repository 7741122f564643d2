using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>Word lists for the generated enterprises, projects and findings of the statistics demo years (realistic, not real).</summary>
internal static class StatisticsDemoNames
{
    public static readonly string[] Brands =
    [
        "天山", "金源", "恒基", "锦绣", "华宇", "丝路", "天马", "雪莲", "伊河", "汇丰", "鑫盛", "宏达", "博瑞", "安居", "嘉禾", "同力",
        "瑞丰", "盛世", "金桥", "宝源", "福润", "祥和", "永昌", "鼎盛", "泰和", "新城", "昭苏", "果子沟", "那拉提", "惠远", "阿力麻里",
        "喀赞其", "六星", "西域", "天润", "乌孙", "塞外", "伊景", "凯旋", "丰泽",
    ];

    public static readonly string[] Prefixes = ["伊宁市", "伊犁", "新疆伊犁", "伊犁州"];

    public static readonly string[] Streets =
    [
        "解放西路", "新华东路", "新华西路", "斯大林街", "飞机场路", "上海路", "北京路", "天津路", "广州街", "阿合买提江路", "福州路",
        "伊犁河路", "红旗路", "胜利街", "公园街", "黑龙江路", "辽宁路", "江苏路", "经二路", "经九路",
    ];

    public static readonly string[] Areas =
    [
        "城北片区", "城南片区", "城东片区", "经济合作区", "英也尔镇", "巴彦岱镇", "潘津镇", "汉宾乡", "达达木图乡", "喀尔墩乡",
        "托格拉克乡", "墩买里街道", "萨依布依街道", "艾兰木巴格街道", "琼科瑞克街道", "解放路街道", "伊犁河路", "斯大林街",
        "新华西路", "飞机场路", "上海路", "北京路", "天津路", "福州路",
    ];

    public static readonly string[] ProjectKinds =
    [
        "住宅小区一期", "住宅小区二期", "棚户区改造安置房", "商业综合体", "中学教学楼", "小学综合楼", "人民医院门诊楼", "标准化厂房",
        "保障性租赁住房", "老旧小区改造", "市政道路", "地下停车场", "幼儿园", "污水管网改造", "社区服务中心", "文体中心", "物流仓储中心",
        "农贸市场", "供热管网改造", "职业技术学校实训楼",
    ];

    public static readonly string[] People =
    [
        "王建国", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周杰", "吴芳", "徐明", "孙丽", "马俊", "朱红", "胡斌", "郭涛",
        "何平", "高峰", "林琳", "罗军", "艾合买提·吾斯曼", "阿不都拉·买买提", "努尔古丽·艾力", "热依汗古丽·吐尔逊", "叶尔兰·哈力木",
        "古丽娜尔·沙吾提", "阿依努尔·托合提", "买买提江·热合曼", "巴合提亚尔·努尔兰", "迪丽努尔·阿不来提",
    ];

    public static (string Suffix, PartyKind Kind)[] HousingKinds { get; } =
    [
        ("房产经纪有限公司", PartyKind.Brokerage),
        ("房地产经纪服务有限公司", PartyKind.Brokerage),
        ("房地产开发有限公司", PartyKind.Developer),
        ("房地产土地评估有限公司", PartyKind.Appraiser),
    ];

    public static IReadOnlyList<(string Description, string? Location)> GeneralFindings(DepartmentCode department) => department switch
    {
        DepartmentCode.Housing =>
        [
            ("未在经营场所醒目位置公示房地产经纪服务内容、收费标准", "门店大厅"),
            ("房源信息未标明房源核验编码", "门店橱窗"),
            ("未在售楼现场公示商品房预售许可证", "售楼大厅"),
            ("未公示一房一价及价格构成", "售楼大厅"),
            ("房地产经纪服务合同未使用示范文本", "签约区"),
            ("未公示房地产经纪人员信息卡", "门店"),
            ("估价报告未按规定编号存档", "档案室"),
            ("销售人员未佩戴工作牌", null),
        ],
        DepartmentCode.ConstructionManagement =>
        [
            ("项目负责人未按规定到岗履职", "项目部"),
            ("施工合同未按规定备案", null),
            ("未按规定办理工程质量安全监督手续", null),
            ("农民工实名制管理不到位", "施工现场"),
            ("劳务分包合同内容不规范", "项目部"),
            ("未按规定公示建设工程项目信息牌", "施工现场大门"),
            ("监理人员未按规定持证上岗", "监理部"),
        ],
        DepartmentCode.Safety =>
        [
            ("塔吊标准节连接螺栓松动", "塔吊"),
            ("外脚手架连墙件缺失", "外立面"),
            ("临边防护栏杆高度不足", "楼层临边"),
            ("施工用电未做到一机一闸一漏", "配电箱"),
            ("作业人员未正确佩戴安全帽", "作业面"),
            ("基坑临边未设置防护栏杆", "基坑"),
            ("消防器材配置不足", "生活区"),
            ("楼梯口、电梯井口未设置防护", "楼层"),
            ("安全网破损未及时更换", "外立面"),
            ("特种作业人员证件未在现场备查", "项目部"),
            ("施工升降机防坠安全器超期未检", "施工升降机"),
            ("材料堆放超高且不稳固", "材料堆场"),
        ],
        DepartmentCode.Quality =>
        [
            ("钢筋保护层厚度不足", "梁板"),
            ("混凝土试块留置数量不足", "标养室"),
            ("砌体灰缝砂浆不饱满", "填充墙"),
            ("防水卷材搭接长度不足", "屋面"),
            ("隐蔽工程验收记录不全", "资料室"),
            ("原材料进场未按规定复检", "材料库"),
            ("楼板裂缝未按方案处理", "楼板"),
        ],
        _ =>
        [
            ("防护密闭门未按设计要求安装", "人防区"),
            ("人防工程内堆放易燃杂物", "人防区"),
        ],
    };

    public static IReadOnlyList<string> SeriousFindings(DepartmentCode department) => department switch
    {
        DepartmentCode.Housing => ["代理销售未取得商品房预售许可证的项目并收取购房意向金", "发布虚假房源信息诱骗消费者", "擅自预售商品房"],
        DepartmentCode.ConstructionManagement => ["未取得施工许可证擅自开工建设", "将工程违法分包给不具备资质的个人", "施工单位转包工程"],
        DepartmentCode.Safety => ["深基坑未按专项施工方案支护", "高支模未经论证擅自搭设", "起重机械未经检验即投入使用"],
        DepartmentCode.Quality => ["剪力墙混凝土强度回弹检测不合格", "使用不合格钢筋", "擅自变更主体结构设计"],
        _ => ["擅自改变人防工程主体结构"],
    };

    public static readonly string[] Disposals =
    [
        "伊宁市城市管理局依法作出行政处罚决定：罚款人民币3万元，责令改正。",
        "伊宁市城市管理局依法作出行政处罚决定：罚款人民币5万元，没收违法所得。",
        "伊宁市城市管理局依法作出行政处罚决定：责令停止违法行为，罚款人民币8万元。",
        "伊宁市城市管理局依法作出行政处罚决定：罚款人民币12万元，责令限期改正。",
        "伊宁市城市管理局依法作出行政处罚决定：警告，罚款人民币2万元。",
    ];
}
