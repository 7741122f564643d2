using EnforcementPortal.BrowserTests.Infrastructure;

namespace EnforcementPortal.BrowserTests.Foundation;

/// <summary>Each demo role signs in and lands on its own home page; errors are shown in Chinese on the form.</summary>
public sealed class SigningIn(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    public static TheoryData<string, string, string> Roles => new()
    {
        { "fc.officer1", "艾力·买买提", "my-cases" },
        { "fc.chief", "王振华", "pending-approvals" },
        { "legal", "李慧敏", "department-summary" },
        { "leader", "马建军", "department-summary" },
        { "admin", "系统管理员", "admin-home" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EachRoleSeesItsHomePage(string userName, string fullName, string panel)
    {
        var page = await portal.NewPageAsync();

        await page.SignInAsync(userName);

        (await page.TextContentAsync("[data-testid=home-title]"))!.ShouldContain(fullName);
        (await page.Locator($"[data-testid={panel}]").IsVisibleAsync()).ShouldBeTrue();
        await page.ScreenshotAsync($"home-{userName.Replace('.', '-')}");
    }

    [Fact]
    public async Task WrongPasswordShowsTheChineseErrorOnTheForm()
    {
        var page = await portal.NewPageAsync();

        await page.SignInAsync("fc.officer2", "not-the-password");

        (await page.TextContentAsync("[data-testid=login-error]"))!.ShouldContain("用户名或密码错误");
        (await page.InputValueAsync("#UserName")).ShouldBe("fc.officer2");
        await page.ScreenshotAsync("login-error");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Cases")]
    [InlineData("/Cases/New")]
    public async Task PhoneLayoutHasNoHorizontalScroll(string url)
    {
        var page = await portal.NewPageAsync(390, 844, isMobile: true);
        await page.SignInAsync("fc.officer1");

        await page.GotoAsync(url);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.ShouldBeLessThanOrEqualTo(0, $"{url} scrolls sideways on a phone");
        if (url == "/Cases/New")
        {
            await page.ScreenshotAsync("phone-new-inspection");
        }
    }

    [Fact]
    public async Task SignInPageIsTheFirstThingAnAnonymousVisitorSees()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/");

        page.Url.ShouldContain("/Account/Login");
        (await page.TitleAsync()).ShouldContain("登录");
        await page.ScreenshotAsync("login");
    }
}
