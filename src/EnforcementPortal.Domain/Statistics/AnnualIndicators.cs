using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Statistics;

/// <summary>What a department's "supervised objects" are: units (家) or construction projects (个).</summary>
public enum SupervisedObjectKind
{
    /// <summary>Distinct responsible parties (售楼中心、经纪机构、评估机构), by the party record (统一社会信用代码).</summary>
    Party = 1,

    /// <summary>Distinct projects (工程项目), by the case's project/site name.</summary>
    Project = 2,
}

/// <summary>One indicator as a department publishes it: its group, Chinese name, unit and the definition printed as a footnote.</summary>
public sealed record IndicatorDefinition(IndicatorCode Code, IndicatorGroup Group, string Name, string Unit, string Definition, bool IsRate, bool IsBreakdown);

/// <summary>
/// The indicators of the annual figures (《伊宁市住建局 执法流程与办事指南》, docs/domain.md), with each department's wording.
/// Every department publishes the same computed set, so the bureau-wide summary adds up; the seed's department-only
/// figures (施工许可证, 人防费, 竣工备案, 督办函) are supplementary indicators entered by the department.
/// </summary>
public static class AnnualIndicators
{
    public const string Percent = "%";

    /// <summary>The name of 建管科's letter count, as the seed publishes it (and as it was entered before it was computed).</summary>
    public const string ConstructionProcedureLettersName = "下发建设单位依法履行建设程序督办函";

    /// <summary>The rule common to every count, printed under the table.</summary>
    public const string YearRule = "年度按事件发生日期所在的公历年度计算：现场检查与复查按检查日期，整改通知书按发文日期，约谈按约谈日期，移交按移交日期。";

    public const string SupplementaryRule = "补充指标由部门根据业务台账填报，不属于执法案件记录，按填报数值公示。";

    public const string RateWithoutDenominator = "本年度无相应基数，不计算比率。";

    public static SupervisedObjectKind ObjectKindOf(DepartmentCode department) =>
        DepartmentPolicy.For(department).Statistics.SupervisedObjects;

    /// <summary>The computed indicators of a department, in the order they are shown.</summary>
    public static IReadOnlyList<IndicatorDefinition> For(DepartmentCode department)
    {
        var policy = DepartmentPolicy.For(department);
        var objects = ObjectKindOf(department) == SupervisedObjectKind.Party
            ? new IndicatorDefinition(
                IndicatorCode.SupervisedObjects,
                IndicatorGroup.Supervision,
                policy.Statistics.SupervisedObjectsIndicator,
                "家",
                "本年度内接受过现场检查或复查的责任单位数，按单位（统一社会信用代码）去重，同一单位检查多次只计一家。",
                IsRate: false,
                IsBreakdown: false)
            : new IndicatorDefinition(
                IndicatorCode.SupervisedObjects,
                IndicatorGroup.Supervision,
                policy.Statistics.SupervisedObjectsIndicator,
                "个",
                "本年度内接受过现场检查或复查的工程项目数，按项目名称去重，同一项目检查多次只计一个。",
                IsRate: false,
                IsBreakdown: false);
        var findingNoun = policy.FindingNoun;
        var loopName = policy.Statistics.ClosedLoopIndicator;

        List<IndicatorDefinition> letters = department == DepartmentCode.ConstructionManagement
            ?
            [
                new(IndicatorCode.ConstructionProcedureLetters, IndicatorGroup.Rectification, ConstructionProcedureLettersName, "份",
                    "本年度内向建设单位出具的《建设单位依法履行建设程序督办函》份数，按出具日期，以系统中出具的文书（文号、核验码）计数。", false, false),
            ]
            : [];
        return
        [
            objects,
            new(IndicatorCode.Inspections, IndicatorGroup.Supervision, "开展监督检查", "次",
                "本年度内现场检查（首次检查）与复查的次数之和，每一次到场检查计一次，按检查日期。", false, false),
            new(IndicatorCode.FirstInspections, IndicatorGroup.Supervision, "其中：现场检查", "次",
                "本年度内各案件首次现场检查的次数（含未发现问题的检查），按检查日期。", false, true),
            new(IndicatorCode.ReviewInspections, IndicatorGroup.Supervision, "其中：复查", "次",
                "本年度内对整改情况开展现场复查的次数，按复查日期。", false, true),
            new(IndicatorCode.SpecialCampaigns, IndicatorGroup.Supervision, "开展专项检查", "次",
                "本年度内以“专项检查”启动的现场检查行动次数：同一部门同一检查日的专项检查计为一次。", false, false),
            new(IndicatorCode.Findings, IndicatorGroup.Supervision, "发现" + findingNoun, "项",
                $"本年度内现场检查记录的{findingNoun}项数，逐项计数，按检查日期。", false, false),
            new(IndicatorCode.Notices, IndicatorGroup.Rectification, "下发《整改通知书》", "份",
                $"本年度内下发的《{policy.NoticeTitle}》份数，按发文日期。", false, false),
            .. letters,
            new(IndicatorCode.Interviews, IndicatorGroup.Rectification, "约谈责任单位负责人", "次",
                "本年度内约谈责任单位负责人的次数，按约谈日期。", false, false),
            new(IndicatorCode.ClosedLoopRate, IndicatorGroup.Rectification, loopName, Percent,
                "本年度下发的整改通知书中已闭环的份数 ÷ 本年度下发的整改通知书份数。闭环指经复查确认整改到位，或案件已移交城市管理局依法处置（移交后的处置情况见“跟踪处置完成”）；以统计截止日已登记的记录为准。", true, false),
            new(IndicatorCode.Transferred, IndicatorGroup.Transfer, "移交城市管理局处置案件", "件",
                "本年度内经科长/站长批准移交城市管理局的案件数，按移交日期。", false, false),
            new(IndicatorCode.TrackingCompleted, IndicatorGroup.Transfer, "跟踪处置完成", "件",
                "本年度移交的案件中，截至统计截止日城市管理局已反馈处置结果（含书面反馈不予立案）的件数。", false, false),
            new(IndicatorCode.TrackingCompletionRate, IndicatorGroup.Transfer, "跟踪处置完成率", Percent,
                "跟踪处置完成件数 ÷ 本年度移交城市管理局处置案件数。", true, false),
            new(IndicatorCode.ClosedWithoutPenaltyAfterLegalReview, IndicatorGroup.Transfer, "整改后经法制审核不予处罚结案", "件",
                "本年度内，问题涉及行政处罚事项、整改到位后未移交，经法制审核人员出具“同意结案（不予行政处罚）”意见的案件数，按审核日期（不得以责令改正代替行政处罚，建法〔2025〕40号（九））。", false, false),
        ];
    }

    /// <summary>
    /// A percentage rounded to one decimal (half away from zero), or null when there is nothing to divide by:
    /// 11 of 16 is 68.8, never a rounded-up 70.
    /// </summary>
    public static decimal? Rate(int numerator, int denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegative(denominator);
        if (denominator == 0)
        {
            return null;
        }

        return Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero);
    }
}
