using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Infrastructure.Seeding;
using EnforcementPortal.IntegrationTests.Enterprises;
using EnforcementPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static EnforcementPortal.IntegrationTests.Complaints.ComplaintClient;

namespace EnforcementPortal.IntegrationTests.Complaints;

/// <summary>A portal that logs at Information, so the sweep reads every request the walk made.</summary>
public sealed class SweepPortalFactory : ComplaintPortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(base.ExtraSettings)
    {
        ["Serilog:MinimumLevel:Default"] = "Information",
    };

    /// <summary>Where the host writes its log files (Logging:FilePath of the test settings).</summary>
    public string LogDirectory => Path.Combine(Path.GetDirectoryName(DatabasePath)!, "logs");
}

/// <summary>
/// The complainant's confidentiality, swept end to end (北京市房地产市场动态监管信息平台操作流程 五: 不得泄露……投诉举报人信息): a
/// named complainant with a distinctive name and phone files two complaints about the demo enterprise. The first is walked
/// through every outside party — the enterprise answers it through its own sign-in, it becomes an enforcement case, the
/// notice and the interview are issued, the case is transferred and 城市管理局's liaison signs, files and disposes through
/// its own sign-in; the second ends in a 协查通知单. Then every page the enterprise and the liaison can reach from their
/// home pages (GET only, links within the site), every PDF of the case and of both complaints, every export the leader and
/// the public can download, the audit trail and the host's log files are searched: neither the name nor the phone (nor its
/// digits written any other way) appears. Leaking the name into an enterprise page makes this test fail (checked once
/// by hand, see docs/security.md).
/// </summary>
public sealed partial class ConfidentialitySweep(SweepPortalFactory factory) : IClassFixture<SweepPortalFactory>
{
    private const string Name = "龚秘测";
    private const string Phone = "13912345678";

