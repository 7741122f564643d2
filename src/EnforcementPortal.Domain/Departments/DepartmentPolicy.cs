namespace EnforcementPortal.Domain.Departments;

/// <summary>
/// How a department's procedure differs from the common lifecycle (domain.md, "where departments differ").
/// The lifecycle machine is configured from this object; there is one machine definition, not five.
/// </summary>
public sealed record DepartmentPolicy
{
    private static readonly Dictionary<DepartmentCode, DepartmentPolicy> Policies = new()
    {
        [DepartmentCode.Housing] = new()
        {
            Department = DepartmentCode.Housing,
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
        },
        [DepartmentCode.ConstructionManagement] = new()
        {
            Department = DepartmentCode.ConstructionManagement,
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
        },
        [DepartmentCode.CivilAirDefense] = new()
        {
            Department = DepartmentCode.CivilAirDefense,
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
        },
        [DepartmentCode.Safety] = new()
        {
            Department = DepartmentCode.Safety,
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
            DefaultReplyKind = Cases.ReplyKind.Receipt,
        },
        [DepartmentCode.Quality] = new()
        {
            Department = DepartmentCode.Quality,
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
            DefaultReplyKind = Cases.ReplyKind.Receipt,
        },
    };

    public required DepartmentCode Department { get; init; }

    public required string ShortName { get; init; }

    public required string FullName { get; init; }

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

    /// <summary>What the party usually sends back: a 情况说明 (statement), or a 整改回执 (receipt) at 安监站 and 质监站.</summary>
    public Cases.ReplyKind DefaultReplyKind { get; init; } = Cases.ReplyKind.Statement;

    /// <summary>The title of the rectification notice, without book-title marks.</summary>
    public required string NoticeTitle { get; init; }

    public required string ReplyTitle { get; init; }

    /// <summary>Prefix of document numbers (文号), e.g. 伊建房.</summary>
    public required string NumberPrefix { get; init; }

    public static IReadOnlyCollection<DepartmentPolicy> All => Policies.Values;

    public static DepartmentPolicy For(DepartmentCode department) =>
        Policies.TryGetValue(department, out var policy)
            ? policy
            : throw new ArgumentOutOfRangeException(nameof(department), department, "Unknown department.");

    public string DeterminationLabel(Cases.Determination determination) => determination switch
    {
        Cases.Determination.NoViolation => NoFindingLabel,
        Cases.Determination.General => GeneralFindingLabel,
        Cases.Determination.Serious => SeriousFindingLabel,
        _ => throw new ArgumentOutOfRangeException(nameof(determination), determination, null),
    };
}
