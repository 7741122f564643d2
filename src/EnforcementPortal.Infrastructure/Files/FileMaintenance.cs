using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.Infrastructure.Files;

/// <summary>A file in the store and when it was last written.</summary>
public sealed record StoredFileInfo(string Key, DateTime LastWriteUtc);

/// <summary>Lists what a file store holds, for maintenance.</summary>
public interface IFileInventory
{
    /// <summary>Every file in the store, read lazily as the caller goes (a store can hold millions).</summary>
    IEnumerable<StoredFileInfo> Files();

    bool Exists(string key);
}

/// <summary>
/// What the maintenance found: how many files no row refers to (removed unless reporting only) and how many rows' files
/// are gone, each with the first keys found (all of them when the run was asked to list all).
/// </summary>
public sealed record FileMaintenanceReport(IReadOnlyList<string> Orphans, int OrphanCount, IReadOnlyList<string> Missing, int MissingCount, bool Removed)
{
    public string Describe() =>
        $"文件检查：孤立文件 {OrphanCount} 个{(Removed && OrphanCount > 0 ? "（已删除）" : string.Empty)}，缺失文件 {MissingCount} 个。"
        + (MissingCount > 0 ? " 缺失：" + string.Join(", ", Missing) : string.Empty)
        + (MissingCount > Missing.Count ? $" 等（另有 {MissingCount - Missing.Count} 个未列出，运行 check-files 命令列出全部）" : string.Empty);
}

/// <summary>
/// Compares the file store with the rows that refer to it: evidence files, issued documents, 协助函 documents and
/// complaint attachments. A file without a row — left by a process killed between writing the file and committing the
/// row — is an orphan and is removed once it is older than the grace period given to <see cref="RunAsync"/> (an upload in
/// progress is younger). A row whose file is gone is reported: that needs a restore from backup, not a deletion.
/// Memory does not grow with the store or the database: the store's files are read in batches, each batch looked up in
/// the rows' <c>StorageKey</c> indexes, and the rows' keys are streamed and checked one by one against the store.
/// </summary>
public sealed class FileMaintenance(AppDbContext db, IFileInventory inventory, IFileStore store, TimeProvider time)
{
    /// <summary>Files looked up in the database per query.</summary>
    private const int BatchSize = 500;

    /// <param name="remove">Remove the orphans found (otherwise only report them).</param>
    /// <param name="grace">Files younger than this are never orphans: their row may still be being written.</param>
    /// <param name="cancellationToken">Stops the run between files.</param>
    /// <param name="listLimit">How many keys of each kind the report lists; the counts are always complete.</param>
    public async Task<FileMaintenanceReport> RunAsync(bool remove, TimeSpan grace, CancellationToken cancellationToken, int listLimit = int.MaxValue)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - grace;
        var orphans = new List<string>();
        var orphanCount = 0;
        foreach (var batch in inventory.Files().Where(f => f.LastWriteUtc < cutoff).Select(f => f.Key).Chunk(BatchSize))
        {
            var referenced = await ReferencedAsync(batch, cancellationToken);
            foreach (var key in batch.Where(k => !referenced.Contains(k)))
            {
                orphanCount++;
                if (orphans.Count < listLimit)
                {
                    orphans.Add(key);
                }

                if (remove)
                {
                    await store.DeleteAsync(key, cancellationToken);
                }
            }
        }

        var missing = new List<string>();
        var missingCount = 0;
        foreach (var keys in ReferencedKeys())
        {
            await foreach (var key in keys.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                if (!inventory.Exists(key))
                {
                    missingCount++;
                    if (missing.Count < listLimit)
                    {
                        missing.Add(key);
                    }
                }
            }
        }

        return new FileMaintenanceReport(orphans, orphanCount, missing, missingCount, remove);
    }

    /// <summary>Which of these keys a row refers to: one indexed lookup per kind of row.</summary>
    private async Task<HashSet<string>> ReferencedAsync(string[] keys, CancellationToken cancellationToken)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rows in ReferencedKeys())
        {
            referenced.UnionWith(await rows.Where(k => keys.Contains(k)).ToListAsync(cancellationToken));
        }

        return referenced;
    }

    /// <summary>
    /// The storage keys of every kind of row that owns a file, each kind distinct. Every department's rows: maintenance
    /// runs outside any request, and the department filter would hide them all.
    /// </summary>
    private IEnumerable<IQueryable<string>> ReferencedKeys()
    {
        yield return db.Cases.IgnoreQueryFilters().AsNoTracking().SelectMany(c => c.Evidence).Select(e => e.StorageKey).Distinct();
        yield return db.Set<IssuedDocument>().IgnoreQueryFilters().AsNoTracking().Select(d => d.StorageKey).Distinct();
        yield return db.Set<AssistDocument>().IgnoreQueryFilters().AsNoTracking().Select(d => d.StorageKey).Distinct();
        yield return db.Set<Complaint>().IgnoreQueryFilters().AsNoTracking().SelectMany(c => c.Attachments).Select(a => a.StorageKey).Distinct();
    }
}
