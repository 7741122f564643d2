using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Parties;

/// <summary>
/// 信用风险等级 (建法〔2025〕40号 (二) 以信用为基础的分级分类监管): A 低风险 … D 高风险. Stored nowhere: computed from the
/// party's case records whenever it is read.
/// </summary>
public enum CreditGrade
{
    A = 1,
    B = 2,
    C = 3,
    D = 4,
}

/// <summary>The recommended inspection frequency of a grade: how many routine inspections a year, and its wording.</summary>
public sealed record InspectionFrequency(int PerYear, string Label);

/// <summary>One enforcement case of the party as the grade reads it (any department).</summary>
/// <param name="FoundOn">The inspection day of the case.</param>
/// <param name="Uncooperative">The party failed to reply, was found 不配合 at a review, or refused at an interview.</param>
/// <param name="Transferred">The case was transferred to the 城市管理局 for a penalty.</param>
/// <param name="RepeatFindings">Findings flagged as a repeat of the same kind within the repeat window (<see cref="RepeatViolations"/>).</param>
public sealed record PartyCaseRecord(
    Guid CaseId,
    DepartmentCode Department,
    string CaseNumber,
    DateOnly FoundOn,
    int GeneralFindings,
    int SeriousFindings,
    bool Uncooperative,
    bool Transferred,
    int RepeatFindings);

/// <summary>One fact that moved the grade, with its points, as "why this grade" shows it.</summary>
public sealed record GradeFactor(string Fact, int Points);

/// <summary>The grade, its score and the facts behind it.</summary>
public sealed record CreditAssessment(CreditGrade Grade, int Score, IReadOnlyList<GradeFactor> Factors, InspectionFrequency Frequency, DateOnly? LastViolationOn)
{
    public string GradeLabel => CreditGrading.LabelOf(Grade);
}

/// <summary>
/// The grading rule. Over the cases of the last <see cref="LookBackYears"/> years, in every department: each general
/// finding 1 point, each serious finding 3, each uncooperative case 3, each transfer 4, each repeat finding 2, and 2 more
/// when the last violation is less than a year old. 0 points: A; 1–4: B; 5–9: C; 10 or more: D. Cases without a finding
/// count nothing. The plan and the random draw read <see cref="FrequencyOf"/>.
/// </summary>
public static class CreditGrading
{
    public const int LookBackYears = 3;
    public const int GeneralFindingPoints = 1;
    public const int SeriousFindingPoints = 3;
    public const int UncooperativePoints = 3;
    public const int TransferPoints = 4;
    public const int RepeatPoints = 2;
    public const int RecentViolationPoints = 2;
    public const int GradeBFrom = 1;
    public const int GradeCFrom = 5;
    public const int GradeDFrom = 10;

    public static string LabelOf(CreditGrade grade) => grade switch
    {
        CreditGrade.A => "A级（低风险）",
        CreditGrade.B => "B级（一般风险）",
        CreditGrade.C => "C级（较高风险）",
        _ => "D级（高风险）",
    };

    /// <summary>The recommended routine inspection frequency of a grade (差别化监管: fewer visits to the compliant).</summary>
    public static InspectionFrequency FrequencyOf(CreditGrade grade) => grade switch
    {
        CreditGrade.A => new(1, "每年抽查1次（双随机抽查比例最低，无投诉举报不主动检查）"),
        CreditGrade.B => new(2, "每半年检查1次"),
        CreditGrade.C => new(4, "每季度检查1次"),
        _ => new(12, "每月检查1次（重点监管）"),
    };

    public static CreditGrade GradeOf(int score) => score switch
    {
        >= GradeDFrom => CreditGrade.D,
        >= GradeCFrom => CreditGrade.C,
        >= GradeBFrom => CreditGrade.B,
        _ => CreditGrade.A,
    };

    public static CreditAssessment Assess(IEnumerable<PartyCaseRecord> cases, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var since = today.AddYears(-LookBackYears);
        var counted = cases.Where(c => c.FoundOn > since && c.FoundOn <= today && c.GeneralFindings + c.SeriousFindings > 0)
            .OrderBy(c => c.FoundOn).ThenBy(c => c.CaseNumber, StringComparer.Ordinal).ToList();
        var factors = new List<GradeFactor>();
        foreach (var c in counted)
        {
            var where = $"{c.FoundOn:yyyy年M月d日} {DepartmentPolicy.For(c.Department).ShortName} {c.CaseNumber}";
            if (c.GeneralFindings > 0)
            {
                factors.Add(new($"{where}：一般问题{c.GeneralFindings}项", c.GeneralFindings * GeneralFindingPoints));
            }

            if (c.SeriousFindings > 0)
            {
                factors.Add(new($"{where}：严重问题{c.SeriousFindings}项", c.SeriousFindings * SeriousFindingPoints));
            }

            if (c.Uncooperative)
            {
                factors.Add(new($"{where}：未按期回复或不配合整改", UncooperativePoints));
            }

            if (c.Transferred)
            {
                factors.Add(new($"{where}：移交城市管理局处罚", TransferPoints));
            }

            if (c.RepeatFindings > 0)
            {
                factors.Add(new($"{where}：同类问题重复发生{c.RepeatFindings}项", c.RepeatFindings * RepeatPoints));
            }
        }

        DateOnly? last = counted.Count == 0 ? null : counted[^1].FoundOn;
        if (last is { } l && l > today.AddYears(-1))
        {
            factors.Add(new($"距最近一次违规（{l:yyyy年M月d日}）不足一年", RecentViolationPoints));
        }

        var score = factors.Sum(f => f.Points);
        var grade = GradeOf(score);
        if (factors.Count == 0)
        {
            factors.Add(new($"近{LookBackYears}年内各部门均未发现问题", 0));
        }

        return new CreditAssessment(grade, score, factors, FrequencyOf(grade), last);
    }
}
