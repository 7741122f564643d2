using System.Net;
using EnforcementPortal.IntegrationTests.Infrastructure;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>A portal of its own, whose fake clock (<see cref="PortalFactory.Clock"/>, read by the sign-in cookies too) the test moves.</summary>
public class SessionClockPortalFactory : PortalFactory
{
}

/// <summary>Idle sessions end after the idle timeout (default 15 minutes).</summary>
public sealed class IdleSessionEnds(SessionClockPortalFactory factory) : IClassFixture<SessionClockPortalFactory>
{
    [Fact]
    public async Task SessionUnusedForSixteenMinutesIsOver()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        (await officer.Http.GetAsync(new Uri("/Cases", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var response = await officer.Http.GetAsync(new Uri("/Cases", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }
}

/// <summary>A long idle timeout, to see the absolute limit on its own.</summary>
public sealed class LongIdlePortalFactory : SessionClockPortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Security:IdleTimeoutMinutes"] = "600" };
}

/// <summary>However busy, a sign-in lasts at most the absolute limit (default 8 hours).</summary>
public sealed class AbsoluteSessionLimit(LongIdlePortalFactory factory) : IClassFixture<LongIdlePortalFactory>
{
    [Fact]
    public async Task BusySessionEndsAfterEightHours()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        for (var hour = 1; hour <= 7; hour++)
        {
            factory.Clock.Advance(TimeSpan.FromHours(1));
            (await officer.Http.GetAsync(new Uri("/Cases", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        var response = await officer.Http.GetAsync(new Uri("/Cases", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }
}
