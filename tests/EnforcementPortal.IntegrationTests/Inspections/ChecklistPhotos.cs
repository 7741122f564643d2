using System.Globalization;
using System.Net;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Inspections;
using EnforcementPortal.IntegrationTests.Infrastructure;
using EnforcementPortal.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.IntegrationTests.Inspections;

/// <summary>
/// A photo per failed checklist item: on the visit's 现场检查笔录 the photo of a 不合格 item lands as the evidence of the
/// finding made from that item and shows by it on the case page; a file that is not a picture is refused in Chinese and
/// nothing is written (no case, the visit not recorded, no stored file kept).
/// </summary>
public sealed class ChecklistPhotos(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ANonImageIsRefusedInChineseWithNothingWrittenAndAPictureBecomesTheEvidenceOfItsFinding()
    {
        var visit = await NoticedVisitAsync();
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var before = await CaseCountAsync();

        var response = await PostRecordAsync(officer, visit, failedItem: 2, "%PDF-1.4 现场照片"u8.ToArray(), "照片.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=form-errors]")!.TextContent.ShouldContain("第2项的照片“照片.pdf”不是 JPEG 或 PNG 图片，请上传现场照片。");
        (await CaseCountAsync()).ShouldBe(before);
        await using var db = factory.CreateDbContext();
        (await db.InspectionVisits.AsNoTracking().SingleAsync(v => v.Id == visit.Id, Ct)).State.ShouldBe(visit.State, "the visit is not recorded");

        // The same record with a picture: the photo lands on the finding of the failed item.
        response = await PostRecordAsync(officer, visit, failedItem: 2, TamperDetection.TinyPng, "门店公示栏.png");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var opened = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == db.InspectionVisits.Single(v => v.Id == visit.Id).CaseId, Ct);
        var finding = opened.Findings.Single(f => f.Description.StartsWith("【检查项2·", StringComparison.Ordinal));
        var photo = opened.Evidence.Single();
        photo.FindingNumber.ShouldBe(finding.Number);
        photo.ContentType.ShouldBe("image/png");
        finding.ChecklistItemCode.ShouldNotBeNull();

        page = await officer.GetPageAsync($"/Cases/Details/{opened.Id}");
        var row = page.QuerySelectorAll("[data-testid=findings] tbody tr").Single(r => r.TextContent.Contains("【检查项2·", StringComparison.Ordinal));
        row.QuerySelector("[data-testid=finding-photo]")!.TextContent.ShouldContain("门店公示栏.png");
        row.QuerySelector("[data-testid=finding-photo] a")!.GetAttribute("href").ShouldBe($"/Cases/{opened.Id}/Evidence/{photo.Id}");
    }

    private async Task<HttpResponseMessage> PostRecordAsync(PortalClient officer, InspectionVisit visit, int failedItem, byte[] photo, string photoName)
    {
        var formUrl = $"/Cases/New?visitId={visit.Id}";
        var token = (await officer.GetPageAsync(formUrl)).QuerySelector("[data-testid=new-inspection-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await using var db = factory.CreateDbContext();
        var checklist = await db.InspectionChecklists.AsNoTracking().SingleAsync(c => c.Id == visit.ChecklistId, Ct);
        var officers = await db.Users.Where(u => u.UserName == "fc.officer1" || u.UserName == "fc.officer2").Select(u => u.Id).ToListAsync(Ct);
        var party = await db.Parties.AsNoTracking().SingleAsync(p => p.Id == visit.PartyId, Ct);
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(visit.Id.ToString()), "VisitId" },
            { new StringContent(visit.Trigger.ToString()), "Trigger" },
            { new StringContent(party.CreditCode), "PartyCreditCode" },
            { new StringContent(visit.SiteName), "SiteName" },
            { new StringContent(visit.SiteAddress), "SiteAddress" },
            { new StringContent(factory.Now.AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)), "InspectedAt" },
            { new StringContent("执法人员出示执法证件，按检查清单逐项检查。"), "Narrative" },
        };
        if (visit.PlanTaskId is { } task)
        {
            content.Add(new StringContent(task.ToString()), "PlanTaskId");
        }

        officers.ForEach(o => content.Add(new StringContent(o.ToString()), "OfficerIds"));
        for (var i = 0; i < checklist.Items.Count; i++)
        {
            var item = checklist.Items[i];
            content.Add(new StringContent(item.Number.ToString(CultureInfo.InvariantCulture)), $"Checklist[{i}].ItemNumber");
            content.Add(new StringContent(item.Number == failedItem ? "Fail" : "Pass"), $"Checklist[{i}].Verdict");
            if (item.Number == failedItem)
            {
                content.Add(new StringContent("公示栏未公示经纪服务收费标准"), $"Checklist[{i}].Comment");
                content.Add(new ByteArrayContent(photo), $"Checklist[{i}].Photo", photoName);
            }
        }

        return await officer.Http.PostAsync(new Uri("/Cases/New", UriKind.Relative), content, Ct);
    }

    private async Task<InspectionVisit> NoticedVisitAsync()
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        return await db.InspectionVisits.AsNoTracking().FirstAsync(v => v.Department == DepartmentCode.Housing && v.State == VisitState.NoticeIssued, Ct);
    }

    private async Task<int> CaseCountAsync()
    {
        await using var db = factory.CreateDbContext();
        return await db.Cases.CountAsync(Ct);
    }
}
