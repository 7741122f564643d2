using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Statistics;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>
/// The outcome of entering a supplementary figure: saved (with its name), no such figure to change, or refused with the
/// Chinese reason, about the name field or the figure as a whole.
/// </summary>
public sealed record SupplementaryEntry(bool Found, string? Name, string? NameRefusal, string? Refusal)
{
    public bool Succeeded => Found && NameRefusal is null && Refusal is null;
}

/// <summary>
/// 补充指标 (施工许可证, 人防费 …): figures a department enters from its own registers beside the computed ones. The name is
/// a figure's identity within a year and across years: two figures of a year never share a name, and renaming a figure
/// is removing it and entering it anew.
/// </summary>
public sealed class SupplementaryFigures(AppDbContext db)
{
    public async Task<SupplementaryEntry> SaveAsync(DepartmentCode department, int year, SupplementaryForm form, Actor actor, DateTime at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var set = db.Set<SupplementaryIndicator>();
        var name = form.Name!.Trim();
        var sameName = await set.FirstOrDefaultAsync(s => s.Department == department && s.Year == year && s.Name == name, cancellationToken);
        try
        {
            if (form.Id is { } id)
            {
                var indicator = await set.FirstOrDefaultAsync(s => s.Id == id && s.Department == department && s.Year == year, cancellationToken);
                if (indicator is null)
                {
                    return new SupplementaryEntry(false, name, null, null);
                }

                if (sameName is not null && sameName.Id != id)
                {
                    return new SupplementaryEntry(true, name, "该年度已有同名指标。", null);
                }

                if (indicator.Name != name)
                {
                    set.Remove(indicator);
                    set.Add(SupplementaryIndicator.Enter(department, year, form.Group, name, form.Value!.Value, form.Unit!, form.Remark, form.SortOrder, actor, at));
                }
                else
                {
                    indicator.Change(form.Group, form.Value!.Value, form.Unit!, form.Remark, form.SortOrder, actor, at);
                }
            }
            else if (sameName is not null)
            {
                return new SupplementaryEntry(true, name, "该年度已有同名指标，请在列表中修改。", null);
            }
            else
            {
                set.Add(SupplementaryIndicator.Enter(department, year, form.Group, name, form.Value!.Value, form.Unit!, form.Remark, form.SortOrder, actor, at));
            }
        }
        catch (DomainException ex)
        {
            return new SupplementaryEntry(true, name, null, ex.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SupplementaryEntry(true, name, null, null);
    }

    /// <summary>Removes a figure of the department's year; null when there is none with that id.</summary>
    public async Task<SupplementaryIndicator?> RemoveAsync(DepartmentCode department, int year, Guid id, CancellationToken cancellationToken)
    {
        var indicator = await db.Set<SupplementaryIndicator>().FirstOrDefaultAsync(s => s.Id == id && s.Department == department && s.Year == year, cancellationToken);
        if (indicator is null)
        {
            return null;
        }

        db.Remove(indicator);
        await db.SaveChangesAsync(cancellationToken);
        return indicator;
    }
}
