using System.Security.Cryptography;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Inspections;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>A plan as shown on the plan page, with its draws and the parties' names.</summary>
public sealed record PlanPage(int Year, InspectionPlan? Plan, IReadOnlyList<InspectionDraw> Draws, IReadOnlyDictionary<Guid, string> Names, IReadOnlyList<string> OverlapWarnings, bool MayApprove)
{
    /// <summary>Per credit grade: the recommended frequency and the parties of the plan's kinds due for an inspection.</summary>
    public IReadOnlyList<GradeDue> Grades { get; init; } = [];

    /// <summary>The chief may still change the plan (a draft of the chief's department).</summary>
    public bool MayEdit { get; init; }

    /// <summary>The chief may draft the year's plan (none yet, and the year is within the draftable range).</summary>
    public bool MayDraft { get; init; }
}

/// <summary>A party due for an inspection by its grade's frequency: never inspected by the department, or last inspected that long ago.</summary>
public sealed record DueParty(Guid Id, string Name, DateOnly? LastInspectedOn);

/// <summary>One grade on the plan view: its recommended inspection frequency, how many parties of the plan's kinds hold it, those due.</summary>
public sealed record GradeDue(CreditGrade Grade, InspectionFrequency Frequency, int Parties, IReadOnlyList<DueParty> Due);

/// <summary>A draw as shown on its page, with the names of everyone in the pools and whether it replays.</summary>
public sealed record DrawPage(InspectionDraw Draw, PlanTask Task, IReadOnlyDictionary<Guid, string> Names, bool Replays);

/// <summary>
/// 年度检查计划 and 双随机 (住建部 建法〔2025〕40号 (八)、(二)): the department's plan of a year and its approval, the random
/// draw of parties and certified officers for a plan task (recorded with its seed so anyone can replay it), the
/// checklists, and the repeated/multi-department inspection warning over the configurable window
/// (<c>Inspections:OverlapWindowDays</c>).
/// </summary>
public sealed class InspectionPlanning(AppDbContext db, CurrentUser user, IBureauClock clock, UserManager<EnforcementPortal.Infrastructure.Identity.AppUser> users, AuditTrail audit, IConfiguration configuration, Queries.PartyRecords partyRecords)
{
    public const string OverlapWindowKey = "Inspections:OverlapWindowDays";

    public int OverlapWindowDays => configuration.GetValue(OverlapWindowKey, InspectionOverlap.DefaultWindowDays);

    /// <summary>The tasks of the department's approved plan for the year, for the new-inspection form.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Label)>> ApprovedTasksAsync(DepartmentCode department, int year, CancellationToken cancellationToken)
    {
        var plans = await db.InspectionPlans.AsNoTracking().Where(p => p.Department == department && p.Year == year && p.Status == PlanStatus.Approved).ToListAsync(cancellationToken);
        return [.. plans.SelectMany(p => p.Tasks).OrderBy(t => t.Quarter).Select(t => (t.Id, t.Describe()))];
    }

