using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(EnforcementPortal.BrowserTests.Infrastructure.SharedChromium))]

namespace EnforcementPortal.BrowserTests.Infrastructure;

/// <summary>
/// One headless Debian Chromium for the whole test assembly (a launch takes over a second); each test gets a fresh
/// browser context from <see cref="BrowserPortal.NewPageAsync"/>. Without Chromium the tests are skipped with the
/// reason — except under CI=true, where that is a failure.
/// </summary>
public sealed class SharedChromium : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;

    /// <summary>The browser of this test run, once the assembly fixture has started (null when Chromium is missing).</summary>
    public static IBrowser? Browser { get; private set; }

    public static string? SkipReason { get; private set; }

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

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
            Browser = null;
        }

        _playwright?.Dispose();
    }
}
