using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Documents;
using EnforcementPortal.Domain.Parties;
using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.UnitTests.Documents.Composition;

namespace EnforcementPortal.UnitTests.Supervision;

/// <summary>督办函 records and their PDF.</summary>
public class SupervisionLetterRules
{
    private static readonly Actor Leader = new(Guid.NewGuid(), "马局长");
    private static readonly DateTime At = new(2026, 3, 2, 10, 0, 0);

    private static ResponsibleParty Party(PartyKind kind)
    {
        const string first17 = "91654002MA79XK3L2";
        return new ResponsibleParty(Guid.NewGuid(), "伊宁市天山置业有限公司", UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17)), kind, "陈志强", null, null, null);
    }

    [Fact]
    public void AConstructionProcedureLetterGoesOnlyToAConstructionOwner()
    {
        Should.Throw<DomainException>(() => SupervisionLetter.ForConstructionProcedure(Guid.NewGuid(), Guid.NewGuid(), DepartmentCode.ConstructionManagement, Party(PartyKind.Contractor), "未办理施工许可", "立即办理", new DateOnly(2026, 3, 16), Leader, At))
            .Message.ShouldContain("建设单位");
    }

    [Fact]
    public void AConstructionProcedureLetterIsIssuedOnlyByConstructionManagement()
    {
        Should.Throw<DomainException>(() => SupervisionLetter.ForConstructionProcedure(Guid.NewGuid(), Guid.NewGuid(), DepartmentCode.Safety, Party(PartyKind.ConstructionOwner), "未办理施工许可", "立即办理", new DateOnly(2026, 3, 16), Leader, At))
            .Message.ShouldContain("建管科");
    }

    [Fact]
    public void ALetterNeedsItsRequirementAndAReplyDayAfterToday()
    {
        var item = new SupervisionItem(SupervisionItemKind.Archive, "归档期限（60日）", DepartmentCode.Housing, Guid.NewGuid(), null, "房产科 2026 年第 0001 号", "某公司", new DateOnly(2026, 2, 20), DeadlineUrgency.Overdue);

        Should.Throw<DomainException>(() => SupervisionLetter.ForOverdueItem(Guid.NewGuid(), item, " ", new DateOnly(2026, 3, 5), Leader, At)).Message.ShouldBe("请填写督办要求。");
        Should.Throw<DomainException>(() => SupervisionLetter.ForOverdueItem(Guid.NewGuid(), item, "尽快归档", new DateOnly(2026, 3, 2), Leader, At)).Message.ShouldBe("书面回复期限须晚于今天。");
        var letter = SupervisionLetter.ForOverdueItem(Guid.NewGuid(), item, "尽快归档", new DateOnly(2026, 3, 5), Leader, At);
        letter.Matter.ShouldContain("已逾期");
        letter.Addressee.ShouldBe(DepartmentPolicy.For(DepartmentCode.Housing).UnitName);
    }

    [Fact]
    public void TheLetterIsComposedWithItsNumberAndPrintedAsAPdf()
    {
        var source = CompositionFixtures.Source(CompositionFixtures.Noticed(DepartmentCode.Housing));
        var item = new SupervisionItem(SupervisionItemKind.Rectification, "整改期限", DepartmentCode.Housing, source.Case.Id, null, source.Case.Number, source.Party.Name, new DateOnly(2026, 2, 20), DeadlineUrgency.Overdue);
        var letter = SupervisionLetter.ForOverdueItem(Guid.NewGuid(), item, "督促责任单位限期整改并复查", new DateOnly(2026, 3, 5), Leader, At);
        var number = new DocumentNumber(DepartmentCode.Housing, DocumentNumberKind.Supervision, 2026, 3);
        var issue = CompositionFixtures.Issue with { Number = number };

        var definition = CaseDocumentComposer.Compose(source with { SupervisionLetters = [letter] }, new DocumentRequest(EnforcementDocumentKind.SupervisionLetter, letter.Id), issue);
        var text = CompositionFixtures.Text(CompositionFixtures.Renderer.RenderPdf(definition));

        definition.Title.ShouldBe("督办函");
        number.ToString().ShouldBe("伊建房督〔2026〕3号");
        DocumentNumber.TryParse(number.ToString()).ShouldBe(number);
        text.ShouldContain("督办函");
        text.ShouldContain("督促责任单位限期整改并复查");
    }
}

/// <summary>The 督办函 count is computed: it cannot be typed as a supplementary figure any more.</summary>
public class ConstructionLetterStatistics
{
    [Fact]
    public void TheLetterCountCannotBeEnteredAsASupplementaryFigure()
    {
        Should.Throw<DomainException>(() => Domain.Statistics.SupplementaryIndicator.Enter(DepartmentCode.ConstructionManagement, 2025, Domain.Statistics.IndicatorGroup.Rectification, Domain.Statistics.AnnualIndicators.ConstructionProcedureLettersName, 70, "份", null, 1, new Actor(Guid.NewGuid(), "刘志强"), new DateTime(2026, 1, 8)))
            .Message.ShouldContain("不能填报");
    }

    [Fact]
    public void OnlyConstructionManagementHasTheLetterIndicator()
    {
        Domain.Statistics.AnnualIndicators.For(DepartmentCode.ConstructionManagement).ShouldContain(d => d.Code == Domain.Statistics.IndicatorCode.ConstructionProcedureLetters);
        Domain.Statistics.AnnualIndicators.For(DepartmentCode.Housing).ShouldNotContain(d => d.Code == Domain.Statistics.IndicatorCode.ConstructionProcedureLetters);
    }
}
