using System.Globalization;
using System.Net;
using System.Reflection;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.IntegrationTests.Infrastructure;
using EnforcementPortal.Web.Controllers;
using EnforcementPortal.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Cases;

/// <summary>
/// The steps and the documents go through one service each (CaseSteps, CaseDocuments): a step with its uploads is one
/// new version of the case, audited entry by entry; a document the case cannot have now is refused and writes nothing.
/// </summary>
public sealed class CaseStepsUnitOfWork(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReplyWithTwoPhotosIsOneNewVersionWithTheFilesBoundToTheReply()
    {
        var (id, version, events, _) = await HousingCaseAsync(0);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var token = (await officer.GetPageAsync($"/Cases/Details/{id}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(version.ToString(CultureInfo.InvariantCulture)), "Reply.Version" },
            { new StringContent(factory.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "Reply.ReceivedOn" },
            { new StringContent("Statement"), "Reply.Kind" },
            { new StringContent("已按通知要求整改完毕，附整改后照片两张。"), "Reply.Content" },
            { new ByteArrayContent(CaseSteps.TinyPng) { Headers = { ContentType = new("image/png") } }, "Reply.Files", "整改后一.png" },
            { new ByteArrayContent(CaseSteps.TinyPng) { Headers = { ContentType = new("image/png") } }, "Reply.Files", "整改后二.png" },
        };

        var response = await officer.Http.PostAsync(new Uri($"/Cases/{id}/RecordReply", UriKind.Relative), form, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/Cases/Details/{id}");
        await using var db = factory.CreateDbContext();
        var after = await db.Cases.AsSplitQuery().SingleAsync(c => c.Id == id, Ct);
        after.Version.ShouldBe(version + 1, "the reply and its two files are one step");
        after.State.ShouldBe(CaseState.AwaitingReview);
        after.Events.Count.ShouldBe(events + 3);
        var reply = after.Replies.ShouldHaveSingleItem();
        after.Evidence.Where(e => e.Step == EvidenceStep.Reply).Select(e => (e.StepId, e.FileName)).ShouldBe([(reply.Id, "整改后一.png"), (reply.Id, "整改后二.png")], ignoreOrder: true);
        after.VerifyTimeline().IsIntact.ShouldBeTrue();
        var audited = await db.AuditEntries.AsNoTracking().Where(a => a.Target.Contains(id.ToString())).CountAsync(Ct);
        audited.ShouldBeGreaterThanOrEqualTo(3, "each new timeline entry of the step is audited");
    }

    [Fact]
    public async Task ADocumentTheCaseCannotHaveNowIsRefusedAndWritesNothing()
    {
        var (id, version, events, documents) = await HousingCaseAsync(1);
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var response = await officer.PostFormAsync($"/Cases/Details/{id}", $"/Cases/{id}/Documents", new Dictionary<string, string>
        {
            ["kind"] = nameof(EnforcementDocumentKind.RectificationNotice),
            ["subjectId"] = Guid.NewGuid().ToString(),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/Cases/Details/{id}");
        var page = await officer.GetPageAsync(response.Headers.Location!.ToString());
        page.QuerySelector("[data-testid=status-error]")!.TextContent.ShouldContain("本案件当前不能出具该文书。");
        await using var db = factory.CreateDbContext();
        var after = await db.Cases.SingleAsync(c => c.Id == id, Ct);
        (after.Version, after.Events.Count).ShouldBe((version, events));
        (await db.Set<IssuedDocument>().CountAsync(d => d.CaseId == id, Ct)).ShouldBe(documents);
    }

    [Fact]
    public async Task AnotherDepartmentsCaseIsNotFoundForAStepOrADocument()
    {
        var (id, version, _, _) = await HousingCaseAsync(2);
        using var other = await PortalClient.SignedInAsync(factory, "aj.officer1");

        var step = await other.PostFormAsync("/Cases", $"/Cases/{id}/RecordNoReply", new Dictionary<string, string> { ["Version"] = version.ToString(CultureInfo.InvariantCulture) });
        var document = await other.PostFormAsync("/Cases", $"/Cases/{id}/Documents", new Dictionary<string, string> { ["kind"] = nameof(EnforcementDocumentKind.InspectionRecord) });

        step.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        document.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = factory.CreateDbContext();
        (await db.Cases.SingleAsync(c => c.Id == id, Ct)).Version.ShouldBe(version);
    }

    [Fact]
    public void EveryStepFormComesBackUnderItsBindingPrefix()
    {
        var forms = typeof(CaseActionsController).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .SelectMany(a => a.GetParameters())
            .Where(p => typeof(CaseActionForm).IsAssignableFrom(p.ParameterType))
            .ToList();

        forms.Count.ShouldBeGreaterThan(10);
        foreach (var parameter in forms)
        {
            var form = (CaseActionForm)Activator.CreateInstance(parameter.ParameterType)!;
            CaseStepForms.NameOf(form).ShouldBe(parameter.GetCustomAttribute<BindAttribute>()?.Prefix, parameter.Member.Name);
        }
    }

    /// <summary>
    /// The <paramref name="which"/>th 房产科 case of this year, the one in 整改中 without a reply first (the reply test takes
    /// it); only that test changes its case.
    /// </summary>
    private async Task<(Guid Id, int Version, int Events, int Documents)> HousingCaseAsync(int which)
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var candidates = await db.Cases.AsSplitQuery()
            .Where(c => c.Department == DepartmentCode.Housing && c.Year == factory.Today.Year)
            .ToListAsync(Ct);
        var target = candidates.OrderBy(c => c.State == CaseState.Rectifying && c.Replies.Count == 0 ? 0 : 1).ThenBy(c => c.Number, StringComparer.Ordinal).ElementAt(which);
        var documents = await db.Set<IssuedDocument>().CountAsync(d => d.CaseId == target.Id, Ct);
        return (target.Id, target.Version, target.Events.Count, documents);
    }
}
