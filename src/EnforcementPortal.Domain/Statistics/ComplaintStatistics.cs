using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Statistics;

/// <summary>What the complaint statistics read of one complaint (counted from the records, never typed).</summary>
public sealed record ComplaintRecord(
    ComplaintChannel Channel,
    DepartmentCode? Department,
    DateOnly ReceivedOn,
    DateOnly? AnsweredOn,
    DateOnly? OpinionDue,
    ComplaintState State,
    bool OpenedCase,
    bool IsMajor);

/// <summary>
/// The complaint figures of a period (a month of the 月报 or a year), as docs/statistics.md defines them:
/// 受理投诉 = complaints registered in the period (by 登记日期); 答复 = complaints whose handling opinion was recorded in
/// the period (by the opinion's date); 按期答复 = of those, the ones answered on or before their due date (10 working days
/// from acceptance plus approved extensions); 按期答复率 = 按期答复 ÷ 答复, one decimal, "—" when nothing was answered;
/// by channel and by department, the complaints registered in the period (a complaint not yet routed counts as 未分派).
/// </summary>
public sealed record ComplaintFigures(
    DateOnly From,
    DateOnly ToExclusive,
    int Received,
    int Answered,
    int AnsweredInTime,
    int Refused,
    int CasesOpened,
    int Major,
    IReadOnlyList<(ComplaintChannel Channel, int Count)> ByChannel,
    IReadOnlyList<(DepartmentCode? Department, int Received, int Answered, int AnsweredInTime)> ByDepartment)
{
    /// <summary>The rows with their definitions, printed under the tables.</summary>
    public static IReadOnlyList<(string Name, string Definition)> Definitions { get; } =
    [
        ("受理投诉", "本期登记的投诉件数，按登记日期；含各渠道（公众网上投诉、便民热线、舆情监测、部门自查发现、上级转办/督办、区县）。"),
        ("答复", "本期提出处理意见（答复投诉人）的投诉件数，按处理意见日期。"),
        ("按期答复", "本期答复的投诉中，在处理意见期限（受理之日起10个工作日，经批准延期的顺延）内答复的件数。"),
        ("按期答复率", "按期答复 ÷ 答复，保留一位小数；本期无答复的不计算。"),
        ("不予受理", "本期登记、经科长/站长批准不予受理的投诉件数。"),
        ("转立案查处", "本期登记、因存在违法违规行为启动执法案件的投诉件数。"),
        ("重大案件", "本期登记、列为重大案件的投诉件数。"),
    ];

    /// <summary>按期答复率 in percent, one decimal (away from zero); null when nothing was answered.</summary>
    public decimal? InTimeRate => Answered == 0 ? null : Math.Round(AnsweredInTime * 100m / Answered, 1, MidpointRounding.AwayFromZero);

    public static ComplaintFigures Count(IEnumerable<ComplaintRecord> records, DateOnly from, DateOnly toExclusive)
    {
        ArgumentNullException.ThrowIfNull(records);
        var all = records.ToList();
        var received = all.Where(r => r.ReceivedOn >= from && r.ReceivedOn < toExclusive).ToList();
        var answered = all.Where(r => r.AnsweredOn is { } day && day >= from && day < toExclusive).ToList();
        static bool InTime(ComplaintRecord r) => r.OpinionDue is { } due && r.AnsweredOn <= due;
        var departments = received.Select(r => r.Department).Concat(answered.Select(r => r.Department)).Distinct()
            .OrderBy(d => d is null ? int.MaxValue : (int)d.Value);
        return new ComplaintFigures(
            from,
            toExclusive,
            received.Count,
            answered.Count,
            answered.Count(InTime),
            received.Count(r => r.State == ComplaintState.Refused),
            received.Count(r => r.OpenedCase),
            received.Count(r => r.IsMajor),
            [.. Enum.GetValues<ComplaintChannel>().Select(c => (c, received.Count(r => r.Channel == c)))],
            [.. departments.Select(d => (d, received.Count(r => r.Department == d), answered.Count(r => r.Department == d), answered.Count(r => r.Department == d && InTime(r))))]);
    }
}
