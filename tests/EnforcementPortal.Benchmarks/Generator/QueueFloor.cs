using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Web.Queries;
using EnforcementPortal.Web.Queries.Supervision;

namespace EnforcementPortal.Benchmarks.Generator;

/// <summary>Where a case of the queue floor is walked to, and left waiting (every step on the way is the machine's).</summary>
internal enum CaseGoal
{
    /// <summary>Walked as the living bureau walks it.</summary>
    None,

    /// <summary>整改中, the party silent past the notice's deadline: 逾期 (chief's queue, 逾期 list, 督办).</summary>
    Overdue,

    /// <summary>移交待审批, the transfer waiting for the legal review: the chief's 待审批 and the 法制审核 移交 section.</summary>
    TransferAwaitingLegalReview,

    /// <summary>已移交，待立案反馈: the chief's 已移交待反馈.</summary>
    Transferred,

    /// <summary>已立案，待处置结果: the chief's 已移交待反馈.</summary>
    AwaitingDisposal,

    /// <summary>已办结 on rectification, a finding cited with a penalty matter: the 法制审核 结案 section.</summary>
    ClosingAwaitingLegalReview,
}

/// <summary>Where a complaint of the queue floor is left waiting.</summary>
internal enum ComplaintGoal
{
    None,

    /// <summary>待分派: received, not yet routed (the dispatcher's first section).</summary>
    ToRoute,

    /// <summary>受理 and no opinion past its 10 working days: 逾期未办.</summary>
    Overdue,

    /// <summary>办结, no 回访 yet: 办结待回访.</summary>
    ToVisit,
}

/// <summary>
/// The queue floor: the cases and complaints the generator walks to a waiting state so that every queue section the web
/// benchmark's users see holds at least one page at every scale (a small file otherwise shows less than a page, a large one
/// a full page, and the queues' times compare different amounts of HTML). The pages are the web code's own constants. The
/// cases are the recent ones of each group, every n-th one so that the floor spreads over about the last
/// <see cref="WindowDays"/> days; each is walked through the real machine along the path to its goal, and left there.
/// The floor adds to what the living bureau's proportions give: at a million cases it is a few hundred among them.
/// </summary>
internal sealed class QueueFloor
{
    /// <summary>The department of the benchmark's chief and officer (fc.chief, fc.officer1 in web-bench.sh).</summary>
    public const DepartmentCode BenchmarkDepartment = DepartmentCode.Housing;

    /// <summary>The floor's cases come from about this many last days, where most cases are still open anyway.</summary>
    private const int WindowDays = 120;

    private readonly Dictionary<int, CaseGoal> _cases = [];
    private readonly Dictionary<int, ComplaintGoal> _complaints = [];

    private QueueFloor()
    {
    }

    public static QueueFloor None { get; } = new();

    /// <summary>
    /// Overdue cases fill the chief's 逾期 section, the officer's 逾期 list and the chief's 督办 page, whichever is longest.
    /// </summary>
    public static int OverdueFloor => Math.Max(Math.Max(CaseQueries.QueueSize, CaseQueries.PageSize), SupervisionPaging.DefaultPageSize);

    /// <summary>The goals of the benchmark department's cases (the chief's queue, the 逾期 list, 督办).</summary>
    public static IReadOnlyList<(CaseGoal Goal, int Count)> DepartmentFloor { get; } =
    [
        (CaseGoal.Overdue, OverdueFloor),
        (CaseGoal.TransferAwaitingLegalReview, CaseQueries.QueueSize),
        (CaseGoal.Transferred, (CaseQueries.QueueSize + 1) / 2),
        (CaseGoal.AwaitingDisposal, CaseQueries.QueueSize / 2),
    ];

    /// <summary>The goals of any department's cases (the 法制审核 queue reads the whole bureau).</summary>
    public static IReadOnlyList<(CaseGoal Goal, int Count)> BureauFloor { get; } =
    [
        (CaseGoal.TransferAwaitingLegalReview, LegalReviewQueuePage.Size),
        (CaseGoal.ClosingAwaitingLegalReview, LegalReviewQueuePage.Size),
    ];

