using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using static EnforcementPortal.UnitTests.Documents.Composition.CompositionFixtures;

namespace EnforcementPortal.UnitTests.Documents.Composition;

/// <summary>现场检查笔录, 送达回证, 约谈笔录 and 移交单, read back from the PDF.</summary>
public sealed class RecordAndTransferComposition
{
    [Fact]
    public void InspectionRecordNamesTheOfficersWithTheirCertificatesAndThePartyAndHasSignatureLines()
    {
        var c = Noticed(DepartmentCode.Quality);
        var inspection = c.Inspections[0];

        var text = Text(Renderer.RenderPdf(CaseDocumentComposer.InspectionRecord(Source(c), Issue)));

        text.ShouldContain("现场检查笔录");
        foreach (var officer in inspection.Officers)
        {
            text.ShouldContain($"{officer.Name}（执法证号：{officer.CertificateNumber}）");
        }

        text.ShouldContain(Source(c).Party.Name);
        text.ShouldContain($"{inspection.StartedAt.Year}年{inspection.StartedAt.Month}月{inspection.StartedAt.Day}日");
        text.ShouldContain(Squeeze(c.Findings[1].Description));
        text.ShouldContain("当事人（负责人）（签名）");
        text.ShouldContain("执法人员（签名）");
    }

    [Fact]
    public void ServiceReceiptNamesTheNoticeTheRecipientAndTheServiceDate()
    {
        var c = Noticed(DepartmentCode.Housing);
        var notice = c.Notices[0];

        var text = Text(Renderer.RenderPdf(CaseDocumentComposer.ServiceReceipt(Source(c), notice, Issue)));

        text.ShouldContain("送达回证");
        text.ShouldContain($"《房地产市场违规整改通知书》{Squeeze(notice.DocumentNumber)}");
        text.ShouldContain("直接送达");
        text.ShouldContain($"{notice.ServedOn.Year}年{notice.ServedOn.Month}月{notice.ServedOn.Day}日");
    }

    [Fact]
    public void TransferFormCitesThePenaltyMattersWithTheirLegalBasisAndTheApprovingChief()
    {
        var c = Transferred(DepartmentCode.ConstructionManagement);
        var transfer = c.Transfers[0];

        var text = Text(Renderer.RenderPdf(CaseDocumentComposer.TransferForm(Source(c, Matters), transfer, Issue)));

        text.ShouldContain("行政执法案件移交单");
        text.ShouldContain("伊宁市城市管理局");
        text.ShouldContain(Squeeze(Matters[0].Name));
        text.ShouldContain(Squeeze(Matters[0].LegalBasis));
        text.ShouldContain(Squeeze(Matters[1].LegalBasis));
        text.ShouldContain(transfer.DecidedByName!);
        var approved = transfer.DecidedAt!.Value;
        text.ShouldContain($"{approved.Year}年{approved.Month}月{approved.Day}日");
        text.ShouldContain(Squeeze(transfer.Facts)[..20]);
    }

    [Fact]
    public void RefusesATransferFormBeforeApproval()
    {
        var scenario = Cases.Builders.CaseBuilder.For(DepartmentCode.Housing).WithSeriousFindings(1).Open();
        var c = scenario.IssueNotice().InterviewRefused().RequestTransfer().Case;

        Should.Throw<DomainException>(() => CaseDocumentComposer.TransferForm(Source(c, Matters), c.Transfers[0], Issue));
    }

    [Fact]
    public void InterviewRecordCarriesTheAttendeesContentAndOutcome()
    {
        var c = Transferred(DepartmentCode.Safety);
        var interview = c.Interviews[0];

        var text = Text(Renderer.RenderPdf(CaseDocumentComposer.InterviewRecord(Source(c), interview, Issue)));

        text.ShouldContain("约谈笔录");
        text.ShouldContain(Squeeze(interview.PartyAttendees));
        text.ShouldContain("拒不配合");
        text.ShouldContain("被约谈人（签名）");
    }

    [Fact]
    public void ListsTheDocumentsByWhatHappened()
    {
        var noticed = CaseDocumentComposer.Available(Noticed(DepartmentCode.Quality)).Select(a => a.Kind).ToList();
        var transferred = CaseDocumentComposer.Available(Transferred(DepartmentCode.Quality)).Select(a => a.Kind).ToList();

        noticed.ShouldBe([EnforcementDocumentKind.InspectionNotice, EnforcementDocumentKind.InspectionRecord, EnforcementDocumentKind.RectificationNotice, EnforcementDocumentKind.ServiceReceipt, EnforcementDocumentKind.ArchiveVolume]);
        transferred.ShouldContain(EnforcementDocumentKind.InterviewNotice);
        transferred.ShouldContain(EnforcementDocumentKind.InterviewRecord);
        transferred.ShouldContain(EnforcementDocumentKind.TransferForm);
    }

    [Fact]
    public void VerificationCodesAvoidLookAlikesAndNormalizeWhatIsTyped()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => VerificationCodes.NewCode()).ToList();

        codes.ShouldAllBe(code => code.Length == 9 && code[4] == '-' && !code.Any(ch => "01OI".Contains(ch)));
        codes.Distinct().Count().ShouldBe(codes.Count);
        VerificationCodes.Normalize(" k7qm3xtp ").ShouldBe("K7QM-3XTP");
        VerificationCodes.Normalize("K7QM-3XT0").ShouldBeNull();
    }
}
