using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Files;

/// <summary>A file in the store and when it was last written.</summary>
public sealed record StoredFileInfo(string Key, DateTime LastWriteUtc);

/// <summary>Lists what a file store holds, for maintenance.</summary>
public interface IFileInventory
{
    IReadOnlyList<StoredFileInfo> List();
}

/// <summary>What the maintenance found: files no row refers to (removed unless reporting only) and rows whose file is gone.</summary>
public sealed record FileMaintenanceReport(IReadOnlyList<string> Orphans, IReadOnlyList<string> Missing, bool Removed)
{
    public string Describe() =>
        $"文件检查：孤立文件 {Orphans.Count} 个{(Removed && Orphans.Count > 0 ? "（已删除）" : string.Empty)}，缺失文件 {Missing.Count} 个。"
        + (Missing.Count > 0 ? " 缺失：" + string.Join(", ", Missing) : string.Empty);
}

/// <summary>
/// Compares the file store with the rows that refer to it (evidence files, issued documents). A file without a row —
/// left by a process killed between writing the file and committing the row — is an orphan and is removed once it is
/// older than the grace period given to <see cref="RunAsync"/> (an upload in progress is younger). A row whose file is gone is reported: that
/// needs a restore from backup, not a deletion.
/// </summary>
public sealed class FileMaintenance(AppDbContext db, IFileInventory inventory, IFileStore store, TimeProvider time)
{
    public async Task<FileMaintenanceReport> RunAsync(bool remove, TimeSpan grace, CancellationToken cancellationToken)
    {
        // Every department's rows: maintenance runs outside any request, and the department filter would hide them all.
        var evidence = await db.Cases.IgnoreQueryFilters().AsNoTracking().SelectMany(c => c.Evidence).Select(e => e.StorageKey).ToListAsync(cancellationToken);
        var documents = await db.Set<IssuedDocument>().IgnoreQueryFilters().AsNoTracking().Select(d => d.StorageKey).ToListAsync(cancellationToken);
        var referenced = new HashSet<string>(evidence.Concat(documents), StringComparer.Ordinal);
        var files = inventory.List();
        var present = new HashSet<string>(files.Select(f => f.Key), StringComparer.Ordinal);
        var cutoff = time.GetUtcNow().UtcDateTime - grace;
        var orphans = files.Where(f => !referenced.Contains(f.Key) && f.LastWriteUtc < cutoff).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        var missing = referenced.Where(k => !present.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (remove)
        {
            foreach (var orphan in orphans)
            {
                await store.DeleteAsync(orphan, cancellationToken);
            }
        }

        return new FileMaintenanceReport(orphans, missing, remove);
    }
}
