using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Statistics;

namespace EnforcementPortal.Domain.Departments;

/// <summary>
/// The department registry: everything that differs between the five departments, in one entry each — names and
/// titles, how the procedure differs from the common lifecycle (docs/domain.md, "Where the departments differ"), the legal
/// basis printed on documents and in the service guide, the service guide's text, the public address, the statistics
/// wording, the default reply, the contact office and phone, and the unit name on documents. The lifecycle machine is
/// configured from this object; there is one machine definition, not five. Everything else reads the entry: adding a
/// department is one entry here plus its rows in <c>DepartmentRegistryCompleteness</c>.
/// </summary>
public sealed record DepartmentPolicy
{
    private static readonly Dictionary<DepartmentCode, DepartmentPolicy> Policies = new()
    {
        [DepartmentCode.Housing] = new()
        {
            Department = DepartmentCode.Housing,
            UnitNameInBureau = "房产科",
            ShortName = "房产科",
            FullName = "房产科（房地产市场监管科）",
            SeriousFindingGoesStraightToTransfer = false,
            FailedReviewInterviewIssuesNewNotice = false,
            NoViolationArchives = false,
            FindingNoun = "违规问题",
            GeneralFindingLabel = "一般市场违规问题",
            SeriousFindingLabel = "严重市场违规/涉嫌违法行为",
            NoFindingLabel = "未发现违规问题",
            NoticeTitle = "房地产市场违规整改通知书",
            ReplyTitle = "《情况说明》及佐证材料",
            NumberPrefix = "伊建房",
            Slug = "fangchan",
            UnitName = "伊宁市住房和城乡建设局房地产市场监管科",
            Phone = "0999-8337018",
            Office = "伊宁市住建局（伊犁河路9号）2楼207办公室",
            DefaultReplyKind = ReplyKind.Statement,
            LegalBasis = "《中华人民共和国城市房地产管理法》《房地产经纪管理办法》《商品房销售管理办法》《房地产估价机构管理办法》",
            Guide = new ServiceGuideText
            {
                Matters = "房地产交易市场监督检查、房产经纪机构（中介）行业规范监管、房产评估机构、房地产市场违规隐患整改督办，违法违规行为移交处置。",
                Triggers = "以日常巡查、投诉举报、上级交办或房地产市场专项检查为触发条件，启动执法流程。",
                Scope = "执法人员赴房产售楼中心、经纪机构（中介）、评估机构等现场开展市场检查，记录现场情况，收集相关资料与证据。",
                Cooperation =
                [
                    "配合现场检查，提供房产交易、中介服务、评估服务等相关经营管理资料；",
                    "收到《整改通知书》后，按要求时限完成整改并提交佐证材料；",
                    "配合约谈、复查等执法环节。",
                ],
                Redress = ServiceGuideText.RedressOnDocuments,
            },
            Statistics = new StatisticsWording(SupervisedObjectKind.Party, "监督房产售楼中心/经纪机构（中介）/评估机构", "市场违规整改闭环率"),
        },
        [DepartmentCode.ConstructionManagement] = new()
        {
            Department = DepartmentCode.ConstructionManagement,
            UnitNameInBureau = "建管科",
            ShortName = "建管科",
            FullName = "建管科",
            SeriousFindingGoesStraightToTransfer = true,
            FailedReviewInterviewIssuesNewNotice = false,
            NoViolationArchives = true,
            FindingNoun = "违规问题",
            GeneralFindingLabel = "一般违规问题",
            SeriousFindingLabel = "严重违规/涉嫌违法行为",
            NoFindingLabel = "未发现违规问题",
            NoticeTitle = "整改通知书",
            ReplyTitle = "佐证材料",
            NumberPrefix = "伊建管",
            Slug = "jianguan",
            UnitName = "伊宁市住房和城乡建设局建管科",
            Phone = "0999-8332533",
            Office = "伊宁市住建局（伊犁河路9号）4楼420办公室",
            DefaultReplyKind = ReplyKind.Statement,
            LegalBasis = "《中华人民共和国建筑法》《新疆维吾尔自治区建筑市场管理条例》《建筑工程施工许可管理办法》",
            Guide = new ServiceGuideText
            {
                Matters = "建设工程市场行为监督检查、违规问题整改督办、违法违规行为移交处置。",
                Triggers = "以日常巡查、投诉举报、上级交办或专项检查为触发条件，正式启动执法流程。",
                Scope = "执法人员赴项目现场，围绕建筑市场合规性、责任主体履职情况等开展核查，详细记录现场情况。",
                Cooperation =
                [
                    "配合现场核查，如实提供项目建设相关资料；",
                    "收到《整改通知书》后，按要求时限完成整改并提交佐证材料；",
                    "积极配合约谈、复查等执法环节。",
                ],
                Redress = ServiceGuideText.RedressOnRelatedDocuments,
            },
            Statistics = new StatisticsWording(SupervisedObjectKind.Project, "检查建设工程项目", "违规问题整改闭环率"),
        },
        [DepartmentCode.CivilAirDefense] = new()
        {
            Department = DepartmentCode.CivilAirDefense,
            UnitNameInBureau = "人民防空办公室",
            ShortName = "人防",
            FullName = "人防（人防工程执法）",
            SeriousFindingGoesStraightToTransfer = true,
            FailedReviewInterviewIssuesNewNotice = false,
            NoViolationArchives = true,
            FindingNoun = "违规问题",
            GeneralFindingLabel = "一般违规问题",
            SeriousFindingLabel = "严重违规/涉嫌违法行为",
            NoFindingLabel = "未发现违规问题",
            NoticeTitle = "人防工程整改通知书",
            ReplyTitle = "佐证材料",
            NumberPrefix = "伊建防",
            Slug = "renfang",
            UnitName = "伊宁市住房和城乡建设局人民防空办公室",
            Phone = "0999-8332533",
            Office = "伊宁市住建局（伊犁河路9号）4楼420办公室",
            DefaultReplyKind = ReplyKind.Statement,
            LegalBasis = "《中华人民共和国人民防空法》《新疆维吾尔自治区实施〈中华人民共和国人民防空法〉办法》《人民防空工程建设管理规定》",
            Guide = new ServiceGuideText
            {
                Matters = "人防工程建设监督检查、人防设施维护保养核查、人防义务履行督导、违规问题整改督办、违法违规行为移交处置。",
                Triggers = "以日常巡查、投诉举报、上级交办、专项检查（含人防工程建设专项）为触发条件，正式启动执法流程。",
                Scope = "执法人员赴项目现场，围绕人防工程建设合规性、防护标准落实、设施维护保养、人防义务履行等开展核查，详细记录现场情况。",
                Cooperation =
                [
                    "配合现场核查，如实提供人防工程建设、维护、审批等相关资料；",
                    "收到《人防工程整改通知书》后，按要求时限完成整改并提交佐证材料；",
                    "积极配合约谈、复查等执法环节。",
                ],
                Redress = ServiceGuideText.RedressOnRelatedDocuments,
            },
            Statistics = new StatisticsWording(SupervisedObjectKind.Project, "检查人防工程项目", "违规问题整改闭环率"),
        },
        [DepartmentCode.Safety] = new()
        {
            Department = DepartmentCode.Safety,
            UnitNameInBureau = "建设工程安全监督站",
            ShortName = "安监站",
            FullName = "安监站（建设工程安全监督站）",
            SeriousFindingGoesStraightToTransfer = false,
            FailedReviewInterviewIssuesNewNotice = true,
            NoViolationArchives = false,
            FindingNoun = "安全隐患",
            GeneralFindingLabel = "一般隐患",
            SeriousFindingLabel = "重大隐患",
            NoFindingLabel = "未发现安全隐患",
            NoticeTitle = "建设工程安全隐患整改通知书",
            ReplyTitle = "《整改回执》及佐证材料",
            NumberPrefix = "伊建安",
            Slug = "anjian",
            UnitName = "伊宁市建设工程安全监督站",
            Phone = "0999-8337108",
            Office = "伊宁市住建局（伊犁河路9号）2楼219办公室",
            DefaultReplyKind = ReplyKind.Receipt,
            LegalBasis = "《中华人民共和国安全生产法》《建设工程安全生产管理条例》《建筑施工安全检查标准》",
            Guide = new ServiceGuideText
            {
                Matters = "建设工程安全生产监督检查、安全隐患整改督办、违法违规行为移交处置。",
                Triggers = "以日常巡查、投诉举报、上级交办或专项检查为触发条件，启动执法流程。",
                Scope = "执法人员赴项目现场开展安全检查，记录现场情况。",
                Cooperation =
                [
                    "配合现场检查，提供项目安全管理资料；",
                    "收到《整改通知书》后，按要求时限完成整改并提交佐证材料；",
                    "配合约谈、复查等执法环节。",
                ],
                Redress = ServiceGuideText.RedressOnDocuments,
            },
            Statistics = new StatisticsWording(SupervisedObjectKind.Project, "检查建设工程项目", "隐患整改闭环率"),
        },
        [DepartmentCode.Quality] = new()
        {
            Department = DepartmentCode.Quality,
            UnitNameInBureau = "建筑工程质量监督站",
            ShortName = "质监站",
            FullName = "质监站（建筑工程质量监督站）",
            SeriousFindingGoesStraightToTransfer = false,
            FailedReviewInterviewIssuesNewNotice = false,
            NoViolationArchives = false,
            FindingNoun = "质量问题",
            GeneralFindingLabel = "一般质量问题",
            SeriousFindingLabel = "严重质量问题/涉嫌违法行为",
            NoFindingLabel = "未发现质量问题",
            NoticeTitle = "建设工程质量整改通知书",
            ReplyTitle = "《整改回执》及佐证材料",
            NumberPrefix = "伊建质",
            Slug = "zhijian",
            UnitName = "伊宁市建筑工程质量监督站",
            Phone = "0999-8337086",
            Office = "伊宁市住建局（伊犁河路9号）2楼219办公室",
            DefaultReplyKind = ReplyKind.Receipt,
            LegalBasis = "《中华人民共和国建筑法》《建设工程质量管理条例》（国务院令第279号）《房屋建筑和市政基础设施工程质量监督管理规定》（住建部令第5号）",
            Guide = new ServiceGuideText
            {
                Matters = "建设工程质量监督检查、质量隐患整改督办、违法违规行为移交处置。",
                Triggers = "以日常巡查、投诉举报、上级交办或专项检查为触发条件，启动执法流程。",
                Scope = "执法人员赴项目现场开展质量检查，记录现场情况。",
                Cooperation =
                [
                    "配合现场检查，提供项目质量管理资料；",
                    "收到《整改通知书》后，按要求时限完成整改并提交佐证材料；",
                    "配合约谈、复查等执法环节。",
                ],
                Redress = ServiceGuideText.RedressOnDocuments,
            },
            Statistics = new StatisticsWording(SupervisedObjectKind.Project, "监督建设工程项目", "质量整改闭环率"),
        },
    };

