using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EnforcementPortal.Infrastructure.Persistence;

/// <summary>
/// A number that moves after every save and every commit of this process's database contexts, so that figures cached
/// from the records (the leader's dashboard, <c>CaseFigureCache</c>) are recomputed at the next request after any step.
/// Moving after the commit as well as after the save matters: a step that saves inside an explicit transaction is not
/// visible to other requests until the commit. Other instances of a scaled-out portal do not see the signal; their
/// cached figures last until the cache entry expires.
/// </summary>
public sealed class CaseChangeSignal : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Interlocked.Increment(ref _version);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _version);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Interlocked.Increment(ref _version);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _version);
        return Task.CompletedTask;
    }
}
