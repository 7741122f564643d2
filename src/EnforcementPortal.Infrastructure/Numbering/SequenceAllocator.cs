using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Numbering;

/// <summary>
/// Hands out case numbers and document numbers (文号). The counter row is changed in the caller's unit of work,
/// so the number is taken only if the record that uses it is saved: no gaps.
/// </summary>
public sealed class SequenceAllocator(AppDbContext db)
{
    /// <summary>
    /// The counter of a department-year's case numbers. Its value is also the number of cases the department opened in
    /// that year: it moves in the transaction that saves the case, and a case is never deleted.
    /// </summary>
    public static string CaseScope(DepartmentCode department, int year) => $"case:{department}:{year}";

    public async Task<CaseNumber> NextCaseNumberAsync(DepartmentCode department, int year, CancellationToken cancellationToken)
    {
        var sequence = await NextAsync(CaseScope(department, year), cancellationToken);
        return new CaseNumber(department, year, sequence);
    }

    /// <summary>The next running number of the year's complaints (受理编号 TS2026-00017).</summary>
    public Task<int> NextComplaintSequenceAsync(int year, CancellationToken cancellationToken) =>
        NextAsync($"complaint:{year}", cancellationToken);

    /// <summary>A rectification notice's 文号, e.g. 伊建房整〔2026〕7号.</summary>
    public async Task<string> NextNoticeNumberAsync(DepartmentCode department, int year, CancellationToken cancellationToken) =>
        (await NextDocumentNumberAsync(department, DocumentNumberKind.Rectification, year, cancellationToken)).ToString();

    /// <summary>The next 文号 of a kind of document of the department in the year (its own running number).</summary>
    public async Task<DocumentNumber> NextDocumentNumberAsync(DepartmentCode department, DocumentNumberKind kind, int year, CancellationToken cancellationToken)
    {
        var sequence = await NextAsync(DocumentNumber.ScopeOf(department, kind, year), cancellationToken);
        return new DocumentNumber(department, kind, year, sequence);
    }

    private async Task<int> NextAsync(string scope, CancellationToken cancellationToken)
    {
        var counter = db.NumberSequences.Local.FirstOrDefault(s => s.Scope == scope)
            ?? await db.NumberSequences.FirstOrDefaultAsync(s => s.Scope == scope, cancellationToken);
        if (counter is null)
        {
            counter = new NumberSequence(scope);
            db.NumberSequences.Add(counter);
        }

        return counter.Next();
    }
}
