using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Infrastructure.Documents.Pdf;
using EnforcementPortal.UnitTests.Cases.Builders;

namespace EnforcementPortal.UnitTests.Documents.Composition;

/// <summary>Cases of each department at the point where a given document exists, and the inputs the composer needs.</summary>
internal static class CompositionFixtures
{
    public const string Code = "K7QM-3XTP";

    public static readonly SkiaPdfRenderer Renderer = new();

    public static readonly DocumentIssue Issue = new(Code, "https://zjj.yining.gov.cn/verify/K7QM-3XTP", new DateOnly(2026, 3, 2));

    public static readonly IReadOnlyList<CitedPenaltyMatter> Matters =
    [
        new("对建设单位未取得施工许可证擅自施工的处罚", "《中华人民共和国建筑法》第六十四条；《建设工程质量管理条例》第五十七条"),
        new("对施工单位未采取安全防护措施的处罚", "《建设工程安全生产管理条例》第六十二条"),
    ];

    public static IEnumerable<DepartmentCode> Departments => Enum.GetValues<DepartmentCode>();

    /// <summary>The department's published contact (domain.md's table).</summary>
    public static DocumentContact ContactOf(DepartmentCode department) => department switch
    {
        DepartmentCode.Housing => new("0999-8337018", "伊宁市住建局（伊犁河路9号）2楼207办公室"),
        DepartmentCode.ConstructionManagement or DepartmentCode.CivilAirDefense => new("0999-8332533", "伊宁市住建局（伊犁河路9号）4楼420办公室"),
        DepartmentCode.Safety => new("0999-8337108", "伊宁市住建局（伊犁河路9号）2楼219办公室"),
        _ => new("0999-8337086", "伊宁市住建局（伊犁河路9号）2楼219办公室"),
    };

    public static ResponsibleParty PartyOf(DepartmentCode department)
    {
        const string first17 = "91654002MA79XK3L2";
        var code = UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17));
        return new ResponsibleParty(Guid.NewGuid(), SampleSite.Of(department).Recipient, code, PartyKind.Contractor, "陈志强", "李娜", "13899990000", "伊宁市经济合作区天山路8号");
    }

    /// <summary>A case with a notice served.</summary>
    public static EnforcementCase Noticed(DepartmentCode department) =>
        CaseBuilder.For(department).WithGeneralFindings(2).Open().IssueNotice().Case;

    /// <summary>A case that went through notice, failed review, interview, and an approved transfer.</summary>
    public static EnforcementCase Transferred(DepartmentCode department)
    {
        var scenario = CaseBuilder.For(department).WithGeneralFindings(2).Open().IssueNotice().Reply().ReviewFailed();
        if (DepartmentPolicy.For(department).FailedReviewInterviewIssuesNewNotice)
        {
            scenario.IssueNotice();
        }

        return scenario.InterviewRefused().RequestTransfer().LegalReviewAgreed().ApproveTransfer().Case;
    }

    public static CaseDocumentSource Source(EnforcementCase enforcementCase, IReadOnlyList<CitedPenaltyMatter>? matters = null) =>
        new(enforcementCase, PartyOf(enforcementCase.Department), ContactOf(enforcementCase.Department), matters ?? []);

    /// <summary>All pages' text, without whitespace.</summary>
    public static string Text(byte[] pdf) => string.Concat(PdfInspection.PageTexts(pdf));

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
