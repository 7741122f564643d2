using System.Globalization;
using System.Net;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Cases;

/// <summary>
/// The step forms bound by tag helpers: the posted names keep the controller's prefix, a refusal is shown beside the field
/// it is about, and a form shown again after a refusal carries the case's current version.
/// </summary>
public sealed class StepFormFields(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheNoticeFormPostsItsFieldsUnderTheNoticePrefix()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var (id, _) = await NewCaseAwaitingNoticeAsync(officer);

        var form = (await officer.GetPageAsync($"/Cases/Details/{id}")).QuerySelector("[data-testid=form-notice]")!;

        var names = form.QuerySelectorAll("input[name], textarea[name], select[name]").Select(e => e.GetAttribute("name")).Distinct().ToList();
        names.ShouldContain("Notice.Version");
        names.ShouldContain("Notice.Requirements");
        names.ShouldContain("Notice.DeadlineDays");
        names.ShouldContain("Notice.ServiceMethod");
        names.ShouldContain("Notice.FindingNumbers");
        names.ShouldContain("Notice.OfficerIds");
        form.QuerySelector("select[name='Notice.ServiceMethod'] option[selected]")!.GetAttribute("value").ShouldBe("InPerson");
        form.QuerySelector("label[for=Notice_DeadlineDays]")!.TextContent.ShouldBe("整改期限（日）");
    }

    [Fact]
    public async Task ARefusedFieldIsNamedBesideTheField()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var (id, version) = await NewCaseAwaitingNoticeAsync(officer);

        var response = await officer.PostFormAsync($"/Cases/Details/{id}", $"/Cases/{id}/IssueNotice", new Dictionary<string, string>
        {
            ["Notice.Version"] = Invariant(version),
            ["Notice.Requirements"] = "立即停止违规行为，限期整改。",
            ["Notice.DeadlineDays"] = string.Empty,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var page = await PortalClient.ParseAsync(response);
        var field = page.QuerySelector("#Notice_DeadlineDays")!.ParentElement!;
        field.QuerySelector(".field-validation-error")!.TextContent.ShouldBe("请填写整改期限。");
        page.QuerySelector("[data-testid=form-notice] [data-testid=form-errors]")!.TextContent.ShouldContain("请填写整改期限。");
        page.QuerySelector("#Notice_Requirements")!.TextContent.ShouldBe("立即停止违规行为，限期整改。");
    }

    [Fact]
    public async Task AFormShownAgainAfterAConflictCarriesTheCurrentVersion()
    {
        var (id, version) = await CaseInStateAsync(DepartmentCode.Housing, CaseState.Rectifying);
        using var first = await PortalClient.SignedInAsync(factory, "fc.officer1");
        using var second = await PortalClient.SignedInAsync(factory, "fc.officer2");
        var casePage = $"/Cases/Details/{id}";

        // The first officer changes the case (evidence added); the second then posts the version they saw.
        var token = (await first.GetPageAsync(casePage)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var upload = new MultipartFormDataContent
        {
            { new StringContent(Invariant(version)), "Version" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(CaseSteps.TinyPng) { Headers = { ContentType = new("image/png") } }, "Files", "现场照片.png" },
        };
        (await first.Http.PostAsync(new Uri($"/Cases/{id}/AddEvidence", UriKind.Relative), upload, Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reply = new Dictionary<string, string>
        {
            ["Reply.Version"] = Invariant(version),
            ["Reply.ReceivedOn"] = factory.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Reply.Kind"] = "Statement",
            ["Reply.Content"] = "已整改完毕。",
        };
        var refused = await PortalClient.ParseAsync(await second.PostFormAsync(casePage, $"/Cases/{id}/RecordReply", reply));

        await using var db = factory.CreateDbContext();
        var current = (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id, Ct)).Version;
        current.ShouldBeGreaterThan(version);
        refused.QuerySelector("[data-testid=form-reply] input[name='Reply.Version']")!.GetAttribute("value").ShouldBe(Invariant(current), "the page shown again is the case as it is now, so submitting it again can succeed");
    }

    /// <summary>新建检查 with one general finding: the case waits for its 整改通知书.</summary>
    private async Task<(Guid Id, int Version)> NewCaseAwaitingNoticeAsync(PortalClient officer)
    {
        await using (var users = factory.CreateDbContext())
        {
            var officers = await users.Users.Where(u => u.UserName == "fc.officer1" || u.UserName == "fc.officer2").Select(u => u.Id).ToListAsync(Ct);
            var fields = new List<KeyValuePair<string, string>>
            {
                new("Trigger", "AssignedBySuperior"),
                new("PartyCreditCode", EnforcementPortal.Infrastructure.Seeding.DemoPeople.CreditCodeFor(4).Value),
                new("SiteName", "伊宁市新城花园售楼中心"),
                new("SiteAddress", "伊宁市上海路66号"),
                new("InspectedAt", factory.Now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)),
                new("Narrative", "执法人员出示执法证件，对售楼中心进行检查。"),
                new("Findings[0].Description", "售楼处未公示商品房预售许可证"),
                new("Findings[0].Severity", "General"),
            };
            fields.AddRange(officers.Select(o => new KeyValuePair<string, string>("OfficerIds", o.ToString())));
            var response = await officer.PostFormAsync("/Cases/New", "/Cases/New", fields);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        await using var db = factory.CreateDbContext();
        var found = await db.Cases.Where(c => c.SiteName == "伊宁市新城花园售楼中心" && c.State == CaseState.AwaitingNotice)
            .OrderByDescending(c => c.Sequence)
            .Select(c => new { c.Id, c.Version })
            .FirstAsync(Ct);
        return (found.Id, found.Version);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<(Guid Id, int Version)> CaseInStateAsync(DepartmentCode department, CaseState state)
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var found = await db.Cases.Where(c => c.Department == department && c.State == state && c.Replies.Count == 0 && c.Evidence.Count == 0)
            .OrderByDescending(c => c.Sequence)
            .Select(c => new { c.Id, c.Version })
            .FirstAsync(Ct);
        return (found.Id, found.Version);
    }
}
