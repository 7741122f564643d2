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

    /// <summary>
    /// Saves a full-page screenshot as screenshots/{name}.png under the test output. Only when the documentation is
    /// being refreshed (EP_UPDATE_DOCS=1, see tests/refresh-docs.sh) is it also written to docs/screenshots.
    /// </summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        if (UpdatingDocs)
        {
            var docs = Path.Combine(RepositoryRoot(), "docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(path, Path.Combine(docs, name + ".png"), overwrite: true);
        }
    }

    /// <summary>EP_UPDATE_DOCS=1: the run refreshes the generated documentation (screenshots) in the repository.</summary>
    public static bool UpdatingDocs => Environment.GetEnvironmentVariable("EP_UPDATE_DOCS") == "1";

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
