using System.Globalization;
using EnforcementPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace EnforcementPortal.BrowserTests.Statistics;

/// <summary>The bureau leader reads the dashboard's figures and opens the cases behind them, at a desk and on a phone.</summary>
public sealed class LeaderDashboard(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Theory]
    [InlineData("Overdue")]
    [InlineData("DueSoon")]
    [InlineData("AwaitingFeedback")]
    public async Task TheLeaderClicksAFigureAndGetsExactlyThoseCases(string figure)
    {
        var leader = await portal.NewPageAsync();
        await leader.SignInAsync("leader");
        await leader.GotoAsync("/Statistics/Dashboard");
        var tile = leader.GetByTestId($"tile-{figure}");
        var shown = int.Parse((await tile.Locator("[data-figure]").TextContentAsync())!, CultureInfo.InvariantCulture);
        if (figure == "Overdue")
        {
            await leader.ScreenshotAsync("leader-dashboard");
        }

        await tile.ClickAsync();

        await Expect(leader.GetByTestId("dashboard-case-total")).ToHaveTextAsync(shown.ToString(CultureInfo.InvariantCulture));
        var rows = 0;
        while (true)
        {
            rows += await leader.GetByTestId("dashboard-cases").GetByTestId("case-row").CountAsync();
            var next = leader.GetByTestId("next-page");
            if (await next.CountAsync() == 0)
            {
                break;
            }

            await next.ClickAsync();
        }

        rows.ShouldBe(shown, $"the {figure} list has as many rows as the dashboard's figure");
    }

    [Fact]
    public async Task OnAPhoneTheFiguresComeFirstAndThePageDoesNotScrollSideways()
    {
        var leader = await portal.NewPageAsync(390, 844, isMobile: true);
        await leader.SignInAsync("leader");
        await leader.GotoAsync("/Statistics/Dashboard");

        var tiles = await leader.GetByTestId("dashboard-tiles").BoundingBoxAsync();
        tiles!.Y.ShouldBeLessThan(844, "the figures are on the first screen");
        var width = await leader.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        width.ShouldBeLessThanOrEqualTo(390);
        var tile = await leader.GetByTestId("tile-Overdue").BoundingBoxAsync();
        tile!.Height.ShouldBeGreaterThanOrEqualTo(44);
        await leader.ScreenshotAsync("leader-dashboard-phone");
        await leader.GetByTestId("tile-Overdue").ClickAsync();
        await Expect(leader.GetByTestId("dashboard-case-total")).ToBeVisibleAsync();
        (await leader.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
    }
}
