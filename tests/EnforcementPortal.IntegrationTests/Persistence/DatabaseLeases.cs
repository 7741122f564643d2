using EnforcementPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace EnforcementPortal.IntegrationTests.Persistence;

/// <summary>
/// The database lease that makes work run once across the instances sharing a database: one holder at a time, until
/// it releases the lease or the lease lapses.
/// </summary>
public sealed class DatabaseLeases(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IDatabaseLease Lease => factory.Services.GetRequiredService<IDatabaseLease>();

    [Fact]
    public async Task OneHolderAtATimeUntilReleased()
    {
        (await Lease.TryAcquireAsync("test-release", "node-a", Minute, Ct)).ShouldBeTrue();
        (await Lease.TryAcquireAsync("test-release", "node-b", Minute, Ct)).ShouldBeFalse("node-a holds it");
        (await Lease.TryAcquireAsync("test-release", "node-a", Minute, Ct)).ShouldBeTrue("the holder renews it");

        await Lease.ReleaseAsync("test-release", "node-b", Ct);
        (await Lease.TryAcquireAsync("test-release", "node-b", Minute, Ct)).ShouldBeFalse("only the holder releases it");

        await Lease.ReleaseAsync("test-release", "node-a", Ct);
        (await Lease.TryAcquireAsync("test-release", "node-b", Minute, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task ALeaseNotReleasedLapsesAtItsExpiry()
    {
        (await Lease.TryAcquireAsync("test-expiry", "node-a", Minute, Ct)).ShouldBeTrue();
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        (await Lease.TryAcquireAsync("test-expiry", "node-b", Minute, Ct)).ShouldBeFalse();

        factory.Clock.Advance(TimeSpan.FromSeconds(31));
        (await Lease.TryAcquireAsync("test-expiry", "node-b", Minute, Ct)).ShouldBeTrue("node-a's lease lapsed");
    }

    [Fact]
    public async Task OfManyInstancesTryingAtOnceExactlyOneGetsIt()
    {
        var lease = Lease;
        var attempts = Enumerable.Range(1, 8).Select(i => Task.Run(() => lease.TryAcquireAsync("test-race", $"node-{i}", Minute, Ct), Ct));

        var results = await Task.WhenAll(attempts);

        results.Count(r => r).ShouldBe(1);
    }
}
