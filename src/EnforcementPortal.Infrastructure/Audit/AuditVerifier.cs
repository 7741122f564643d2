using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Audit;

/// <summary>The result of checking the audit chain: intact, or the first entry that no longer matches and why.</summary>
public sealed record AuditVerification(bool IsIntact, long EntriesChecked, long? FirstBrokenSequence, string? Reason)
{
    public string Describe() => IsIntact
        ? $"审计日志校验通过，共 {EntriesChecked} 条。"
        : $"审计日志第 {FirstBrokenSequence} 条校验失败：{Reason}";
}

/// <summary>Recomputes the audit chain in sequence order and reports the first broken link.</summary>
public sealed class AuditVerifier(AppDbContext db)
{
    private const int PageSize = 2000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var previousHash = AuditEntry.GenesisHash;
        long expected = 1;
        long checkedCount = 0;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence >= expected)
                .OrderBy(e => e.Sequence).Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return new AuditVerification(true, checkedCount, null, null);
            }

            foreach (var entry in page)
            {
                if (entry.Sequence != expected)
                {
                    return new AuditVerification(false, checkedCount, expected, $"缺少第 {expected} 条记录（下一条为第 {entry.Sequence} 条）。");
                }

                if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
                {
                    return new AuditVerification(false, checkedCount, entry.Sequence, "与前一条记录的链接不符（前一条被删除或修改）。");
                }

                if (!string.Equals(entry.ComputeHash(), entry.Hash, StringComparison.Ordinal))
                {
                    return new AuditVerification(false, checkedCount, entry.Sequence, "记录内容与其哈希值不符（记录被修改）。");
                }

                previousHash = entry.Hash;
                expected++;
                checkedCount++;
            }
        }
    }
}