    /// <summary>重复检查、多头检查提示: the party's inspections by any department within the window before <paramref name="day"/>.</summary>
    public async Task<IReadOnlyList<string>> OverlapWarningsAsync(Guid partyId, DepartmentCode department, DateOnly day, CancellationToken cancellationToken)
    {
        var window = OverlapWindowDays;
        var from = day.AddDays(-window);

        // Across departments on purpose: the warning is about the enterprise, whoever inspected it.
        var past = await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.PartyId == partyId && c.OpenedOn >= from && c.OpenedOn <= day)
            .Select(c => new PastInspection(c.PartyId, c.Department, c.OpenedOn, c.Number))
            .ToListAsync(cancellationToken);
        return InspectionOverlap.Warnings(partyId, department, day, past, window);
    }

    public async Task<PlanPage> PlanPageAsync(int year, CancellationToken cancellationToken)
    {
        var department = user.Department!.Value;
        var plan = await db.InspectionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Department == department && p.Year == year, cancellationToken);
        var draws = plan is null ? [] : await db.InspectionDraws.AsNoTracking().Where(d => d.PlanId == plan.Id).OrderBy(d => d.DrawnAt).ToListAsync(cancellationToken);
        var names = await NamesAsync(draws.SelectMany(d => d.DrawnParties.Concat(d.DrawnOfficers)), cancellationToken);
        var warnings = new List<string>();
        foreach (var partyId in draws.SelectMany(d => d.DrawnParties).Distinct())
        {
            warnings.AddRange((await OverlapWarningsAsync(partyId, department, clock.Today, cancellationToken)).Take(1).Select(w => $"{names.GetValueOrDefault(partyId)}：{w}"));
        }

        return new PlanPage(year, plan, draws, names, warnings, user.IsChief && plan?.Status == PlanStatus.Drafted)
        {
            Grades = plan is null ? [] : await GradesDueAsync(department, [.. plan.Tasks.Select(t => t.PartyKind).Distinct()], cancellationToken),
            MayEdit = user.IsChief && plan?.Status == PlanStatus.Drafted,
            MayDraft = user.IsChief && plan is null && DraftableYears.Contains(year),
        };
    }

    /// <summary>
    /// 分级分类监管 on the plan view: the parties of the plan's kinds by credit grade, each grade with its recommended
    /// frequency (<see cref="CreditGrading.FrequencyOf"/>), and those due — not inspected by this department within a
    /// year divided by the grade's inspections a year.
    /// </summary>
    public async Task<IReadOnlyList<GradeDue>> GradesDueAsync(DepartmentCode department, IReadOnlyList<PartyKind> kinds, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var register = await db.Parties.AsNoTracking().Where(p => kinds.Contains(p.Kind)).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var ids = register.Select(p => p.Id).ToList();
        var grades = await partyRecords.AssessManyAsync(ids, today, cancellationToken);
        var last = (await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => c.Department == department && ids.Contains(c.PartyId))
            .GroupBy(c => c.PartyId).Select(g => new { PartyId = g.Key, Last = g.Max(c => c.OpenedOn) }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.PartyId, x => x.Last);
        return [.. Enum.GetValues<CreditGrade>().Select(grade =>
        {
            var frequency = CreditGrading.FrequencyOf(grade);
            var holders = register.Where(p => grades[p.Id].Grade == grade).ToList();
            var interval = 365 / frequency.PerYear;
            var due = holders
                .Select(p => new DueParty(p.Id, p.Name, last.TryGetValue(p.Id, out var day) ? day : null))
                .Where(p => p.LastInspectedOn is not { } day || day.AddDays(interval) <= today)
                .OrderBy(p => p.LastInspectedOn ?? DateOnly.MinValue).ThenBy(p => p.Name, StringComparer.Ordinal)
                .ToList();
            return new GradeDue(grade, frequency, holders.Count, due);
        })];
    }

    /// <summary>The years a chief may draft a plan for today (the domain's range: last year to next year).</summary>
    public IReadOnlyList<int> DraftableYears => [clock.Today.Year - 1, clock.Today.Year, clock.Today.Year + 1];

    /// <summary>The chief's own department's drafted plan, for the edit form; null when absent, approved, or not the chief's.</summary>
    public async Task<InspectionPlan?> EditablePlanAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await db.InspectionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        return plan is not null && user.IsChief && plan.Department == user.Department && plan.Status == PlanStatus.Drafted ? plan : null;
    }

    /// <summary>编制年度检查计划 (科长/站长 of the department): one plan per department and year.</summary>
    public async Task<(StepResult Result, InspectionPlan? Plan)> DraftPlanAsync(PlanForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (user.Department is not { } department || !user.IsChief)
        {
            return (StepResult.NotFound, null);
        }

        var year = form.Year ?? 0;
        if (await db.InspectionPlans.AnyAsync(p => p.Department == department && p.Year == year, cancellationToken))
        {
            return (StepResult.Refused(YearPlannedMessage(year)), null);
        }

        try
        {
            var plan = InspectionPlan.Draft(Guid.NewGuid(), department, year, form.Drafts(), user.Actor, clock.Now);
            db.InspectionPlans.Add(plan);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditActions.CaseStep, AuditOutcome.Success, $"plan {plan.Id}", plan.Events[^1].Summary);
            return (StepResult.Done, plan);
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            return (StepResult.Refused(refusal.Message), null);
        }
        catch (DbUpdateException)
        {
            // The unique (Department, Year) index: another chief's plan for the year was saved a moment earlier.
            db.ChangeTracker.Clear();
            return (StepResult.Refused(YearPlannedMessage(year)), null);
        }
    }

    /// <summary>修改年度检查计划 while it is a draft (科长/站长 of the department), at the version the chief saw.</summary>
    public async Task<StepResult> RevisePlanAsync(Guid planId, PlanForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var plan = await db.InspectionPlans.FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null || plan.Department != user.Department || !user.IsChief)
        {
            return StepResult.NotFound;
        }

        if (plan.Version != form.Version)
        {
            return PlanConflict;
        }

        try
        {
            plan.Revise(form.Drafts(), user.Actor, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditActions.CaseStep, AuditOutcome.Success, $"plan {plan.Id}", plan.Events[^1].Summary);
            return StepResult.Done;
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            return StepResult.Refused(refusal.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return PlanConflict;
        }
    }

    private static readonly StepResult PlanConflict = StepResult.Conflict with { Message = "该年度检查计划已被他人修改，请刷新后重试。" };

    private static string YearPlannedMessage(int year) => $"本部门{year}年度检查计划已经编制，请在原计划上修改，不能重复编制。";

    /// <summary>批准年度检查计划 (科长/站长 of the department).</summary>
    public async Task<StepResult> ApprovePlanAsync(Guid planId, int version, CancellationToken cancellationToken)
    {
        var plan = await db.InspectionPlans.FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null || plan.Department != user.Department || !user.IsChief)
        {
            return StepResult.NotFound;
        }

        if (plan.Version != version)
        {
            return StepResult.Conflict;
        }

        try
        {
            plan.Approve(user.Actor, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditActions.CaseStep, AuditOutcome.Success, $"plan {plan.Id}", $"批准{plan.Year}年度检查计划");
            return StepResult.Done;
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            return StepResult.Refused(refusal.Message);
        }
    }

    /// <summary>
    /// 双随机抽取 for a plan task: parties of the task's kind from the register, officers of the department certified
    /// today; the seed is drawn from a cryptographic source and recorded with the pools and the result.
    /// </summary>
    public async Task<(StepResult Result, Guid? DrawId)> DrawAsync(Guid planId, Guid taskId, CancellationToken cancellationToken)
    {
        var department = user.Department;
        var plan = await db.InspectionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null || plan.Department != department || plan.FindTask(taskId) is not { } task)
        {
            return (StepResult.NotFound, null);
        }

        var register = await db.Parties.AsNoTracking().Where(p => p.Kind == task.PartyKind).Select(p => p.Id).ToListAsync(cancellationToken);
        var grades = (await partyRecords.AssessManyAsync(register, clock.Today, cancellationToken)).ToDictionary(g => g.Key, g => g.Value.Grade);
        var staff = await users.Users.AsNoTracking().Where(u => u.Department == department && u.IsActive).ToListAsync(cancellationToken);
        var seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long)));
        try
        {
            var draw = InspectionDraw.Perform(Guid.NewGuid(), plan, taskId, register, [.. staff.Select(u => u.ToOfficerOnDuty())], seed, user.Actor, clock.Now, grades);
            db.InspectionDraws.Add(draw);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditActions.CaseStep, AuditOutcome.Success, $"draw {draw.Id}", $"双随机抽取：种子{draw.Seed}，抽取单位{draw.DrawnParties.Count}家");
            return (StepResult.Done, draw.Id);
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            return (StepResult.Refused(refusal.Message), null);
        }
    }

    public async Task<DrawPage?> DrawPageAsync(Guid drawId, CancellationToken cancellationToken)
    {
        var draw = await db.InspectionDraws.AsNoTracking().FirstOrDefaultAsync(d => d.Id == drawId, cancellationToken);
        if (draw is null)
        {
            return null;
        }

        var plan = await db.InspectionPlans.AsNoTracking().FirstAsync(p => p.Id == draw.PlanId, cancellationToken);
        var names = await NamesAsync(draw.PartyPool.Concat(draw.OfficerPool), cancellationToken);
        return new DrawPage(draw, plan.FindTask(draw.PlanTaskId)!, names, draw.Replays());
    }

    /// <summary>The department's checklists, newest version first.</summary>
    public async Task<IReadOnlyList<InspectionChecklist>> ChecklistsAsync(DepartmentCode department, CancellationToken cancellationToken) =>
        await db.InspectionChecklists.AsNoTracking().Where(c => c.Department == department).OrderByDescending(c => c.VersionNumber).ToListAsync(cancellationToken);

    public Task<InspectionChecklist?> ChecklistAsync(Guid id, CancellationToken cancellationToken) =>
        db.InspectionChecklists.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var parties = await db.Parties.AsNoTracking().Where(p => wanted.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var people = await users.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).Select(u => new { u.Id, u.FullName }).ToListAsync(cancellationToken);
        return parties.Select(p => (p.Id, p.Name)).Concat(people.Select(u => (u.Id, u.FullName))).ToDictionary(x => x.Item1, x => x.Item2);
    }
}