    [Fact]
    public async Task NeitherTheNameNorThePhoneReachesAnOutsidePartyADocumentAnExportOrTheLogs()
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var party = await db.Parties.AsNoTracking().SingleAsync(p => p.CreditCode == EnterpriseDemo.AccountUserName, Ct);
        var ids = await db.Users.Where(u => u.UserName == "jg.officer1" || u.UserName == "jg.officer2" || u.UserName == "fc.officer1")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id.ToString(), Ct);

        // 1. The complaint, filed on the public page with the name and phone, routed by the rules to 建管科 and accepted.
        var fields = Fields(party.Name, Name, Phone);
        fields["Line"] = "5";
        fields["Description"] = "该单位在丽景花园项目未取得施工许可证擅自施工，夜间施工扰民。";
        var (receipt, code) = await FileAsync(factory, fields);
        var complaintId = await IdOfAsync(factory, receipt);
        using var dispatcher = await PortalClient.SignedInAsync(factory, "dispatcher");
        await StepAsync(dispatcher, complaintId, "RouteTo", new() { ["Department"] = "2" });
        using var officer = await PortalClient.SignedInAsync(factory, "jg.officer1");
        await StepAsync(officer, complaintId, "Accept", new() { ["HandlerId"] = ids["jg.officer1"] });
        var revealed = await officer.PostFormAsync($"/Complaints/Details/{complaintId}", $"/Complaints/Reveal/{complaintId}", []);
        (await PortalClient.ParseAsync(revealed)).QuerySelector("[data-testid=complainant-name]")!.TextContent.ShouldBe(Name, "the handler may see the complainant, so the walk has the identity in play");
        var notified = await StepAsync(officer, complaintId, "NotifyEnterprise", new()
        {
            ["Date"] = Day(factory.Today),
            ["CreditCode"] = party.CreditCode,
            ["Request"] = "请说明丽景花园项目是否已取得施工许可证，以及夜间施工的情况。",
        });
        Status(notified).ShouldContain("已登记通知企业回复");

        // 2. The enterprise answers through its own sign-in, with a file.
        using var enterprise = await EnterpriseComplaintFlow.SignInAsync(factory, EnterpriseDemo.AccountUserName, DemoPeople.Password);
        var replied = await EnterpriseComplaintFlow.ReplyAsync(enterprise, complaintId, "施工许可证正在办理中，夜间施工已停止。", ("情况说明.png", Cases.CaseSteps.TinyPng, "image/png"));
        replied.StatusCode.ShouldBe(HttpStatusCode.Redirect, await replied.Content.ReadAsStringAsync(Ct));

        // 3. A violation: an enforcement case from the complaint (trigger 投诉举报), the complaint closed.
        await StepAsync(officer, complaintId, "Opinion", new() { ["Outcome"] = "3", ["Content"] = "经查，该单位未取得施工许可证擅自施工，存在违法违规行为，依法查处。" });
        var opened = await officer.PostFormAsync($"/Cases/New?complaintId={complaintId}", "/Cases/New", NewInspection(party.CreditCode, complaintId, ids["jg.officer1"], ids["jg.officer2"]));
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect, await opened.Content.ReadAsStringAsync(Ct));
        var caseUrl = opened.Headers.Location!.ToString();
        var caseId = Guid.Parse(caseUrl.Split('/')[^1]);
        Status(await StepAsync(officer, complaintId, "Close")).ShouldContain("已办结");

        // 4. Notice, interview, transfer (legal review, the chief's approval).
        var officers = new[] { ids["jg.officer1"], ids["jg.officer2"] };
        await CaseStepAsync(officer, caseUrl, "[data-testid=form-notice]", new() { ["Notice.OfficerIds"] = officers, ["Notice.DeadlineDays"] = ["5"], ["Notice.FindingNumbers"] = ["1"] });
        await CaseStepAsync(officer, caseUrl, "[data-testid=form-interview]", new() { ["Interview.OfficerIds"] = officers, ["Interview.Content"] = ["通报检查发现的问题及依据，要求立即停止施工。"] });
        var transferForm = (await officer.GetPageAsync(caseUrl)).QuerySelector("[data-testid=form-transfer] [data-matter-option] input[type=checkbox]")!.GetAttribute("value")!;
        await CaseStepAsync(officer, caseUrl, "[data-testid=form-transfer]", new() { ["Transfer.PenaltyMatterIds"] = [transferForm] });
        using var legal = await PortalClient.SignedInAsync(factory, "legal");
        await CaseStepAsync(legal, caseUrl, "[data-testid=form-legalreview]", new() { ["LegalReview.Opinion"] = ["Agreed"], ["LegalReview.Reasons"] = ["事实清楚，证据充分，同意移交。"] });
        using var chief = await PortalClient.SignedInAsync(factory, "jg.chief");
        await CaseStepAsync(chief, caseUrl, $"form[action='/Cases/{caseId}/ApproveTransfer']", []);

        // 5. 城市管理局's liaison signs for it, reports the filing decision and the disposal through its own sign-in.
        using var liaison = await PortalClient.SignedInAsync(factory, "cg.liaison");
        await BureauStepAsync(liaison, caseId, "qianshou", new() { ["Receipt.ReceivedOn"] = Day(factory.Today) });
        await BureauStepAsync(liaison, caseId, "lian", new() { ["Filing.Decision"] = "Filed", ["Filing.DecidedOn"] = Day(factory.Today), ["Filing.Reference"] = "伊城管立字〔2026〕第301号" });
        await BureauStepAsync(liaison, caseId, "chuzhi", new() { ["Disposal.DecisionNumber"] = "伊城管罚决字〔2026〕第88号", ["Disposal.Penalty"] = "罚款人民币五万元，责令停止施工", ["Disposal.DecidedOn"] = Day(factory.Today) });
        await using (var check = factory.CreateDbContext())
        {
            (await check.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId, Ct)).State.ShouldBe(CaseState.Concluded);
        }

        // Every document the case page offers, issued.
        var casePage = await officer.GetPageAsync(caseUrl);
        foreach (var form in casePage.QuerySelectorAll($"form[action='/Cases/{caseId}/Documents']").ToList())
        {
            var documentFields = HtmlForms.DefaultsOf(form);
            (await officer.PostFormAsync(caseUrl, $"/Cases/{caseId}/Documents", documentFields.Where(f => f.Key != "__RequestVerificationToken"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        // 6. The same complainant's second complaint ends in a 协查通知单.
        var (second, _) = await FileAsync(factory, Fields(party.Name, Name, Phone));
        var secondId = await IdOfAsync(factory, second);
        await StepAsync(dispatcher, secondId, "RouteTo", new() { ["Department"] = "1" });
        using var housing = await PortalClient.SignedInAsync(factory, "fc.officer1");
        await StepAsync(housing, secondId, "Accept", new() { ["HandlerId"] = ids["fc.officer1"] });
        await StepAsync(housing, secondId, "Opinion", new() { ["Outcome"] = "4", ["Content"] = "需市场监管部门协查该公司主体资格。", ["AssistUnit"] = "伊宁市市场监督管理局" });
        var assistPage = await housing.GetPageAsync($"/Complaints/{secondId}/Assist");
        var assistVersion = assistPage.QuerySelector("[data-testid=form-assist-document] input[name=version]")!.GetAttribute("value")!;
        (await housing.PostFormAsync($"/Complaints/{secondId}/Assist", $"/Complaints/{secondId}/Assist", new Dictionary<string, string> { ["version"] = assistVersion, ["scope"] = "Internal" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The sweep.
        var found = new List<(string Where, string Text)>();
        found.AddRange(await CrawlAsync(enterprise, ["/qiye"], "enterprise"));
        found.AddRange(await CrawlAsync(liaison, ["/chengguan", "/chengguan?all=true"], "liaison"));
        found.Count(f => f.Where.StartsWith("enterprise", StringComparison.Ordinal)).ShouldBeGreaterThan(3);
        found.ShouldContain(f => f.Where.Contains($"/qiye/tousu/{complaintId}", StringComparison.Ordinal));
        found.ShouldContain(f => f.Where.Contains($"/qiye/anjian/{caseId}", StringComparison.Ordinal));
        found.ShouldContain(f => f.Where.Contains($"/chengguan/{caseId}", StringComparison.Ordinal));

        await using (var documents = factory.CreateDbContext())
        {
            var issued = await documents.Set<IssuedDocument>().AsNoTracking().Where(d => d.CaseId == caseId).Select(d => new { d.Id, d.Kind }).ToListAsync(Ct);
            issued.Select(d => d.Kind).ShouldContain(EnforcementDocumentKind.RectificationNotice);
            issued.Select(d => d.Kind).ShouldContain(EnforcementDocumentKind.TransferForm);
            foreach (var document in issued)
            {
                found.Add(await DownloadAsync(officer, $"/Cases/{caseId}/Documents/{document.Id}", $"case PDF {document.Kind}"));
            }

            var assist = await documents.AssistDocuments.AsNoTracking().Where(d => d.ComplaintId == secondId).Select(d => d.Id).ToListAsync(Ct);
            assist.ShouldNotBeEmpty();
            foreach (var document in assist)
            {
                found.Add(await DownloadAsync(housing, $"/Complaints/{secondId}/Assist/{document}", "协查 PDF"));
            }

            var audit = await documents.AuditEntries.AsNoTracking().Select(a => a.Target + " " + a.Detail + " " + a.UserName).ToListAsync(Ct);
            found.Add(("audit trail", string.Join("\n", audit)));
        }

        using var leader = await PortalClient.SignedInAsync(factory, "leader");
        found.AddRange(await ExportsAsync(leader, ["/Statistics"], "leader"));
        using var visitor = PortalClient.Anonymous(factory);
        found.AddRange(await ExportsAsync(visitor, ["/gongshi"], "public"));
        found.Add(("public progress page", (await QueryAsync(factory, receipt, code)).DocumentElement.OuterHtml));
        found.ShouldContain(f => f.Where.Contains("format=", StringComparison.Ordinal), "the exports were reached");

        var logs = Directory.Exists(factory.LogDirectory) ? Directory.GetFiles(factory.LogDirectory, "*", SearchOption.AllDirectories) : [];
        logs.ShouldNotBeEmpty("the host writes log files");
        foreach (var file in logs)
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            found.Add(($"log {Path.GetFileName(file)}", Regex.Unescape(await reader.ReadToEndAsync(Ct))));
        }

        found.Sum(f => f.Text.Length).ShouldBeGreaterThan(100_000);
        var leaks = found.Where(f => Leaks(f.Text)).Select(f => f.Where).ToList();
        leaks.ShouldBeEmpty($"the complainant appears in: {string.Join("; ", leaks)}");
    }

    /// <summary>The name, the phone, or the phone's digits in any spacing or punctuation (139-1234-5678, 139 1234 5678 …).</summary>
    internal static bool Leaks(string text) =>
        text.Contains(Name, StringComparison.Ordinal) || text.Contains(Phone, StringComparison.Ordinal) || PhoneSpread().IsMatch(text);

    private static async Task CaseStepAsync(PortalClient client, string caseUrl, string selector, Dictionary<string, string[]> values)
    {
        var response = await HtmlForms.SubmitAsync(client, caseUrl, selector, values);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{selector}: {(await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=form-errors], .validation-summary-errors, [data-testid=status-error]")?.TextContent}");
        var page = await client.GetPageAsync(caseUrl);
        page.QuerySelector("[data-testid=status-error]").ShouldBeNull(selector);
    }

    private static async Task BureauStepAsync(PortalClient client, Guid caseId, string step, Dictionary<string, string> fields)
    {
        var prefix = fields.Keys.First().Split('.')[0];
        var page = await client.GetPageAsync($"/chengguan/{caseId}");
        var content = new Dictionary<string, string>(fields) { [$"{prefix}.Version"] = page.QuerySelector($"input[name='{prefix}.Version']")?.GetAttribute("value") ?? "0" };
        var response = await client.PostFormAsync($"/chengguan/{caseId}", $"/chengguan/{caseId}/{step}", content);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{step}: {(response.StatusCode == HttpStatusCode.Redirect ? string.Empty : (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=form-errors]")?.TextContent)}");
    }

    /// <summary>Every page reachable from <paramref name="start"/> by links within the site, GET only; PDFs and spreadsheets as their text.</summary>
    private static async Task<List<(string Where, string Text)>> CrawlAsync(PortalClient client, IEnumerable<string> start, string who, Func<string, bool>? follow = null, int limit = 400)
    {
        var seen = new HashSet<string>(start, StringComparer.Ordinal);
        var queue = new Queue<string>(start);
        var found = new List<(string, string)>();
        while (queue.Count > 0 && found.Count < limit)
        {
            var url = queue.Dequeue();
            var (text, links) = await ReadAsync(client, url);
            found.Add(($"{who} {url}", text));
            foreach (var link in links.Where(l => follow?.Invoke(l) ?? true))
            {
                if (seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        return found;
    }

    /// <summary>The downloads (?format=csv / xlsx …) linked from the pages under <paramref name="roots"/>, and the pages themselves.</summary>
    private static async Task<List<(string Where, string Text)>> ExportsAsync(PortalClient client, string[] roots, string who) =>
        await CrawlAsync(client, roots, who, link => roots.Any(r => link.StartsWith(r, StringComparison.OrdinalIgnoreCase)) && link.Count(c => c == '/') <= 5, 250);

    private static async Task<(string Where, string Text)> DownloadAsync(PortalClient client, string url, string what)
    {
        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        var text = await TextOfAsync(response);
        text.ShouldNotBeNullOrWhiteSpace(url);
        return ($"{what} {url}", text);
    }

    private static async Task<(string Text, IReadOnlyList<string> Links)> ReadAsync(PortalClient client, string url)
    {
        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), Ct);
        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return (await TextOfAsync(response), []);
        }

        var page = await PortalClient.ParseAsync(response);
        var links = page.QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href")!)
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal) && !h.Contains("tuichu", StringComparison.Ordinal) && !h.Contains("Logout", StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Split('#')[0])
            .ToList();
        return (page.DocumentElement.OuterHtml, links);
    }

    private static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        if (type == "application/pdf")
        {
            using var pdf = PdfDocument.Open(bytes);
            return string.Join("\n", pdf.GetPages().Select(p => p.Text));
        }

        if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var parts = new List<string>();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                parts.Add(WebUtility.HtmlDecode(await reader.ReadToEndAsync(Ct)));
            }

            return string.Join("\n", parts);
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private List<KeyValuePair<string, string>> NewInspection(string creditCode, Guid complaintId, params string[] officers)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("ComplaintId", complaintId.ToString()),
            new("Trigger", "Complaint"),
            new("PartyCreditCode", creditCode),
            new("SiteName", "丽景花园三期项目"),
            new("SiteAddress", "伊宁市北京路丽景花园三期"),
            new("InspectedAt", factory.Now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)),
            new("Narrative", "执法人员出示执法证件，对项目进行检查，发现未取得施工许可证擅自施工。"),
            new("Findings[0].Description", "未取得施工许可证擅自施工"),
            new("Findings[0].Severity", "Serious"),
            new("Findings[0].Location", "施工现场"),
        };
        fields.AddRange(officers.Select(id => new KeyValuePair<string, string>("OfficerIds", id)));
        return fields;
    }

    /// <summary>The phone's digits with anything but other digits between them.</summary>
    [GeneratedRegex(@"1\D{0,3}3\D{0,3}9\D{0,3}1\D{0,3}2\D{0,3}3\D{0,3}4\D{0,3}5\D{0,3}6\D{0,3}7\D{0,3}8")]
    private static partial Regex PhoneSpread();
}
