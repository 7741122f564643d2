using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.Domain.Inspections;

/// <summary>
/// 双随机 (建法〔2025〕40号 (二)): the deterministic draw. The pools are put in a canonical order (by id), then a partial
/// Fisher–Yates shuffle driven by SplitMix64 from the seed picks the parties and the officers. The generator is written
/// out here rather than taken from <see cref="Random"/> so that a draw recorded today replays identically on any
/// runtime, forever. With weights (信用风险等级 → recommended inspection frequency, <see cref="CreditGrading.FrequencyOf"/>)
/// the parties are drawn one by one, each with a chance proportional to its weight among those not drawn yet; integer
/// arithmetic only, so the weighted draw replays exactly as well.
/// </summary>
public static class RandomDraw
{
    /// <summary>
    /// The weighted draw: <paramref name="partyWeights"/>[i] (≥ 1) is the weight of <paramref name="partyPool"/>[i]; the
    /// pool must be distinct. Officers are drawn unweighted after the parties.
    /// </summary>
    public static (IReadOnlyList<Guid> Parties, IReadOnlyList<Guid> Officers) RunWeighted(long seed, IReadOnlyList<Guid> partyPool, IReadOnlyList<int> partyWeights, int partyCount, IReadOnlyList<Guid> officerPool, int officerCount)
    {
        ArgumentNullException.ThrowIfNull(partyPool);
        ArgumentNullException.ThrowIfNull(partyWeights);
        ArgumentNullException.ThrowIfNull(officerPool);
        if (partyWeights.Count != partyPool.Count || partyWeights.Any(w => w < 1) || partyPool.Distinct().Count() != partyPool.Count)
        {
            throw new ArgumentException("Each party of the pool needs one weight of at least 1.", nameof(partyWeights));
        }

        var state = unchecked((ulong)seed);
        var remaining = partyPool.Select((id, i) => (Id: id, Weight: (ulong)partyWeights[i])).OrderBy(p => p.Id).ToList();
        var parties = new List<Guid>();
        while (parties.Count < partyCount && remaining.Count > 0)
        {
            var total = remaining.Aggregate(0UL, (sum, p) => sum + p.Weight);
            var ticket = Next(ref state) % total;
            var index = 0;
            while (ticket >= remaining[index].Weight)
            {
                ticket -= remaining[index].Weight;
                index++;
            }

            parties.Add(remaining[index].Id);
            remaining.RemoveAt(index);
        }

        var officers = Pick(officerPool, officerCount, ref state);
        return (parties, officers);
    }

    public static (IReadOnlyList<Guid> Parties, IReadOnlyList<Guid> Officers) Run(long seed, IReadOnlyList<Guid> partyPool, int partyCount, IReadOnlyList<Guid> officerPool, int officerCount)
    {
        ArgumentNullException.ThrowIfNull(partyPool);
        ArgumentNullException.ThrowIfNull(officerPool);
        var state = unchecked((ulong)seed);
        var parties = Pick(partyPool, partyCount, ref state);
        var officers = Pick(officerPool, officerCount, ref state);
        return (parties, officers);
    }

    private static List<Guid> Pick(IReadOnlyList<Guid> pool, int count, ref ulong state)
    {
        var items = pool.Distinct().Order().ToArray();
        var take = Math.Min(count, items.Length);
        for (var i = 0; i < take; i++)
        {
            var j = i + (int)(Next(ref state) % (ulong)(items.Length - i));
            (items[i], items[j]) = (items[j], items[i]);
        }

        return [.. items.Take(take)];
    }

    private static ulong Next(ref ulong state)
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}

/// <summary>
/// One recorded random draw for a plan task: the pools as they were (parties of the task's kind from the register,
/// officers with a valid 执法证 on the day), the seed, and what was drawn — enough for anyone to replay it.
/// </summary>
public sealed class InspectionDraw
{
    public const int ActorNameMaxLength = 64;

    private List<Guid> _partyPool = [];
    private List<Guid> _officerPool = [];
    private List<Guid> _drawnParties = [];
    private List<Guid> _drawnOfficers = [];
    private List<int> _partyWeights = [];