    public required DepartmentCode Department { get; init; }

    public required string ShortName { get; init; }

    public required string FullName { get; init; }

    /// <summary>The unit's name after "本局", e.g. 人民防空办公室.</summary>
    public required string UnitNameInBureau { get; init; }

    /// <summary>建管科, 人防: a serious finding is interviewed and noticed, then transferred directly.</summary>
    public required bool SeriousFindingGoesStraightToTransfer { get; init; }

    /// <summary>安监站: the interview after a failed review issues a new notice at the same time.</summary>
    public required bool FailedReviewInterviewIssuesNewNotice { get; init; }

    /// <summary>建管科, 人防: "未发现违规问题则直接结束执法并归档".</summary>
    public required bool NoViolationArchives { get; init; }

    /// <summary>What a finding is called: 违规问题, 安全隐患, 质量问题.</summary>
    public required string FindingNoun { get; init; }

    public required string GeneralFindingLabel { get; init; }

    public required string SeriousFindingLabel { get; init; }

    public required string NoFindingLabel { get; init; }

    /// <summary>The title of the rectification notice, without book-title marks.</summary>
    public required string NoticeTitle { get; init; }

    public required string ReplyTitle { get; init; }

    /// <summary>Prefix of document numbers (文号), e.g. 伊建房.</summary>
    public required string NumberPrefix { get; init; }

