namespace EnforcementPortal.Infrastructure.Persistence;

/// <summary>
/// A named lease held by one app instance until <see cref="ExpiresAtUtc"/> (<see cref="IDatabaseLease"/>): work that
/// must run once across the instances sharing a database takes it first.
/// </summary>
public sealed class Lease
{
    public const int NameMaxLength = 64;

    public const int HolderMaxLength = 128;

    public Lease(string name) => Name = name;

    public string Name { get; private set; }

    /// <summary>Who holds it (machine, process and a random part); null once released.</summary>
    public string? Holder { get; private set; }

    /// <summary>When it lapses, in UTC (stored without a kind, like every date-time of the model).</summary>
    public DateTime ExpiresAtUtc { get; private set; }

    /// <summary>Incremented at every change: two instances taking the lease at once cannot both succeed.</summary>
    public int Version { get; private set; }

    /// <summary>Whether <paramref name="holder"/> may take it at <paramref name="nowUtc"/>: free, lapsed, or already its own.</summary>
    public bool IsAvailableTo(string holder, DateTime nowUtc) => Holder is null || Holder == holder || ExpiresAtUtc <= nowUtc;

    public void Take(string holder, DateTime expiresAtUtc)
    {
        Holder = holder;
        ExpiresAtUtc = expiresAtUtc;
        Version++;
    }

    public void Release()
    {
        Holder = null;
        Version++;
    }
}
