using System.Net;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Infrastructure.Seeding;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Enterprises;

/// <summary>
/// The enterprise downloads the documents served on it (<see cref="PartyDocuments.IsServedOnParty"/>) from its case page,
/// exactly as issued; an internal document of its own case, or any document of another party's case, is 404.
/// </summary>
public sealed class EnterpriseServedDocuments(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheEnterpriseGetsItsOwnServedPdfsAndNothingInternalOrOfAnotherParty()
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var party = await db.Parties.SingleAsync(p => p.CreditCode == EnterpriseDemo.AccountUserName, Ct);
        var own = await db.Cases.Where(c => c.PartyId == party.Id).OrderBy(c => c.Number).Select(c => new { c.Id, c.Department }).FirstAsync(Ct);
        var other = await db.Cases.Where(c => c.PartyId != party.Id).OrderBy(c => c.Number).Select(c => new { c.Id, c.Department }).FirstAsync(Ct);

        var served = await IssueAsync(own.Id, own.Department, EnforcementDocumentKind.InspectionNotice);
        var internalRecord = await IssueAsync(own.Id, own.Department, EnforcementDocumentKind.InspectionRecord);
        var othersNotice = await IssueAsync(other.Id, other.Department, EnforcementDocumentKind.InspectionNotice);

        using var enterprise = await EnterpriseComplaintFlow.SignInAsync(factory, EnterpriseDemo.AccountUserName, DemoPeople.Password);
        var page = await enterprise.GetPageAsync($"/qiye/anjian/{own.Id}");
        var links = page.QuerySelectorAll("[data-testid=enterprise-document] a").Select(a => a.GetAttribute("href")!).ToList();
        links.ShouldContain($"/qiye/anjian/{own.Id}/wenshu/{served}");
        links.ShouldNotContain($"/qiye/anjian/{own.Id}/wenshu/{internalRecord}");

        var download = await enterprise.Http.GetAsync(new Uri($"/qiye/anjian/{own.Id}/wenshu/{served}", UriKind.Relative), Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await download.Content.ReadAsByteArrayAsync(Ct);
        (await db.Set<IssuedDocument>().AsNoTracking().SingleAsync(d => d.Id == served, Ct)).Matches(bytes).ShouldBeTrue();

        foreach (var url in new[]
        {
            $"/qiye/anjian/{own.Id}/wenshu/{internalRecord}",
            $"/qiye/anjian/{other.Id}/wenshu/{othersNotice}",
            $"/qiye/anjian/{own.Id}/wenshu/{othersNotice}",
        })
        {
            (await enterprise.Http.GetAsync(new Uri(url, UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }
    }

    /// <summary>An officer of the case's department issues the document; returns its id.</summary>
    private async Task<Guid> IssueAsync(Guid caseId, Domain.Departments.DepartmentCode department, EnforcementDocumentKind kind)
    {
        await using var db = factory.CreateDbContext();
        var userName = await db.Users.Where(u => u.Department == department && u.IsActive && u.Certificate != null && u.UserName!.Contains("officer")).OrderBy(u => u.UserName).Select(u => u.UserName!).FirstAsync(Ct);
        using var officer = await PortalClient.SignedInAsync(factory, userName);
        var issued = await officer.PostFormAsync($"/Cases/Details/{caseId}", $"/Cases/{caseId}/Documents", new Dictionary<string, string> { ["kind"] = kind.ToString() });
        issued.StatusCode.ShouldBe(HttpStatusCode.Redirect, kind.ToString());
        return Guid.Parse(issued.Headers.Location!.ToString().Split('/')[^1]);
    }
}