    /// <summary>The address of the department's public pages (/gongshi/zhinan/fangchan), lower-case ASCII.</summary>
    public required string Slug { get; init; }

    /// <summary>
    /// The department as a unit, as printed on documents (never the bare abbreviation): e.g.
    /// 伊宁市住房和城乡建设局人民防空办公室, or the station's own name (伊宁市建设工程安全监督站).
    /// </summary>
    public required string UnitName { get; init; }

    /// <summary>Consultation phone (咨询电话) of the service guide; the stored department record starts from it.</summary>
    public required string Phone { get; init; }

    /// <summary>Where complaints are received (投诉地址); the stored department record starts from it.</summary>
    public required string Office { get; init; }

    /// <summary>What the party's reply usually is: 情况说明 (房产科, 建管科, 人防) or 整改回执 (安监站, 质监站).</summary>
    public required ReplyKind DefaultReplyKind { get; init; }

    /// <summary>
    /// 执法依据: the laws the department enforces, by title, as printed on documents ("根据…等有关规定"); the service guide
    /// prints the same list followed by 等。 (伊宁市住建局 执法流程与办事指南, each department's 执法依据).
    /// </summary>
    public required string LegalBasis { get; init; }

    /// <summary>The fixed text of the department's 行政执法服务指南.</summary>
    public required ServiceGuideText Guide { get; init; }

