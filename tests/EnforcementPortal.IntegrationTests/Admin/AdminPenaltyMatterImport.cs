using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EnforcementPortal.IntegrationTests.Admin.AdminTestSupport;

namespace EnforcementPortal.IntegrationTests.Admin;

/// <summary>批量导入行政处罚事项: upload → preview per row → confirm writes every valid row at once; the preview is not trusted.</summary>
public sealed class AdminPenaltyMatterImport(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Basis = "《建设工程质量管理条例》第六十四条 违反本条例规定，施工单位在施工中偷工减料的，使用不合格的建筑材料、建筑构配件和设备的，或者有不按照工程设计图纸或者施工技术标准施工的其他行为的，责令改正，处工程合同价款2%以上4%以下的罚款；造成建设工程质量不符合规定的质量标准的，负责返工、修理，并赔偿因此造成的损失；情节严重的，责令停业整顿，降低资质等级或者吊销资质证书。";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACsvWithBomIsPreviewedRowByRowAndTheValidRowsAreImportedTogether()
    {
        var (sequence, name) = await AnyInForceMatterAsync();
        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        var csv = "\uFEFF编号,事项名称,实施机关,实施依据,适用部门,罚款幅度,关键词,备注\r\n"
            + $",对施工单位使用不合格建筑材料的处罚（导入）,,\"{Basis}\",质监站、安监站,工程合同价款2%以上4%以下,不合格材料,\r\n"
            + $",对某事的处罚（导入）,,\"{Basis}\",消防科,,,\r\n"
            + $",,,\"{Basis}\",质监站,,,\r\n";

        var preview = await PortalClient.ParseAsync(await UploadAsync(admin, Encoding.UTF8.GetBytes(csv)));

        var rows = preview.QuerySelectorAll("[data-testid=import-row]").ToList();
        rows.Select(r => r.GetAttribute("data-kind")).ShouldBe(["New", "Error", "Error"]);
        rows[1].QuerySelector("[data-testid=row-error]")!.TextContent.ShouldContain("未知的适用部门“消防科”");
        rows[2].QuerySelector("[data-testid=row-error]")!.TextContent.ShouldContain("缺少必填项：事项名称");
        await using (var db = factory.CreateDbContext())
        {
            (await db.PenaltyMatters.AnyAsync(m => m.Name == "对施工单位使用不合格建筑材料的处罚（导入）", Ct)).ShouldBeFalse("a preview writes nothing");
        }

        var confirmed = await ConfirmAsync(admin, preview, FieldsOf(preview, "[data-testid=confirm-import]"));

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await admin.GetPageAsync("/AdminPenaltyMatters");
        list.QuerySelector("[data-testid=status-success]")!.TextContent.ShouldContain("新增1项，修改0项，无变化0项；2行有错误，未导入。");
        await using (var db = factory.CreateDbContext())
        {
            var imported = await db.PenaltyMatters.SingleAsync(m => m.Name == "对施工单位使用不合格建筑材料的处罚（导入）", Ct);
            imported.Departments.ShouldBe([DepartmentCode.Safety, DepartmentCode.Quality]);
            imported.ImplementingAuthority.ShouldBe("伊宁市城市管理局");
            imported.Sequence.ShouldBe(await db.PenaltyMatters.MaxAsync(m => m.Sequence, Ct));
            (await db.PenaltyMatters.CountAsync(m => m.Name == "对某事的处罚（导入）", Ct)).ShouldBe(0);
            (await db.PenaltyMatters.SingleAsync(m => m.Sequence == sequence, Ct)).Name.ShouldBe(name);
        }
    }

    [Fact]
    public async Task APastedTableIsReadAndAForgedConfirmationImportsNothing()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");
        var pasted = "事项名称\t实施依据\t适用部门\n对人防工程偷工减料的处罚（导入）\t" + Basis + "\t人防\n";
        var response = await admin.PostFormAsync("/AdminPenaltyMatters/Import", "/AdminPenaltyMatters/Import", new Dictionary<string, string> { ["Text"] = pasted });
        var preview = await PortalClient.ParseAsync(response);
        preview.QuerySelector("[data-testid=import-row]")!.GetAttribute("data-kind").ShouldBe("New");

        // The page's text is replaced by another table: classified anew, it is not what the preview showed.
        var fields = FieldsOf(preview, "[data-testid=confirm-import]");
        fields["Text"] = pasted + "对伪造事项的处罚（导入）\t" + Basis + "\t人防\n";
        var forged = await ConfirmAsync(admin, preview, fields);

        forged.StatusCode.ShouldBe(HttpStatusCode.OK);
        ErrorsOn(await PortalClient.ParseAsync(forged)).ShouldContain("预览之后目录已有变动");
        await using var db = factory.CreateDbContext();
        (await db.PenaltyMatters.CountAsync(m => m.Name == "对人防工程偷工减料的处罚（导入）" || m.Name == "对伪造事项的处罚（导入）", Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task ABinaryFileIsRefusedByItsContent()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var response = await UploadAsync(admin, [0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE, 0x00, 0x01]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ErrorsOn(await PortalClient.ParseAsync(response)).ShouldContain("文件不是UTF-8编码的表格文本");
    }

    [Fact]
    public async Task AnOfficerCannotImport()
    {
        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");

        var response = await officer.Http.GetAsync(new Uri("/AdminPenaltyMatters/Import", UriKind.Relative), Ct);

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
    }

    private static async Task<HttpResponseMessage> UploadAsync(PortalClient admin, byte[] bytes)
    {
        var form = await admin.GetPageAsync("/AdminPenaltyMatters/Import");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(string.Empty), "Text" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "File", "事项目录.csv");
        return await admin.Http.PostAsync(new Uri("/AdminPenaltyMatters/Import", UriKind.Relative), content);
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(PortalClient admin, AngleSharp.Html.Dom.IHtmlDocument preview, Dictionary<string, string> fields)
    {
        var token = preview.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        using var body = new FormUrlEncodedContent(content);
        return await admin.Http.PostAsync(new Uri("/AdminPenaltyMatters/ConfirmImport", UriKind.Relative), body);
    }

    private async Task<(int Sequence, string Name)> AnyInForceMatterAsync()
    {
        await using var db = factory.CreateDbContext();
        var matter = await db.PenaltyMatters.Where(m => m.RetiredOn == null).OrderBy(m => m.Sequence).FirstAsync(Ct);
        return (matter.Sequence, matter.Name);
    }
}
