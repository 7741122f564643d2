using System.Net;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.Infrastructure.Statistics;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Supervision;

/// <summary>督办: who sees which items, the 督办函 issued from the list, and the letters counted in the statistics.</summary>
public sealed class SupervisionList(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AChiefSeesOnlyTheOwnDepartmentAndTheLeaderSeesEveryDepartment()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        using var leader = await PortalClient.SignedInAsync(factory, "leader");

        var chiefItems = (await chief.GetPageAsync("/Supervision")).QuerySelectorAll("[data-testid=supervision-item]").ToList();
        var leaderItems = (await leader.GetPageAsync("/Supervision")).QuerySelectorAll("[data-testid=supervision-item]").ToList();

        chiefItems.ShouldNotBeEmpty();
        chiefItems.ShouldAllBe(i => i.GetAttribute("data-department") == nameof(DepartmentCode.Housing));
        leaderItems.Select(i => i.GetAttribute("data-department")).Distinct().Count().ShouldBeGreaterThan(1);
        var key = (AngleSharp.Dom.IElement i) => $"{i.GetAttribute("data-case")}|{i.GetAttribute("data-kind")}|{i.TextContent.Trim()}";
        var leaderKeys = leaderItems.Select(key).ToHashSet(StringComparer.Ordinal);
        chiefItems.Select(key).ShouldAllBe(k => leaderKeys.Contains(k));
        leaderItems.ShouldContain(i => i.GetAttribute("data-urgency") == "Overdue");
    }

    [Fact]
    public async Task AnEmergencyInspectionNotYetApprovedIsRedOnItsDepartmentsListOnly()
    {
        // The demo's 质监站 emergency inspection of 标准厂房3# waits for the chief's approval afterwards.
        using var quality = await PortalClient.SignedInAsync(factory, "zj.chief");
        using var housing = await PortalClient.SignedInAsync(factory, "fc.chief");

        var items = (await quality.GetPageAsync("/Supervision")).QuerySelectorAll("[data-testid=supervision-item]")
            .Where(i => i.TextContent.Contains(Web.Queries.Supervision.EmergencyInspectionSource.Title, StringComparison.Ordinal)).ToList();
        var elsewhere = (await housing.GetPageAsync("/Supervision")).QuerySelectorAll("[data-testid=supervision-item]")
            .Where(i => i.TextContent.Contains(Web.Queries.Supervision.EmergencyInspectionSource.Title, StringComparison.Ordinal));

        var item = items.ShouldHaveSingleItem();
        item.GetAttribute("data-urgency").ShouldBe("Overdue");
        item.TextContent.ShouldContain("标准厂房3#");
        elsewhere.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnOfficerHasNoSupervisionList()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var response = await officer.Http.GetAsync(new Uri("/Supervision", UriKind.Relative), Ct);

        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AChiefIssuesALetterForAnOwnItemThatIsNumberedVerifiableAndOnTheTimelineButNotForAnotherDepartment()
    {
        using var chief = await PortalClient.SignedInAsync(factory, "fc.chief");
        var page = await chief.GetPageAsync("/Supervision");
        var form = page.QuerySelectorAll("[data-testid=supervision-letter-form]").First();
        var caseId = Guid.Parse(form.QuerySelector("input[name=caseId]")!.GetAttribute("value")!);
        var kind = form.QuerySelector("input[name=kind]")!.GetAttribute("value")!;

        var response = await chief.PostFormAsync("/Supervision", "/Supervision/Letters", new Dictionary<string, string>
        {
            ["caseId"] = caseId.ToString(),
            ["kind"] = kind,
            ["requirement"] = "请于三个工作日内办结并书面说明逾期原因。",
            ["replyWorkingDays"] = "3",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain($"/Cases/{caseId}/Documents/");
        await using var db = factory.CreateDbContext();
        var letter = await db.SupervisionLetters.SingleAsync(l => l.CaseId == caseId && l.Kind == SupervisionLetterKind.Overdue && l.IssuedById != Guid.Empty && l.ItemKind.ToString() == kind, Ct);
        var document = await db.Set<IssuedDocument>().SingleAsync(d => d.SubjectId == letter.Id, Ct);
        document.Kind.ShouldBe(EnforcementDocumentKind.SupervisionLetter);
        document.DocumentNumber.ShouldStartWith("伊建房督〔");
        var enforcementCase = await db.Cases.SingleAsync(c => c.Id == caseId, Ct);
        enforcementCase.Events[^1].Summary.ShouldContain("出具《督办函》");
        enforcementCase.VerifyTimeline().IsIntact.ShouldBeTrue();
        (await PortalClient.Anonymous(factory).Http.GetAsync(new Uri($"/verify/{document.VerificationCode}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await chief.PostFormAsync("/Supervision", "/Supervision/Letters", new Dictionary<string, string>
        {
            ["caseId"] = caseId.ToString(), ["kind"] = kind, ["requirement"] = "再次督办。", ["replyWorkingDays"] = "3",
        });
        again.Headers.Location!.ToString().ShouldNotContain("/Documents/");

        var otherDepartment = await db.Cases.Where(c => c.Department == DepartmentCode.Safety && c.OpenDeadline != null && c.OpenDeadline < factory.Today).Select(c => new { c.Id, c.OpenDeadlineKind }).FirstAsync(Ct);
        var before = await db.SupervisionLetters.CountAsync(Ct);
        var refused = await chief.PostFormAsync("/Supervision", "/Supervision/Letters", new Dictionary<string, string>
        {
            ["caseId"] = otherDepartment.Id.ToString(), ["kind"] = SupervisionDeadlines.Of(otherDepartment.OpenDeadlineKind!.Value).ToString(), ["requirement"] = "越权督办。", ["replyWorkingDays"] = "3",
        });
        refused.Headers.Location!.ToString().ShouldNotContain("/Documents/");
        (await db.SupervisionLetters.CountAsync(Ct)).ShouldBe(before);
    }

    [Fact]
    public async Task TheAnnualLetterCountEqualsTheIssuedLetters()
    {
        await using var db = factory.CreateDbContext();
        var today = factory.Today;
        var caseId = await (
            from c in db.Cases
            join p in db.Parties on c.PartyId equals p.Id
            where c.Department == DepartmentCode.ConstructionManagement && p.Kind == PartyKind.ConstructionOwner && c.Year == today.Year
            select c.Id).FirstAsync(Ct);
        var queries = new AnnualStatisticsQueries(db);
        var before = (await queries.CountAsync(DepartmentCode.ConstructionManagement, today.Year, today, Ct)).ConstructionProcedureLetters;
        using var officer = await PortalClient.SignedInAsync(factory, "jg.officer1");

        var response = await officer.PostFormAsync($"/Cases/Details/{caseId}", $"/Cases/{caseId}/ConstructionLetter", new Dictionary<string, string>
        {
            ["matter"] = "项目未取得建筑工程施工许可证即擅自开工建设。",
            ["requirement"] = "立即停止施工，依法补办施工许可手续。",
            ["replyWorkingDays"] = "10",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Documents/");
        var yearStart = new DateOnly(today.Year, 1, 1);
        var issued = await db.Set<IssuedDocument>().CountAsync(d => d.Department == DepartmentCode.ConstructionManagement && d.Kind == EnforcementDocumentKind.ConstructionProcedureLetter && d.DocumentDate >= yearStart, Ct);
        var counted = (await queries.CountAsync(DepartmentCode.ConstructionManagement, today.Year, today, Ct)).ConstructionProcedureLetters;
        counted.ShouldBe(before + 1);
        counted.ShouldBe(issued);

        var published2025 = await db.Set<IssuedDocument>().CountAsync(d => d.Department == DepartmentCode.ConstructionManagement && d.Kind == EnforcementDocumentKind.ConstructionProcedureLetter && d.DocumentDate.Year == 2025, Ct);
        published2025.ShouldBe(70);
    }

    [Fact]
    public async Task AConstructionLetterIsRefusedOutsideConstructionManagement()
    {
        await using var db = factory.CreateDbContext();
        var caseId = await db.Cases.Where(c => c.Department == DepartmentCode.Housing).Select(c => c.Id).FirstAsync(Ct);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var before = await db.SupervisionLetters.CountAsync(Ct);

        var response = await officer.PostFormAsync($"/Cases/Details/{caseId}", $"/Cases/{caseId}/ConstructionLetter", new Dictionary<string, string>
        {
            ["matter"] = "未取得施工许可。", ["requirement"] = "补办。", ["replyWorkingDays"] = "10",
        });

        response.Headers.Location?.ToString().ShouldNotContain("/Documents/");
        (await db.SupervisionLetters.CountAsync(Ct)).ShouldBe(before);
    }
}
