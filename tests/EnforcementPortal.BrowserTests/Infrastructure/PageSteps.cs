using Microsoft.Playwright;

namespace EnforcementPortal.BrowserTests.Infrastructure;

/// <summary>What a user does again and again: sign in, and keep screenshots for the README and docs.</summary>
public static class PageSteps
{
    public const string DemoPassword = "Demo@2026";

    public static async Task SignInAsync(this IPage page, string userName, string password = DemoPassword)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Saves a full-page screenshot as docs/screenshots/{name}.png in the repository.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EnforcementPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("EnforcementPortal.sln not found above the test binaries.");
    }
}
