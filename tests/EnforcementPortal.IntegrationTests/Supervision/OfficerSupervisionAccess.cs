using System.Net;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EnforcementPortal.IntegrationTests.Admin.AdminTestSupport;

namespace EnforcementPortal.IntegrationTests.Supervision;

/// <summary>
/// Who may manage certificates and training (the administrator) and who may draw and score a 案卷评查 (the legal
/// reviewers and the bureau leader): everyone else is sent to "access denied" and nothing is written.
/// </summary>
public sealed class OfficerSupervisionAccess(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("fc.officer1", "/AdminCertificates")]
    [InlineData("fc.chief", "/AdminCertificates/Training")]
    [InlineData("legal", "/AdminCertificates")]
    [InlineData("fc.officer1", "/CaseFileReviews")]
    [InlineData("fc.chief", "/CaseFileReviews/New")]
    [InlineData("admin", "/CaseFileReviews")]
    public async Task OthersAreSentToAccessDenied(string userName, string url)
    {
        using var client = await PortalClient.SignedInAsync(factory, userName);

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task AnOfficerCannotSuspendACertificate()
    {
        var target = await UserIdAsync(factory, "fc.officer2");
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var response = await officer.PostFormAsync("/", $"/AdminCertificates/ChangeStatus/{target}", new()
        {
            ["StatusForm.To"] = nameof(CertificateStatus.Suspended),
            ["StatusForm.Reason"] = "试图越权",
            ["StatusForm.EffectiveOn"] = factory.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        await using var db = factory.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Id == target, TestContext.Current.CancellationToken);
        user.Certificate!.Status.ShouldBe(CertificateStatus.Valid);
        (await db.CertificateStatusChanges.AnyAsync(c => c.HolderId == target, TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task TheAdministratorSuspendsACertificateWithItsReasonKeptInTheHistory()
    {
        var target = await UserIdAsync(factory, "aj.officer2");
        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        var page = $"/AdminCertificates/Officer/{target}";

        var refused = await admin.PostFormAsync(page, $"/AdminCertificates/ChangeStatus/{target}", new() { ["StatusForm.To"] = nameof(CertificateStatus.Suspended), ["StatusForm.Reason"] = "" });
        ErrorsOn(await PortalClient.ParseAsync(refused)).ShouldContain("请填写状态变更的理由。");
        var response = await admin.PostFormAsync(page, $"/AdminCertificates/ChangeStatus/{target}", new()
        {
            ["StatusForm.To"] = nameof(CertificateStatus.Suspended),
            ["StatusForm.Reason"] = "涉嫌违规执法，暂扣待查",
            ["StatusForm.EffectiveOn"] = factory.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var officerPage = await admin.GetPageAsync(page);
        officerPage.QuerySelector("[data-testid=certificate-status]")!.TextContent.ShouldBe("暂扣");
        officerPage.QuerySelector("[data-testid=status-history-row]")!.TextContent.ShouldContain("涉嫌违规执法，暂扣待查");
    }

    [Fact]
    public async Task OnlyReviewersScoreAFile()
    {
        using var legal = await PortalClient.SignedInAsync(factory, "legal");
        var drawn = await legal.PostFormAsync("/CaseFileReviews/New", "/CaseFileReviews/New", new()
        {
            ["Title"] = "授权测试评查",
            ["PeriodFrom"] = "2025-01-01",
            ["PeriodTo"] = "2025-12-31",
            ["Percents[Housing]"] = "5",
        });
        drawn.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsOn(await PortalClient.ParseAsync(drawn)));
        await using var db = factory.CreateDbContext();
        var campaign = await db.ReviewCampaigns.AsNoTracking().SingleAsync(c => c.Title == "授权测试评查", TestContext.Current.CancellationToken);
        var file = campaign.Files[0];
        var scoreUrl = $"/CaseFileReviews/Score/{campaign.Id}?fileId={file.Id}";
        var fields = new Dictionary<string, string> { ["Version"] = campaign.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var items = new[] { "Procedure", "Evidence", "Documents", "Deadlines", "LegalBasis" };
        for (var i = 0; i < items.Length; i++)
        {
            fields[$"Items[{i}].Item"] = items[i];
            fields[$"Items[{i}].Score"] = "20";
        }

        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        var refused = await chief.PostFormAsync("/", scoreUrl, fields);
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");

        var scored = await legal.PostFormAsync(scoreUrl, scoreUrl, fields);
        scored.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var after = factory.CreateDbContext();
        var saved = (await after.ReviewCampaigns.AsNoTracking().SingleAsync(c => c.Id == campaign.Id, TestContext.Current.CancellationToken)).Files.Single(f => f.Id == file.Id);
        saved.ReviewerName.ShouldBe("李慧敏");
        saved.Total.ShouldBe(100);
    }
}
