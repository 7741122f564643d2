using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EnforcementPortal.BrowserTests.Infrastructure;

/// <summary>
/// The portal on a real Kestrel port (the browser needs a socket) with its own copy of the demo database, for the tests
/// of a class; the browser is the assembly's <see cref="SharedChromium"/>. Each test gets a fresh browser context
/// (cookies, viewport).
/// </summary>
public class BrowserPortal : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private PortalFactory? _factory;

    public string BaseUrl { get; private set; } = string.Empty;

    public static IBrowser? Browser => SharedChromium.Browser;

    public PortalFactory Factory => _factory ?? throw new InvalidOperationException("The portal has not started.");

    public ValueTask InitializeAsync()
    {
        if (SharedChromium.SkipReason is not null)
        {
            return ValueTask.CompletedTask;
        }

        _factory = CreateFactory();
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return ValueTask.CompletedTask;
    }

    /// <summary>The portal of this fixture (a fixture that needs other settings returns its own factory).</summary>
    protected virtual PortalFactory CreateFactory() => new();

    /// <summary>A new page in a fresh context; desktop size unless a viewport is given.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool isMobile = false)
    {
        if (SharedChromium.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = isMobile,
            HasTouch = isMobile,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            // Charts honour prefers-reduced-motion, so screenshots show them drawn, not half-animated.
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(15_000);
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
