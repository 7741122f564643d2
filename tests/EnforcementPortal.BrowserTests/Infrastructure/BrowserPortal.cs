using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EnforcementPortal.BrowserTests.Infrastructure;

/// <summary>
/// The portal on a real Kestrel port (the browser needs a socket) with its own demo database, and one headless
/// Debian Chromium shared by the tests of a class. Each test gets a fresh browser context (cookies, viewport).
/// Without Chromium the tests are skipped with the reason — except under CI=true, where that is a failure.
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private PortalFactory? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser? Browser { get; private set; }

    public string? SkipReason { get; private set; }

    public PortalFactory Factory => _factory ?? throw new InvalidOperationException("The portal has not started.");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium not found at {ChromiumPath} (install Debian's chromium, or set CHROMIUM_PATH).";
            if (IsCi)
            {
                throw new InvalidOperationException("CI=true requires the browser tests to run: " + SkipReason);
            }

            return;
        }

        _factory = new PortalFactory();
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>A new page in a fresh context; desktop size unless a viewport is given.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool isMobile = false)
    {
        if (SkipReason is not null)
        {
            Assert.Skip(SkipReason);
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
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
