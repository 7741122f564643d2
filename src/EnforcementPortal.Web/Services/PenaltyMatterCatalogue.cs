using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.PenaltyMatters;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>What became of a change to the catalogue: the matter as saved, or the Chinese reason it was refused.</summary>
public sealed record PenaltyMatterChange(PenaltyMatter? Matter, string? Refusal)
{
    public bool Succeeded => Refusal is null;
}

/// <summary>
/// 行政处罚事项目录: the administrator adds, corrects and retires the matters a transfer (案件移交) cites. A retired
/// matter is no longer offered on a new transfer form; transfers and documents that cited it keep citing it, so a
/// matter is never deleted. Each change is one save.
/// </summary>
public sealed class PenaltyMatterCatalogue(AppDbContext db, IBureauClock clock)
{
    public async Task<PenaltyMatterListPage> ListAsync(DepartmentCode? department, CancellationToken cancellationToken)
    {
        var matters = await db.PenaltyMatters.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync(cancellationToken);
        var rows = matters
            .Where(m => department is null || m.AppliesTo(department.Value))
            .OrderBy(m => m.RetiredOn is not null)
            .ThenBy(m => m.Sequence)
            .Select(m => new PenaltyMatterRow(m.Id, m.Sequence, m.Name, [.. m.Provisions.Select(p => p.Citation)], m.Departments, m.IsExample, m.RetiredOn))
            .ToList();
        return new PenaltyMatterListPage(department, rows);
    }

    public Task<PenaltyMatter?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.PenaltyMatters.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public async Task<PenaltyMatterChange> AddAsync(PenaltyMatterForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await DuplicateNameAsync(form.Name, null, cancellationToken) is { } duplicate)
        {
            return new PenaltyMatterChange(null, duplicate);
        }

        var sequence = (await db.PenaltyMatters.MaxAsync(m => (int?)m.Sequence, cancellationToken) ?? 0) + 1;
        PenaltyMatter matter;
        try
        {
            matter = PenaltyMatter.Add(sequence, form.Name!, form.ImplementingAuthority!, form.LegalBasis!, form.Remarks, form.Departments, form.FineRange, form.KeywordList);
        }
        catch (DomainException ex)
        {
            return new PenaltyMatterChange(null, ex.Message);
        }

        db.PenaltyMatters.Add(matter);
        await db.SaveChangesAsync(cancellationToken);
        return new PenaltyMatterChange(matter, null);
    }

    /// <summary>Corrects a matter; null when there is no such matter.</summary>
    public async Task<PenaltyMatterChange?> ReviseAsync(int id, PenaltyMatterForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var matter = await db.PenaltyMatters.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (matter is null)
        {
            return null;
        }

        if (form.Departments.Count == 0)
        {
            return new PenaltyMatterChange(matter, PenaltyMatter.NoDepartmentMessage);
        }

        if (await DuplicateNameAsync(form.Name, id, cancellationToken) is { } duplicate)
        {
            return new PenaltyMatterChange(matter, duplicate);
        }

        try
        {
            matter.Revise(form.Name!, form.ImplementingAuthority!, form.LegalBasis!, form.Remarks);
            matter.Classify(form.Departments, form.FineRange, form.KeywordList);
        }
        catch (DomainException ex)
        {
            return new PenaltyMatterChange(matter, ex.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new PenaltyMatterChange(matter, null);
    }

    /// <summary>Retires a matter from today on; null when there is no such matter.</summary>
    public async Task<PenaltyMatterChange?> RetireAsync(int id, CancellationToken cancellationToken)
    {
        var matter = await db.PenaltyMatters.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (matter is null)
        {
            return null;
        }

        try
        {
            matter.Retire(clock.Today);
        }
        catch (DomainException ex)
        {
            return new PenaltyMatterChange(matter, ex.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new PenaltyMatterChange(matter, null);
    }

    /// <summary>The Chinese refusal when another matter has the name already (names are unique), else null.</summary>
    private async Task<string?> DuplicateNameAsync(string? name, int? exceptId, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        var other = await db.PenaltyMatters.AsNoTracking()
            .Where(m => m.Name == trimmed && m.Id != exceptId)
            .Select(m => (int?)m.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
        return other is { } sequence ? $"目录中已有同名事项（第{sequence}项）“{trimmed}”，请勿重复添加。" : null;
    }
}
