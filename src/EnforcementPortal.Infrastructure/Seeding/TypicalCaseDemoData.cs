using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Identity;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Seeding;

/// <summary>
/// The chiefs' choice of 典型案例 for the December 2025 monthly report: a case of 房产科 transferred that month and a
/// case of 建管科 whose disposal the city management bureau reported that month, chosen through <see cref="TypicalCase.Choose"/> like a chief does on the page.
/// </summary>
internal sealed class TypicalCaseDemoData(AppDbContext db, IReadOnlyList<AppUser> staff)
{
    private static readonly ReportMonth Month = new(2025, 12);

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<TypicalCase>().AnyAsync(cancellationToken))
        {
            return;
        }

        await ChooseAsync(DepartmentCode.Housing, CaseAction.ApproveTransfer,
            "经营场所未公示备案信息、违规发布房源信息，经整改通知、复查和约谈后仍拒不整改，经科长批准移交城市管理局处置。该案体现“整改—复查—约谈—移交”全流程闭环，移交单随附全部证据材料。",
            cancellationToken);
        await ChooseAsync(DepartmentCode.ConstructionManagement, CaseAction.RecordDisposal,
            "建设单位未依法履行建设程序即组织施工，经整改通知逾期未改正，移交城市管理局后，城市管理局依法立案处置并反馈处置结果，形成“移交—立案—处置—反馈”闭环。",
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ChooseAsync(DepartmentCode department, CaseAction step, string summary, CancellationToken cancellationToken)
    {
        var (start, end) = (Month.Start, Month.End);
        var found = await db.Cases.AsNoTracking().IgnoreQueryFilters() // seeding runs outside any user's department scope
            .Where(c => c.Department == department && c.Events.Any(e => e.Action == step && e.OccurredAt >= start && e.OccurredAt < end))
            .OrderBy(c => c.Sequence)
            .Select(c => new { c.Id, c.Number })
            .FirstOrDefaultAsync(cancellationToken);
        var chief = staff.FirstOrDefault(u => u.Department == department && u.UserName?.EndsWith("chief", StringComparison.Ordinal) == true);
        if (found is null || chief is null)
        {
            return;
        }

        var candidate = new TypicalCaseCandidate(found.Id, found.Number, department, ActiveInMonth: true);
        var chosenAt = Month.AvailableFrom.AddDays(4).ToDateTime(new TimeOnly(10, 30));
        db.Add(TypicalCase.Choose(Month, candidate, [], summary, new Actor(chief.Id, chief.FullName), chosenAt));
    }
}
