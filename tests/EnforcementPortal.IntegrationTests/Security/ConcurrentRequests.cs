using System.Globalization;
using System.Net;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Security;

/// <summary>Many identical requests at once: never a 500, one document, gap-free case numbers.</summary>
public sealed class ConcurrentRequests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TenParallelIssuesOfOneDocumentGiveOneDocumentAndNoError()
    {
        _ = factory.Server;
        Guid caseId;
        await using (var db = factory.CreateDbContext())
        {
            caseId = await db.Cases.Where(c => c.Department == DepartmentCode.Housing && c.State == CaseState.Rectifying)
                .Where(c => !db.Set<IssuedDocument>().Any(d => d.CaseId == c.Id && d.Kind == EnforcementDocumentKind.InspectionRecord))
                .Select(c => c.Id).FirstAsync(Ct);
        }

        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var token = (await officer.GetPageAsync($"/Cases/Details/{caseId}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => officer.Http.PostAsync(
            new Uri($"/Cases/{caseId}/Documents", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["kind"] = nameof(EnforcementDocumentKind.InspectionRecord), ["__RequestVerificationToken"] = token }),
            Ct)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect);
        await using var after = factory.CreateDbContext();
        (await after.Set<IssuedDocument>().CountAsync(d => d.CaseId == caseId && d.Kind == EnforcementDocumentKind.InspectionRecord, Ct)).ShouldBe(1);
        var theCase = await after.Cases.AsSplitQuery().SingleAsync(c => c.Id == caseId, Ct);
        theCase.VerifyTimeline().IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task TwelveParallelInspectionsAreAllRecordedWithGapFreeNumbers()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "aj.officer1");
        var officers = await UserIdsAsync("aj.officer1", "aj.officer2");
        var token = (await officer.GetPageAsync("/Cases/New")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        int before;
        await using (var db = factory.CreateDbContext())
        {
            before = await db.Cases.CountAsync(c => c.Department == DepartmentCode.Safety, Ct);
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
        {
            var fields = NewInspection(officers, i, factory.Now.AddHours(-1));
            fields.Add(new("__RequestVerificationToken", token));
            return officer.Http.PostAsync(new Uri("/Cases/New", UriKind.Relative), new FormUrlEncodedContent(fields), Ct);
        }));

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Redirect);
        await using var after = factory.CreateDbContext();
        var year = factory.Today.Year;
        var sequences = await after.Cases.Where(c => c.Department == DepartmentCode.Safety && c.Year == year).Select(c => c.Sequence).OrderBy(s => s).ToListAsync(Ct);
        sequences.ShouldBe(Enumerable.Range(1, sequences.Count));
        (await after.Cases.CountAsync(c => c.Department == DepartmentCode.Safety, Ct)).ShouldBe(before + 12);
    }

    private static List<KeyValuePair<string, string>> NewInspection(IReadOnlyList<Guid> officers, int i, DateTime inspectedAt)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Trigger", "Complaint"),
            new("PartyCreditCode", EnforcementPortal.Infrastructure.Seeding.DemoPeople.CreditCodeFor(4).Value),
            new("SiteName", $"伊宁市新城花园{i}号楼工地"),
            new("SiteAddress", "伊宁市上海路66号"),
            new("InspectedAt", inspectedAt.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)),
            new("Narrative", "执法人员出示执法证件，对施工现场进行安全检查，发现临边防护缺失。"),
            new("Findings[0].Description", "临边防护栏杆缺失"),
            new("Findings[0].Severity", "Serious"),
            new("Findings[0].Location", "三层楼面"),
        };
        fields.AddRange(officers.Select(id => new KeyValuePair<string, string>("OfficerIds", id.ToString())));
        return fields;
    }

    private async Task<IReadOnlyList<Guid>> UserIdsAsync(params string[] userNames)
    {
        await using var db = factory.CreateDbContext();
        var users = await db.Users.Where(u => userNames.Contains(u.UserName!)).ToListAsync(Ct);
        return [.. userNames.Select(n => users.Single(u => u.UserName == n).Id)];
    }
}