    private InspectionDraw()
    {
        DrawnByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public DepartmentCode Department { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid PlanTaskId { get; private set; }

    public long Seed { get; private set; }

    public DateTime DrawnAt { get; private set; }

    public Guid DrawnById { get; private set; }

    public string DrawnByName { get; private set; }

    public IReadOnlyList<Guid> PartyPool => _partyPool;

    public IReadOnlyList<Guid> OfficerPool => _officerPool;

    public IReadOnlyList<Guid> DrawnParties => _drawnParties;

    public IReadOnlyList<Guid> DrawnOfficers => _drawnOfficers;

    /// <summary>
    /// The weight each party of <see cref="PartyPool"/> had in the draw (its grade's recommended inspections a year), in the
    /// pool's order; empty for a draw recorded before grades weighted the draw, which replays unweighted.
    /// </summary>
    public IReadOnlyList<int> PartyWeights => _partyWeights;

    /// <summary>The weight of a party in the draw, null for an unweighted draw.</summary>
    public int? WeightOf(Guid partyId)
    {
        var index = _partyPool.IndexOf(partyId);
        return index >= 0 && index < _partyWeights.Count ? _partyWeights[index] : null;
    }

    /// <summary>Officers drawn per inspection team: the two-officer rule.</summary>
    public const int OfficersPerDraw = TwoCertifiedOfficersRule.MinimumOfficers;

    /// <summary>
    /// Draws <see cref="PlanTask.Count"/> parties of the task's kind and two officers certified on the draw day. Officers
    /// whose certificate is not valid that day are left out of the pool before the draw. With <paramref name="grades"/>,
    /// each party weighs its grade's recommended inspections a year (a party without a grade weighs as grade A), so a D
    /// party is drawn more often than an A party; the weights are recorded with the pools.
    /// </summary>
    public static InspectionDraw Perform(Guid id, InspectionPlan plan, Guid taskId, IReadOnlyList<Guid> registerParties, IReadOnlyList<OfficerOnDuty> officers, long seed, Actor actor, DateTime at, IReadOnlyDictionary<Guid, CreditGrade>? grades = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(registerParties);
        ArgumentNullException.ThrowIfNull(officers);
        ArgumentNullException.ThrowIfNull(actor);
        if (plan.Status != PlanStatus.Approved)
        {
            throw new DomainException("年度检查计划批准后方可随机抽取。");
        }

        var task = plan.FindTask(taskId) ?? throw new DomainException("所选计划任务不存在。");
        var day = DateOnly.FromDateTime(at);
        var certified = officers.Where(o => o.HasValidCertificateOn(day)).Select(o => o.UserId).Distinct().Order().ToList();
        if (certified.Count < OfficersPerDraw)
        {
            throw new DomainException($"持有效执法证的执法人员不足{OfficersPerDraw}人，不能随机抽取执法人员。");
        }

        var parties = registerParties.Distinct().Order().ToList();
        if (parties.Count == 0)
        {
            throw new DomainException("检查对象名录中没有该类单位，不能随机抽取。");
        }

        List<int> weights = grades is null ? [] : [.. parties.Select(p => CreditGrading.FrequencyOf(grades.GetValueOrDefault(p, CreditGrade.A)).PerYear)];
        var (drawnParties, drawnOfficers) = weights.Count == 0
            ? RandomDraw.Run(seed, parties, task.Count, certified, OfficersPerDraw)
            : RandomDraw.RunWeighted(seed, parties, weights, task.Count, certified, OfficersPerDraw);
        return new InspectionDraw
        {
            Id = id,
            Department = plan.Department,
            PlanId = plan.Id,
            PlanTaskId = task.Id,
            Seed = seed,
            DrawnAt = at,
            DrawnById = actor.UserId,
            DrawnByName = actor.Name,
            _partyPool = parties,
            _officerPool = certified,
            _drawnParties = [.. drawnParties],
            _drawnOfficers = [.. drawnOfficers],
            _partyWeights = weights,
        };
    }

    /// <summary>Replays the draw from its recorded seed and pools; true when it gives exactly what was recorded.</summary>
    public bool Replays()
    {
        var (parties, officers) = _partyWeights.Count == 0
            ? RandomDraw.Run(Seed, _partyPool, _drawnParties.Count, _officerPool, _drawnOfficers.Count)
            : RandomDraw.RunWeighted(Seed, _partyPool, _partyWeights, _drawnParties.Count, _officerPool, _drawnOfficers.Count);
        return parties.SequenceEqual(_drawnParties) && officers.SequenceEqual(_drawnOfficers);
    }
}

/// <summary>
/// A party inspected before, by any department: the basis of the repeated and multi-department inspection warning
/// (建法〔2025〕40号 (二)).
/// </summary>
public sealed record PastInspection(Guid PartyId, DepartmentCode Department, DateOnly Day, string CaseNumber);

/// <summary>重复检查、多头检查提示: whether the party was inspected within the window before the planned day.</summary>
public static class InspectionOverlap
{
    /// <summary>The window when the configuration (Inspections:OverlapWindowDays) says nothing.</summary>
    public const int DefaultWindowDays = 30;

    /// <summary>The Chinese warnings for the party; empty when it was not inspected within the window.</summary>
    public static IReadOnlyList<string> Warnings(Guid partyId, DepartmentCode department, DateOnly day, IEnumerable<PastInspection> past, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(past);
        var from = day.AddDays(-windowDays);
        var recent = past.Where(p => p.PartyId == partyId && p.Day >= from && p.Day <= day).OrderByDescending(p => p.Day).ToList();
        if (recent.Count == 0)
        {
            return [];
        }

        var list = string.Join("；", recent.Select(p => $"{DepartmentPolicy.For(p.Department).ShortName} {p.Day.Year}年{p.Day.Month}月{p.Day.Day}日（{p.CaseNumber}）"));
        var others = recent.Where(p => p.Department != department).Select(p => DepartmentPolicy.For(p.Department).ShortName).Distinct().ToList();
        var warnings = new List<string> { $"该单位在{windowDays}日内已被检查{recent.Count}次：{list}。请避免重复检查。" };
        if (others.Count > 0)
        {
            warnings.Add($"其他部门（{string.Join("、", others)}）近期已检查该单位，请考虑联合检查，避免多头检查。");
        }

        return warnings;
    }
}