    /// <summary>How the annual statistics name what the department supervises and its closed-loop rate.</summary>
    public required StatisticsWording Statistics { get; init; }

    /// <summary>Every department, in the order of <see cref="DepartmentCode"/>.</summary>
    public static IReadOnlyList<DepartmentPolicy> All { get; } = [.. Policies.OrderBy(p => p.Key).Select(p => p.Value)];

    public static DepartmentPolicy For(DepartmentCode department) =>
        Policies.TryGetValue(department, out var policy)
            ? policy
            : throw new ArgumentOutOfRangeException(nameof(department), department, "Unknown department.");

    /// <summary>The department whose public address is <paramref name="slug"/> (case-insensitive).</summary>
    public static bool TryFromSlug(string? slug, out DepartmentCode department)
    {
        var found = All.FirstOrDefault(p => string.Equals(p.Slug, slug, StringComparison.OrdinalIgnoreCase));
        department = found?.Department ?? default;
        return found is not null;
    }

    public string DeterminationLabel(Determination determination) => determination switch
    {
        Determination.NoViolation => NoFindingLabel,
        Determination.General => GeneralFindingLabel,
        Determination.Serious => SeriousFindingLabel,
        _ => throw new ArgumentOutOfRangeException(nameof(determination), determination, null),
    };
}

/// <summary>
/// The fixed parts of a department's 行政执法服务指南 (伊宁市住建局 执法流程与办事指南); the 执法依据 is the policy's
/// <see cref="DepartmentPolicy.LegalBasis"/> and the contacts come from the stored department record.
/// </summary>
public sealed record ServiceGuideText
{
    public const string RedressOnDocuments = "对执法流程有异议的，可在收到文书后向伊宁市住建局申请复核，或依法申请行政复议、提起行政诉讼。";

    /// <summary>The wording of 建管科 and 人防: "收到相关文书后".</summary>
    public const string RedressOnRelatedDocuments = "对执法流程有异议的，可在收到相关文书后向伊宁市住建局申请复核，或依法申请行政复议、提起行政诉讼。";

    /// <summary>一、执法事项.</summary>
    public required string Matters { get; init; }

    /// <summary>执法启动.</summary>
    public required string Triggers { get; init; }

    /// <summary>现场检查/核查.</summary>
    public required string Scope { get; init; }

    /// <summary>企业/机构配合要求, one item a line.</summary>
    public required IReadOnlyList<string> Cooperation { get; init; }

    /// <summary>权利救济.</summary>
    public required string Redress { get; init; }
}

/// <summary>
/// A department's wording in the annual statistics: what its supervised objects are (units or projects) and what its
/// indicators of supervised objects and of the closed loop are called.
/// </summary>
public sealed record StatisticsWording(SupervisedObjectKind SupervisedObjects, string SupervisedObjectsIndicator, string ClosedLoopIndicator);