    /// <summary>The goals of the complaints (the dispatcher's desk reads every complaint).</summary>
    public static IReadOnlyList<(ComplaintGoal Goal, int Count)> ComplaintFloor { get; } =
    [
        (ComplaintGoal.ToRoute, ComplaintQueries.DeskSize),
        (ComplaintGoal.Overdue, ComplaintQueries.DeskSize),
        (ComplaintGoal.ToVisit, ComplaintQueries.DeskSize),
    ];

    public int Cases => _cases.Count;

    public int Complaints => _complaints.Count;

    public CaseGoal CaseGoalOf(int index) => _cases.GetValueOrDefault(index);

    public ComplaintGoal ComplaintGoalOf(int index) => _complaints.GetValueOrDefault(index);

    /// <summary>
    /// Chooses the floor's cases among <paramref name="departments"/> (case index → department, in opening order) and the
    /// complaints among the cases that bring one (<paramref name="bringsComplaint"/>), by each case's age in days.
    /// </summary>
    public static QueueFloor Plan(IReadOnlyList<DepartmentCode> departments, Func<int, int> ageInDays, Func<int, bool> bringsComplaint)
    {
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(ageInDays);
        ArgumentNullException.ThrowIfNull(bringsComplaint);
        var floor = new QueueFloor();
        Choose(departments.Count, k => departments[k] == BenchmarkDepartment, ageInDays, DepartmentFloor, MinimumAge, floor._cases);
        Choose(departments.Count, k => !floor._cases.ContainsKey(k), ageInDays, BureauFloor, MinimumAge, floor._cases);
        Choose(departments.Count, bringsComplaint, ageInDays, ComplaintFloor, MinimumAge, floor._complaints);
        return floor;
    }

    /// <summary>
    /// The age (days since the inspection) at which the walk has surely reached the goal: the sum of the longest waits
    /// of the steps on its path (<see cref="CaseWalker"/>), a notice's deadline counted in working days across a holiday.
    /// </summary>
    private static int MinimumAge(CaseGoal goal) => goal switch
    {
        CaseGoal.Overdue => 40,
        CaseGoal.TransferAwaitingLegalReview => 15,
        CaseGoal.Transferred => 25,
        CaseGoal.AwaitingDisposal => 35,
        CaseGoal.ClosingAwaitingLegalReview => 30,
        _ => 0,
    };

    /// <summary>
    /// A complaint is received 8 days before its case, 受理 the next day, its opinion due 10 working days later; an answered
    /// one is closed within 10 days of its receipt.
    /// </summary>
    private static int MinimumAge(ComplaintGoal goal) => goal switch
    {
        ComplaintGoal.Overdue => 30,
        ComplaintGoal.ToVisit => 5,
        _ => 0,
    };

    /// <summary>
    /// From the newest eligible item back, every n-th one (n spreading the demand over the window), each given the next
    /// goal in turn that it is old enough for, until every goal has its count.
    /// </summary>
    private static void Choose<TGoal>(int count, Func<int, bool> eligible, Func<int, int> ageInDays, IReadOnlyList<(TGoal Goal, int Count)> demand, Func<TGoal, int> minimumAge, Dictionary<int, TGoal> chosen)
        where TGoal : struct, Enum
    {
        var remaining = demand.Select(d => d.Count).ToArray();
        var youngest = demand.Min(d => minimumAge(d.Goal));
        var inWindow = 0;
        for (var k = count - 1; k >= 0 && ageInDays(k) <= WindowDays; k--)
        {
            if (eligible(k) && ageInDays(k) >= youngest)
            {
                inWindow++;
            }
        }

        var stride = Math.Max(1, inWindow / Math.Max(1, remaining.Sum()));
        var seen = 0;
        var turn = 0;
        for (var k = count - 1; k >= 0 && remaining.Sum() > 0; k--)
        {
            var age = ageInDays(k);
            if (!eligible(k) || age < youngest || seen++ % stride != 0)
            {
                continue;
            }

            for (var tried = 0; tried < demand.Count; tried++)
            {
                var i = (turn + tried) % demand.Count;
                if (remaining[i] > 0 && age >= minimumAge(demand[i].Goal))
                {
                    chosen[k] = demand[i].Goal;
                    remaining[i]--;
                    turn = i + 1;
                    break;
                }
            }
        }
    }
}
