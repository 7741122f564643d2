using System.Globalization;
using System.Net;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EnforcementPortal.IntegrationTests.Admin.AdminTestSupport;

namespace EnforcementPortal.IntegrationTests.Admin;

/// <summary>行政处罚事项目录: what the administrator adds is offered on a transfer; what is retired is not, but stays on old cases.</summary>
public sealed class AdminPenaltyMatterChanges(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Basis = "《城市房地产开发经营管理条例》\n第三十六条 违反本条例规定，擅自预售商品房的，由县级以上人民政府房地产开发主管部门责令停止违法行为，没收违法所得，可以并处已收取的预付款1%以下的罚款。";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddedMatterIsListedAndOfferedEditedThenRetiredIsNoLongerOffered()
    {
        var (caseId, department) = await AwaitingTransferAsync();
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var added = await admin.PostFormAsync("/AdminPenaltyMatters/Create", "/AdminPenaltyMatters/Create", new List<KeyValuePair<string, string>>
        {
            new("Name", "对擅自预售商品房的处罚（本局目录）"),
            new("ImplementingAuthority", "伊宁市城市管理局"),
            new("LegalBasis", Basis),
            new("Departments", department.ToString()),
            new("Keywords", "预售"),
        });

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await admin.GetPageAsync($"/AdminPenaltyMatters?department={department}");
        list.QuerySelector("[data-testid=status-success]")!.TextContent.ShouldContain("对擅自预售商品房的处罚（本局目录）");
        var id = await MatterIdAsync("对擅自预售商品房的处罚（本局目录）");
        var row = Row(list, "matter-row", "data-id", Invariant(id)).ShouldNotBeNull();
        row.TextContent.ShouldContain("《城市房地产开发经营管理条例》第三十六条");
        row.TextContent.ShouldContain(DepartmentPolicy.For(department).ShortName);
        row.QuerySelector("[data-testid=matter-status]")!.TextContent.ShouldContain("适用中");
        (await OfferedOnTransferAsync(caseId, department)).ShouldContain(Invariant(id));

        var edit = await admin.GetPageAsync($"/AdminPenaltyMatters/Edit/{id}");
        var fields = FieldsOf(edit, "[data-testid=matter-form]");
        fields["Name"] = "对擅自预售商品房的处罚";
        var duplicate = await admin.PostFormAsync($"/AdminPenaltyMatters/Edit/{id}", $"/AdminPenaltyMatters/Edit/{id}", fields);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.OK);
        ErrorsOn(await PortalClient.ParseAsync(duplicate)).ShouldContain("目录中已有同名事项");
        fields["Name"] = "对未取得预售许可擅自预售商品房的处罚";
        var edited = await admin.PostFormAsync($"/AdminPenaltyMatters/Edit/{id}", $"/AdminPenaltyMatters/Edit/{id}", fields);
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = factory.CreateDbContext())
        {
            (await db.PenaltyMatters.SingleAsync(m => m.Id == id, Ct)).Name.ShouldBe("对未取得预售许可擅自预售商品房的处罚");
        }

        var retired = await admin.PostFormAsync("/AdminPenaltyMatters", $"/AdminPenaltyMatters/Retire/{id}", new Dictionary<string, string>());

        retired.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await admin.GetPageAsync($"/AdminPenaltyMatters?department={department}");
        Row(after, "matter-row", "data-id", Invariant(id))!.QuerySelector("[data-testid=matter-status]")!.TextContent
            .ShouldContain($"{factory.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}起停止适用");
        (await OfferedOnTransferAsync(caseId, department)).ShouldNotContain(Invariant(id));
    }

    [Fact]
    public async Task RetiredMatterStillShowsOnACaseThatCitedIt()
    {
        var (caseId, matterId, matterName) = await CaseThatCitedAMatterAsync();
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var retired = await admin.PostFormAsync("/AdminPenaltyMatters", $"/AdminPenaltyMatters/Retire/{matterId}", new Dictionary<string, string>());

        retired.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = factory.CreateDbContext())
        {
            (await db.PenaltyMatters.SingleAsync(m => m.Id == matterId, Ct)).RetiredOn.ShouldBe(factory.Today);
        }

        using var officer = await PortalClient.SignedInAsync(factory, "fc.officer1");
        var page = await officer.GetPageAsync($"/Cases/Details/{caseId}");
        page.Body!.TextContent.ShouldContain("引用处罚事项：");
        page.Body.TextContent.ShouldContain(matterName);
    }

    [Fact]
    public async Task LegalBasisWithoutAnArticleIsRefusedInChineseAndNothingIsSaved()
    {
        using var admin = await PortalClient.SignedInAsync(factory, "admin");

        var response = await admin.PostFormAsync("/AdminPenaltyMatters/Create", "/AdminPenaltyMatters/Create", new Dictionary<string, string>
        {
            ["Name"] = "没有条款的事项",
            ["ImplementingAuthority"] = "伊宁市城市管理局",
            ["LegalBasis"] = "依照有关规定处罚",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = ErrorsOn(await PortalClient.ParseAsync(response));
        errors.ShouldContain("实施依据中未找到任何法律条款");
        errors.ShouldContain("请至少选择一个适用部门。");
        await using var db = factory.CreateDbContext();
        (await db.PenaltyMatters.AnyAsync(m => m.Name == "没有条款的事项", Ct)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("fc.chief", "/AdminPenaltyMatters")]
    [InlineData("fc.officer1", "/AdminPenaltyMatters/Create")]
    public async Task OnlyAnAdministratorReachesTheCatalogue(string userName, string url)
    {
        using var client = await PortalClient.SignedInAsync(factory, userName);

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("AccessDenied");
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<IReadOnlyList<string>> OfferedOnTransferAsync(Guid caseId, DepartmentCode department)
    {
        using var officer = await PortalClient.SignedInAsync(factory, OfficerOf(department));
        var page = await officer.GetPageAsync($"/Cases/Details/{caseId}");
        var picker = page.QuerySelector("[data-testid=penalty-matter-picker]").ShouldNotBeNull();
        return [.. picker.QuerySelectorAll("input[name='Transfer.PenaltyMatterIds']").Select(i => i.GetAttribute("value")!)];
    }

    private async Task<int> MatterIdAsync(string name)
    {
        await using var db = factory.CreateDbContext();
        return await db.PenaltyMatters.Where(m => m.Name == name).Select(m => m.Id).SingleAsync(Ct);
    }

    private static string OfficerOf(DepartmentCode department) => department switch
    {
        DepartmentCode.Housing => "fc.officer1",
        DepartmentCode.ConstructionManagement => "jg.officer1",
        DepartmentCode.CivilAirDefense => "rf.officer1",
        DepartmentCode.Safety => "aj.officer1",
        _ => "zj.officer1",
    };

    private async Task<(Guid Id, DepartmentCode Department)> AwaitingTransferAsync()
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var found = await db.Cases.Where(c => c.State == CaseState.AwaitingTransfer)
            .Select(c => new { c.Id, c.Department })
            .FirstAsync(Ct);
        return (found.Id, found.Department);
    }

    private async Task<(Guid CaseId, int MatterId, string MatterName)> CaseThatCitedAMatterAsync()
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var cases = await db.Cases.Where(c => c.Department == DepartmentCode.Housing && c.State != CaseState.AwaitingTransfer).ToListAsync(Ct);
        var cited = cases.First(c => c.Transfers.Any(t => t.PenaltyMatterIds.Count > 0));
        var matterId = cited.Transfers.First(t => t.PenaltyMatterIds.Count > 0).PenaltyMatterIds[0];
        var name = await db.PenaltyMatters.Where(m => m.Id == matterId).Select(m => m.Name).SingleAsync(Ct);
        return (cited.Id, matterId, name);
    }
}
