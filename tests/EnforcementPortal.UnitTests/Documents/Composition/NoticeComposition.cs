using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using static EnforcementPortal.UnitTests.Documents.Composition.CompositionFixtures;

namespace EnforcementPortal.UnitTests.Documents.Composition;

/// <summary>The 整改通知书 of each department, read back from the PDF.</summary>
public sealed class NoticeComposition
{
    public static TheoryData<DepartmentCode> AllDepartments => [.. Departments];

    [Theory]
    [MemberData(nameof(AllDepartments))]
    public void CarriesTheDepartmentsTitleNumberPartyAndDeadline(DepartmentCode department)
    {
        var c = Noticed(department);
        var notice = c.Notices[0];
        var source = Source(c);

        var text = Text(Renderer.RenderPdf(CaseDocumentComposer.RectificationNotice(source, notice, Issue)));

        text.ShouldContain(DepartmentPolicy.For(department).NoticeTitle);
        text.ShouldContain(Squeeze(notice.DocumentNumber));
        text.ShouldContain(source.Party.Name + "：");
        text.ShouldContain($"请于{notice.Deadline.Year}年{notice.Deadline.Month}月{notice.Deadline.Day}日前整改完毕");
        text.ShouldContain(Squeeze(c.Findings[0].Description));
    }

    [Theory]
    [MemberData(nameof(AllDepartments))]
    public void CitesTheLegalBasisAndTellsHowToReply(DepartmentCode department)
    {
        var c = Noticed(department);
        var text = Text(Renderer.RenderPdf(CaseDocumentComposer.RectificationNotice(Source(c), c.Notices[0], Issue)));

        text.ShouldContain("法律依据");
        text.ShouldContain(Squeeze(CaseDocumentComposer.LegalBasisOf(department)));
        text.ShouldContain(Squeeze(DepartmentPolicy.For(department).ReplyTitle));
    }

    [Theory]
    [MemberData(nameof(AllDepartments))]
    public void PrintsTheRightsOfRedressAndTheDepartmentsContact(DepartmentCode department)
    {
        var c = Noticed(department);
        var contact = ContactOf(department);
        var text = Text(Renderer.RenderPdf(CaseDocumentComposer.RectificationNotice(Source(c), c.Notices[0], Issue)));

        text.ShouldContain("对执法流程有异议的，可在收到文书后向伊宁市住建局申请复核，或依法申请行政复议、提起行政诉讼。");
        text.ShouldContain(contact.Phone);
        text.ShouldContain(Squeeze(contact.Office));
    }

    [Fact]
    public void EndsWithTheBureauTheDateAndTheVerificationCode()
    {
        var c = Noticed(DepartmentCode.Safety);
        var notice = c.Notices[0];
        var text = Text(Renderer.RenderPdf(CaseDocumentComposer.RectificationNotice(Source(c), notice, Issue)));

        text.ShouldContain("伊宁市住房和城乡建设局");
        text.ShouldContain($"{notice.IssuedOn.Year}年{notice.IssuedOn.Month}月{notice.IssuedOn.Day}日");
        text.ShouldContain(Code);
    }

    [Theory]
    [InlineData(EnforcementDocumentKind.InspectionNotice)]
    [InlineData(EnforcementDocumentKind.InterviewNotice)]
    public void EveryNoticeGivenToThePartyCarriesTheRightsOfRedress(EnforcementDocumentKind kind)
    {
        var c = Transferred(DepartmentCode.Housing);
        var subject = kind == EnforcementDocumentKind.InterviewNotice ? c.Interviews[0].Id : (Guid?)null;

        var text = Text(Renderer.RenderPdf(CaseDocumentComposer.Compose(Source(c), new DocumentRequest(kind, subject), Issue)));

        text.ShouldContain(Squeeze(CaseDocumentComposer.RightsOfRedress));
        text.ShouldContain("0999-8337018");
    }
}
