using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Complaints;

/// <summary>A portal whose public complaint forms take as many posts as the tests need (the limit has its own test).</summary>
public class ComplaintPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Complaints:SubmissionsPerHour"] = SubmissionsPerHour.ToString(CultureInfo.InvariantCulture),
    };

    protected virtual int SubmissionsPerHour => 100000;
}

/// <summary>A portal that allows two public posts per client an hour.</summary>
public sealed class ThrottledComplaintPortalFactory : ComplaintPortalFactory
{
    protected override int SubmissionsPerHour => 2;
}

/// <summary>Files complaints on the public page and walks them through the staff pages, as people would.</summary>
internal static partial class ComplaintClient
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Dictionary<string, string> Fields(string party, string? name = null, string? phone = null) => new()
    {
        ["Line"] = "2",
        ["PartyName"] = party,
        ["SiteAddress"] = "伊宁市解放西路 66 号",
        ["Description"] = "收取看房费后拒不退还，合同未备案。",
        ["Name"] = name ?? string.Empty,
        ["Phone"] = phone ?? string.Empty,
    };

    /// <summary>Loads /tousu, answers the challenge after a human pause, and posts the fields.</summary>
    public static async Task<HttpResponseMessage> PostComplaintAsync(PortalFactory factory, PortalClient client, Dictionary<string, string> fields, bool answerCorrectly = true)
    {
        var form = await client.GetPageAsync("/tousu");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var challenge = form.QuerySelector("input[name=ChallengeToken]")!.GetAttribute("value")!;
        var question = Sum().Match(form.QuerySelector("label[for=ChallengeAnswer]")!.TextContent);
        var answer = int.Parse(question.Groups[1].Value, CultureInfo.InvariantCulture) + int.Parse(question.Groups[2].Value, CultureInfo.InvariantCulture);
        factory.Clock.Advance(TimeSpan.FromSeconds(20));
        var content = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = token,
            ["ChallengeToken"] = challenge,
            ["ChallengeAnswer"] = (answerCorrectly ? answer : answer + 1).ToString(CultureInfo.InvariantCulture),
        };
        return await client.Http.PostAsync(new Uri("/tousu", UriKind.Relative), new FormUrlEncodedContent(content), Ct);
    }

    public static async Task<(string Receipt, string Code)> FileAsync(PortalFactory factory, Dictionary<string, string> fields)
    {
        using var client = PortalClient.Anonymous(factory);
        var response = await PostComplaintAsync(factory, client, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        var receipt = page.QuerySelector("[data-testid=receipt-number]")?.TextContent ?? throw new InvalidOperationException(page.Body!.TextContent);
        return (receipt, page.QuerySelector("[data-testid=query-code]")!.TextContent);
    }

    public static async Task<IHtmlDocument> QueryAsync(PortalFactory factory, string receipt, string code)
    {
        using var client = PortalClient.Anonymous(factory);
        var response = await client.PostFormAsync("/tousu/chaxun", "/tousu/chaxun", new Dictionary<string, string> { ["ReceiptNumber"] = receipt, ["QueryCode"] = code });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await PortalClient.ParseAsync(response);
    }

    public static async Task<Guid> IdOfAsync(PortalFactory factory, string receipt)
    {
        await using var db = factory.CreateDbContext();
        return await db.Complaints.Where(c => c.ReceiptNumber == receipt).Select(c => c.Id).SingleAsync(Ct);
    }

    /// <summary>Posts a step form of the complaint page with the version shown there; returns the page after the redirect.</summary>
    public static async Task<IHtmlDocument> StepAsync(PortalClient client, Guid id, string step, Dictionary<string, string>? fields = null)
    {
        var details = $"/Complaints/Details/{id}";
        var page = await client.GetPageAsync(details);
        var version = page.QuerySelector("input[name=Version]")?.GetAttribute("value") ?? "0";
        var content = new Dictionary<string, string>(fields ?? []) { ["Version"] = version };
        var response = await client.PostFormAsync(details, $"/Complaints/{id}/{step}", content);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{step}: {response.StatusCode}");
        return await client.GetPageAsync(details);
    }

    public static string Status(IHtmlDocument page) =>
        page.QuerySelector("[data-testid=status-success]")?.TextContent ?? page.QuerySelector("[data-testid=status-error]")?.TextContent ?? "(no message)";

    [GeneratedRegex(@"(\d+)\s*\+\s*(\d+)")]
    private static partial Regex Sum();
}
