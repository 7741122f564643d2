using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EnforcementPortal.Infrastructure.Audit;

/// <summary>Appends to the audit log.</summary>
public interface IAuditLog
{
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default);
}

/// <summary>
/// Appends each entry in its own database context and transaction, independent of the caller's unit of work: a refused
/// or failed business action is still audited. Two instances appending at once collide on the unique sequence number;
/// the loser re-reads the head and tries again, so the chain stays gap-free.
/// </summary>
public sealed partial class AuditLog(IServiceScopeFactory scopes, TimeProvider time, ILogger<AuditLog> logger) : IAuditLog
{
    private const int Attempts = 20;
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await Gate.WaitAsync(CancellationToken.None);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(CancellationToken.None);
                var entry = AuditEntry.Create((head?.Sequence ?? 0) + 1, time.GetUtcNow().UtcDateTime, record, head?.Hash ?? AuditEntry.GenesisHash);
                db.AuditEntries.Add(entry);
                try
                {
                    await db.SaveChangesAsync(CancellationToken.None);
                    return;
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // Another instance took this sequence number first: read the new head and chain onto it.
                }
            }
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // The audit log must never turn a user's action into an error page; the application log keeps the event.
            LogNotWritten(logger, ex, record.Action, record.UserName, record.Target, record.Outcome);
        }
        finally
        {
            Gate.Release();
        }
    }

    [LoggerMessage(LogLevel.Error, "Audit entry not written: {Action} by {UserName} on {Target} ({Outcome})")]
    private static partial void LogNotWritten(ILogger logger, Exception ex, string action, string userName, string target, string outcome);
}
