using System.Net;
using EnforcementPortal.IntegrationTests.Infrastructure;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>The status code of an error page comes from the pipeline, never from the URL or a form field.</summary>
public sealed class ErrorStatusCodes(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/Error/0")]
    [InlineData("/Error/-1")]
    [InlineData("/Error/99999")]
    [InlineData("/Error/200")]
    [InlineData("/Error/500")]
    public async Task ErrorPageVisitedDirectlyIsNotFound(string url)
    {
        using var client = PortalClient.Anonymous(factory);

        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("页面不存在");
    }

    [Fact]
    public async Task FormFieldNamedCodeCannotTurnARefusedPostIntoSuccess()
    {
        using var client = PortalClient.Anonymous(factory);
        await client.GetPageAsync("/Account/Login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "x", ["Password"] = "y", ["code"] = "200", ["__RequestVerificationToken"] = "forged" });

        using var response = await client.Http.PostAsync(new Uri("/Account/Login", UriKind.Relative), form, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("请求无效");
    }

    [Fact]
    public async Task OversizedFormValueIsABadRequest()
    {
        using var client = PortalClient.Anonymous(factory);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = new string('a', 5 * 1024 * 1024), ["Password"] = "y", ["code"] = "200" });

        using var response = await client.Http.PostAsync(new Uri("/Account/Login", UriKind.Relative), form, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("请求");
    }

    [Fact]
    public async Task NulInAFormFieldIsABadRequestWithAChinesePage()
    {
        using var client = PortalClient.Anonymous(factory);

        var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "fc.officer1\0", ["Password"] = "a\0b", ["code"] = "0" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("请求无效");
    }
}
