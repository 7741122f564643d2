using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.Infrastructure.Persistence;

/// <summary>Runs work once across the app instances that share the database.</summary>
public interface IDatabaseLease
{
    /// <summary>
    /// Takes the lease <paramref name="name"/> for <paramref name="holder"/> until <paramref name="duration"/> from now
    /// (renews it when already held by <paramref name="holder"/>); false when another holder has it.
    /// </summary>
    Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up, if <paramref name="holder"/> still has it.</summary>
    Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken);
}

/// <summary>
/// <see cref="IDatabaseLease"/> on the <c>Leases</c> table: a row per lease with its holder and expiry, taken with an
/// optimistic-concurrency update (or the insert of the row), so of two instances trying at once exactly one succeeds.
/// A holder that dies leaves the lease to lapse at its expiry.
/// </summary>
public sealed class DatabaseLease(IServiceScopeFactory scopes, TimeProvider time) : IDatabaseLease
{
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = UtcNow();
        var lease = await db.Set<Lease>().FirstOrDefaultAsync(l => l.Name == name, cancellationToken);
        if (lease is null)
        {
            lease = new Lease(name);
            db.Add(lease);
        }
        else if (!lease.IsAvailableTo(holder, now))
        {
            return false;
        }

        lease.Take(holder, now + duration);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the row or changed it since it was read: it holds the lease.
            return false;
        }
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var lease = await db.Set<Lease>().FirstOrDefaultAsync(l => l.Name == name, cancellationToken);
        if (lease?.Holder != holder)
        {
            return;
        }

        lease.Release();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // It lapsed and was taken by another instance meanwhile: nothing of ours to release.
        }
    }

    private DateTime UtcNow() => DateTime.SpecifyKind(time.GetUtcNow().UtcDateTime, DateTimeKind.Unspecified);
}
