using System.Security.Cryptography;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Documents;

/// <summary>What 文书核验 may say of a document the bureau issued, whichever register holds it.</summary>
public sealed record RegisteredDocument(
    string VerificationCode,
    string Title,
    EnforcementDocumentKind Kind,
    string? DocumentNumber,
    DateOnly DocumentDate,
    DepartmentCode Department,
    string Sha256,
    long Length)
{
    /// <summary>Whether <paramref name="pdf"/> is, byte for byte, the document issued.</summary>
    public bool Matches(ReadOnlySpan<byte> pdf) =>
        string.Equals(Convert.ToHexStringLower(SHA256.HashData(pdf)), Sha256, StringComparison.Ordinal);
}

/// <summary>
/// Every document that carries a verification code: the documents of a case (<see cref="IssuedDocument"/>) and the
/// 协查通知单/协查意见书 issued from a complaint (<see cref="Domain.Complaints.AssistDocument"/>). Read by /verify, which
/// shows nothing about persons.
/// </summary>
public sealed class DocumentRegister(AppDbContext db)
{
    public async Task<RegisteredDocument?> FindByCodeAsync(string? code, CancellationToken cancellationToken)
    {
        var normalized = VerificationCodes.Normalize(code);
        if (normalized is null)
        {
            return null;
        }

        var issued = await db.Set<IssuedDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.VerificationCode == normalized, cancellationToken);
        if (issued is not null)
        {
            return new(issued.VerificationCode, issued.Title, issued.Kind, issued.DocumentNumber, issued.DocumentDate, issued.Department, issued.Sha256, issued.Length);
        }

        var assist = await db.AssistDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.VerificationCode == normalized, cancellationToken);
        return assist is null
            ? null
            : new(assist.VerificationCode, assist.Title, assist.Kind, assist.DocumentNumber, DateOnly.FromDateTime(assist.IssuedAt), assist.Department, assist.Sha256, assist.Length);
    }
}
