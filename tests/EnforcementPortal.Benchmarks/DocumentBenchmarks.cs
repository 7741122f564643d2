using BenchmarkDotNet.Attributes;
using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Documents.Layout;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.Staff;
using EnforcementPortal.Infrastructure.Calendar;
using EnforcementPortal.Infrastructure.Documents.Pdf;

namespace EnforcementPortal.Benchmarks;

/// <summary>
/// Documents per second: composing a notice (the baseline: no drawing), rendering it to PDF, and rendering the
/// archive file (案卷) of a case with 30 documents. Results go to docs/benchmarks.md.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private readonly SkiaPdfRenderer _renderer = new();
    private CaseDocumentSource _source = null!;
    private RectificationNotice _notice = null!;
    private IReadOnlyList<DocumentDefinition> _archive = [];

    [GlobalSetup]
    public void Setup()
    {
        var calendar = new WorkingDayCalendar(HolidayCalendarJsonReader.ReadEmbeddedSeed());
        var officers = new List<OfficerOnDuty>
        {
            new(Guid.NewGuid(), "古丽米拉·阿不都", "65400220244002", new DateOnly(2024, 3, 1), new DateOnly(2029, 2, 28)),
            new(Guid.NewGuid(), "吴斌", "65400220244003", new DateOnly(2024, 3, 1), new DateOnly(2029, 2, 28)),
        };
        var actor = new Actor(officers[0].UserId, officers[0].Name);
        const string first17 = "91654002MA79XK3L2";
        var party = new ResponsibleParty(Guid.NewGuid(), "伊犁华宇建设工程有限公司", UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17)), PartyKind.Contractor, "孟凡东", "孟凡东", "13909998765", "伊宁市经济合作区福州路18号");
        var opening = new CaseOpening(DepartmentCode.Safety, Trigger.RoutinePatrol, party.Id, "城北安置小区3#楼", "伊宁市天津路北延段", new DateTime(2026, 3, 2, 9, 0, 0),
            "执法人员出示执法证件，对施工现场进行安全检查，查阅安全管理资料，发现以下安全隐患并拍照取证。", officers,
            [new FindingDraft("外脚手架连墙件设置数量不足", FindingSeverity.General, "北立面"), new FindingDraft("二层楼面临边防护缺失", FindingSeverity.General, "2层"), new FindingDraft("施工电梯防护门联锁失效", FindingSeverity.General, "1号施工电梯")],
            null);
        var enforcementCase = EnforcementCase.Open(Guid.NewGuid(), new CaseNumber(DepartmentCode.Safety, 2026, 4), opening, actor, new DateTime(2026, 3, 2, 10, 0, 0), calendar);
        _notice = enforcementCase.IssueNotice(new NoticeDraft("伊建安整〔2026〕5号", new DateOnly(2026, 3, 2), "1. 立即整改全部隐患。\n2. 整改完成后提交《整改回执》及佐证材料。", [1, 2, 3], 15, ServiceMethod.InPerson, new DateOnly(2026, 3, 2), "孟凡东", officers), actor, new DateTime(2026, 3, 2, 16, 0, 0), calendar);
        _source = new CaseDocumentSource(enforcementCase, party, new DocumentContact("0999-8337108", "伊宁市住建局（伊犁河路9号）2楼219办公室"), []);
        var documents = Enumerable.Range(1, 30)
            .Select(i => CaseDocumentComposer.RectificationNotice(_source, _notice, Issue($"BENC-{i:0000}")))
            .ToList();
        _archive = CaseDocumentComposer.ArchiveVolume(_source, documents, [], Issue("ARCH-0001"));
    }

    [Benchmark(Baseline = true, Description = "Compose notice (no drawing)")]
    public DocumentDefinition ComposeNotice() => CaseDocumentComposer.RectificationNotice(_source, _notice, Issue("BENC-0000"));

    [Benchmark(Description = "Render notice PDF")]
    public byte[] RenderNotice() => _renderer.RenderPdf(ComposeNotice());

    [Benchmark(Description = "Render 案卷 of 30 documents")]
    public byte[] RenderArchive() => _renderer.RenderPdf(_archive);

    private static DocumentIssue Issue(string code) => new(code, $"https://zjj.yining.gov.cn/verify/{code}", new DateOnly(2026, 3, 2));
}
