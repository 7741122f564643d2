using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Infrastructure.Audit;
using EnforcementPortal.Infrastructure.Persistence;
using EnforcementPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Web.Services;

/// <summary>An evidence file asked for: its row, whether the stored bytes still match, and the bytes if they do.</summary>
public sealed record EvidenceDownload(EvidenceFile File, StoredFileState State, byte[]? Content);

/// <summary>
/// Serving an evidence file of a case the user may see (the department scope of <see cref="AppDbContext"/> applies): only
/// when its bytes still match the SHA-256 recorded at upload; a missing or altered file is written to the audit log.
/// </summary>
public sealed class EvidenceDownloads(AppDbContext db, EvidenceIntegrity integrity, AuditTrail audit)
{
    /// <summary>The file, or null when the case or the file is not there for this user.</summary>
    public async Task<EvidenceDownload?> ReadAsync(Guid caseId, Guid fileId, CancellationToken cancellationToken)
    {
        var evidence = await db.Cases.AsNoTracking()
            .Where(c => c.Id == caseId)
            .SelectMany(c => c.Evidence)
            .FirstOrDefaultAsync(e => e.Id == fileId, cancellationToken);
        if (evidence is null)
        {
            return null;
        }

        var (state, content) = await integrity.ReadVerifiedAsync(evidence, cancellationToken);
        if (state != StoredFileState.Intact)
        {
            await audit.RecordAsync(AuditActions.FileTampered, AuditOutcome.Denied, $"case {caseId} evidence {fileId}", state == StoredFileState.Missing ? "文件缺失" : "文件内容与登记的 SHA-256 不符");
        }

        return new EvidenceDownload(evidence, state, content);
    }
}
