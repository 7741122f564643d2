using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.Infrastructure.Documents;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// 督办 demo data, issued through the same domain records and document service as the pages use: 建管科's
/// 建设单位依法履行建设程序督办函 of the published years (70 in 2025 as the seed publishes, 61 in the demo's 2024), written
/// before those years are published so the computed count is what is published; and in the current year a few
/// 督办函 from the overdue list and two 建设程序督办函.
/// </summary>
public sealed class SupervisionDemoData(AppDbContext db, CaseDocumentService documents, WorkingDayCalendar calendar, IReadOnlyList<AppUser> staff, string baseUrl)
{
    /// <summary>The letters per 建管科 year: 2025 from the seed (建设单位依法履行建设程序督办函 70 份), 2024 demo only.</summary>
    public static readonly IReadOnlyList<(int Year, int Count)> ConstructionLetterYears = [(2024, 61), (2025, 70)];

    private static readonly string[] Matters =
    [
        "项目未取得建筑工程施工许可证即擅自开工建设。",
        "项目施工图设计文件未经审查合格即组织施工。",
        "项目未按规定办理工程质量安全监督手续。",
        "项目未依法履行招标程序即确定施工单位。",
        "项目未按规定办理竣工验收备案手续即交付使用。",
    ];

    /// <summary>The letters of the published years; called by the statistics demo before it publishes.</summary>
    public async Task WriteHistoricLettersAsync(CancellationToken cancellationToken)
    {
        var actor = ActorOf("jg.chief");
        foreach (var (year, count) in ConstructionLetterYears)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 11, 30);
            var candidates = await (
                from c in db.Cases.IgnoreQueryFilters()
                join p in db.Parties on c.PartyId equals p.Id
                where c.Department == DepartmentCode.ConstructionManagement && c.OpenedOn >= first && c.OpenedOn <= last
                    && p.Kind == PartyKind.ConstructionOwner && c.Determination != Determination.NoViolation
                orderby c.OpenedOn, c.Number
                select c.Id).ToListAsync(cancellationToken);
            var issued = 0;
            foreach (var id in candidates)
            {
                if (issued == count)
                {
                    break;
                }

                var enforcementCase = await db.Cases.IgnoreQueryFilters().AsSplitQuery().FirstAsync(c => c.Id == id, cancellationToken);
                var lastEvent = enforcementCase.Events[^1].OccurredAt;

                // The letter follows the case's last step on the next working day, within the year it is counted in.
                var day = calendar.AddWorkingDays(DateOnly.FromDateTime(lastEvent), 1).Date;
                if (day.Year != year)
                {
                    db.ChangeTracker.Clear();
                    continue;
                }

                await IssueConstructionLetterAsync(enforcementCase, Matters[issued % Matters.Length], actor, day.ToDateTime(new TimeOnly(10, 0)).AddMinutes(issued % 50), cancellationToken);
                issued++;
                if (issued % 10 == 0)
                {
                    await FlushAsync(cancellationToken);
                }
            }

            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>The current year: 督办函 on some overdue items (as the leader and a chief issue them) and two 建设程序督办函.</summary>
    public async Task WriteCurrentLettersAsync(DateTime now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now);
        var window = DeadlineWindow.On(today, calendar);
        var leader = ActorOf("leader");
        var overdue = await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.OpenDeadline != null && c.OpenDeadline < today)
            .OrderBy(c => c.OpenDeadline).ThenBy(c => c.Number)
            .Select(c => new { c.Id, c.Department })
            .ToListAsync(cancellationToken);

        // One or two per department, the longest overdue; one department's chief issues his own, the leader the rest.
        var chosen = overdue.GroupBy(c => c.Department).SelectMany(g => g.Take(g.Key == DepartmentCode.Housing ? 2 : 1)).ToList();
        var minute = 0;
        foreach (var pick in chosen)
        {
            var enforcementCase = await db.Cases.IgnoreQueryFilters().AsSplitQuery().FirstAsync(c => c.Id == pick.Id, cancellationToken);
            var party = await db.Parties.AsNoTracking().FirstAsync(p => p.Id == enforcementCase.PartyId, cancellationToken);
            var item = SupervisionDeadlines.Classify(SupervisionDeadlines.Of(enforcementCase.OpenDeadlineKind!.Value), enforcementCase.OpenDeadline!.Value, window, enforcementCase.Department, enforcementCase.Id, null, enforcementCase.Number, party.Name)!;
            var actor = pick.Department == DepartmentCode.Safety ? ActorOf("aj.chief") : leader;
            var at = now.AddHours(-3).AddMinutes(minute++);
            var letter = SupervisionLetter.ForOverdueItem(Guid.NewGuid(), item, $"请于回复期限前办结“{item.Title}”事项，书面说明逾期原因、责任人和整改措施。", calendar.AddWorkingDays(today, 3).Date, actor, at);
            db.SupervisionLetters.Add(letter);
            await documents.IssueAsync(enforcementCase, new DocumentRequest(EnforcementDocumentKind.SupervisionLetter, letter.Id), actor, at, baseUrl, cancellationToken);
            await FlushAsync(cancellationToken);
        }

        var yearStart = new DateOnly(today.Year, 1, 1);
        var owners = await (
            from c in db.Cases.IgnoreQueryFilters()
            join p in db.Parties on c.PartyId equals p.Id
            where c.Department == DepartmentCode.ConstructionManagement && c.OpenedOn >= yearStart && p.Kind == PartyKind.ConstructionOwner
                && c.Determination != Determination.NoViolation && c.State != CaseState.Archived && c.State != CaseState.Ended
            orderby c.OpenedOn descending, c.Number
            select c.Id).Take(2).ToListAsync(cancellationToken);
        foreach (var id in owners)
        {
            var enforcementCase = await db.Cases.IgnoreQueryFilters().AsSplitQuery().FirstAsync(c => c.Id == id, cancellationToken);
            await IssueConstructionLetterAsync(enforcementCase, Matters[minute % Matters.Length], ActorOf("jg.chief"), now.AddHours(-2).AddMinutes(minute++), cancellationToken);
            await FlushAsync(cancellationToken);
        }
    }

    private async Task IssueConstructionLetterAsync(EnforcementCase enforcementCase, string matter, Actor actor, DateTime at, CancellationToken cancellationToken)
    {
        var party = await db.Parties.AsNoTracking().FirstAsync(p => p.Id == enforcementCase.PartyId, cancellationToken);
        var replyBy = calendar.AddWorkingDays(DateOnly.FromDateTime(at), 10).Date;
        var letter = SupervisionLetter.ForConstructionProcedure(Guid.NewGuid(), enforcementCase.Id, enforcementCase.Department, party, matter, "请你单位立即停止违法行为，依法补办相关手续，并将办理情况书面报送本局建管科。", replyBy, actor, at);
        db.SupervisionLetters.Add(letter);
        await documents.IssueAsync(enforcementCase, new DocumentRequest(EnforcementDocumentKind.ConstructionProcedureLetter, letter.Id), actor, at, baseUrl, cancellationToken);
    }

    private Actor ActorOf(string userName)
    {
        var user = staff.First(u => u.UserName == userName);
        return new Actor(user.Id, user.FullName);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
