using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace EnforcementPortal.Web.Statistics;

/// <summary>
/// The output cache of the public statistics pages (<c>/gongshi/tongji…</c> and their CSV/Excel downloads). They show
/// frozen publications, the same to every visitor, so the rendered response is kept for <see cref="Expiry"/> and
/// dropped as soon as anything is published (<see cref="EvictAsync"/>), so a correction is visible with the next
/// request. The store is this node's memory, or Redis when <c>ConnectionStrings:Redis</c> is set
/// (<see cref="AddSharedStore"/>): then every node reads the same copies, and a publication on one node evicts the
/// pages on all of them.
/// </summary>
/// <remarks>
/// The policy keeps ASP.NET Core's default rules: only anonymous GET/HEAD requests are looked up or stored (signed-in
/// staff always get a fresh page, whose header shows 返回工作台 instead of 工作人员登录), and a response that sets a
/// cookie or is not 200 is never stored. It adds one rule of its own: a response marked <c>no-store</c> or
/// <c>private</c> is not stored either — ASP.NET Core's antiforgery marks every response that carries a form token that
/// way, so a form added to these pages later can never leave one visitor's token in another visitor's page.
/// </remarks>
public sealed class PublicStatisticsCache(IOutputCacheStore store)
{
    /// <summary>The name of the output-cache policy the public statistics actions use.</summary>
    public const string PolicyName = "public-statistics";

    /// <summary>The tag of every cached public statistics response.</summary>
    public const string Tag = "public-statistics";

    /// <summary>
    /// How long a page is served from the cache. Without Redis, eviction at publication is per node, so on several nodes
    /// this is the longest a node can show the previous version after a publication (docs/operations.md, scaling out).
    /// </summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Drops every cached public statistics page (of this node, or of every node with Redis); called after a publication
    /// is saved.
    /// </summary>
    /// <remarks>
    /// Not cancellable on purpose: the publication is already committed, and a request aborted at this point must not
    /// leave the previous version on the public pages for the rest of <see cref="Expiry"/>.
    /// </remarks>
    public ValueTask EvictAsync() => store.EvictByTagAsync(Tag, CancellationToken.None);

    /// <summary>
    /// Keeps the output cache in Redis when <c>ConnectionStrings:Redis</c> is set (keys prefixed with
    /// <c>Cache:RedisInstanceName</c>, default <c>EnforcementPortal:</c>); otherwise nothing is added and the output
    /// cache stays in memory. Called before <c>AddOutputCache</c>, whose in-memory store is only a fallback.
    /// </summary>
    public static void AddSharedStore(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.GetConnectionString("Redis") is not { Length: > 0 } redis)
        {
            return;
        }

        var instanceName = configuration["Cache:RedisInstanceName"] is { Length: > 0 } name ? name : "EnforcementPortal:";
        services.AddStackExchangeRedisOutputCache(options =>
        {
            options.Configuration = redis;
            options.InstanceName = instanceName;
        });
    }

    /// <summary>Adds the policy to the output cache (registered in <see cref="PortalSetup"/>).</summary>
    public static void Configure(OutputCacheOptions options) =>
        options.AddPolicy(PolicyName, policy => policy
            .Expire(Expiry)
            .SetVaryByQuery("format", "version")
            .Tag(Tag)
            .AddPolicy<RefuseNoStore>());

    /// <summary>Does not store a response that says it must not be stored or is meant for one visitor only.</summary>
    private sealed class RefuseNoStore : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var cacheControl = context.HttpContext.Response.Headers.CacheControl;
            if (HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.NoStoreString)
                || HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.PrivateString))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
