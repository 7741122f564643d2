using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Inspections;

namespace EnforcementPortal.UnitTests.Inspections;

/// <summary>检查清单: every item judged, failed items become findings, a review re-inspects only the failed items.</summary>
public class Checklists
{
    private static InspectionChecklist Safety() => InspectionChecklist.Publish(Guid.NewGuid(), DepartmentCode.Safety, 1, "安监站施工现场安全检查清单", new DateOnly(2026, 1, 1),
    [
        new ChecklistItem(1, "安全管理", "专职安全生产管理人员配备及考核", "《建设工程安全生产管理条例》第三十六条", FindingSeverity.General),
        new ChecklistItem(2, "脚手架", "脚手架搭设及验收", "《建筑施工安全检查标准》JGJ 59-2011", FindingSeverity.Serious),
        new ChecklistItem(3, "施工用电", "临时用电三级配电两级保护", "《建筑施工安全检查标准》JGJ 59-2011", FindingSeverity.Serious),
    ]);

    [Fact]
    public void FailedItemsBecomeFindingsWithTheCommentAndTheItemsSeverity()
    {
        var checklist = Safety();

        var findings = ChecklistOutcome.Findings(checklist,
        [
            new(1, ChecklistVerdict.Pass, null),
            new(2, ChecklistVerdict.Fail, "3#楼外架连墙件缺失"),
            new(3, ChecklistVerdict.NotApplicable, null),
        ]);

        findings.Count.ShouldBe(1);
        findings[0].Description.ShouldContain("脚手架搭设及验收：3#楼外架连墙件缺失");
        findings[0].Severity.ShouldBe(FindingSeverity.Serious);
        findings[0].ChecklistItemCode.ShouldBe("安监站-2", "without its own code an item is known by the department and its number");
    }

    [Fact]
    public void AFindingCarriesTheItemsOwnCodeForRepeatDetection()
    {
        var checklist = InspectionChecklist.Publish(Guid.NewGuid(), DepartmentCode.Quality, 2, "质监站工程质量检查清单", new DateOnly(2026, 1, 1),
        [
            new ChecklistItem(7, "施工用电", "配电箱漏电保护", "《建筑施工安全检查标准》JGJ 59-2011", FindingSeverity.Serious, "JGJ59-3.14"),
        ]);

        ChecklistOutcome.Findings(checklist, [new(7, ChecklistVerdict.Fail, "2#箱漏保失效")]).Single().ChecklistItemCode.ShouldBe("JGJ59-3.14");
    }

    [Fact]
    public void EveryItemMustBeJudgedAndAFailedItemNeedsAComment()
    {
        var checklist = Safety();

        Should.Throw<DomainException>(() => ChecklistOutcome.Findings(checklist, [new(1, ChecklistVerdict.Pass, null)]))
            .Message.ShouldBe("以下检查项尚未判定（合格/不合格/不适用）：第2、3项。");
        Should.Throw<DomainException>(() => ChecklistOutcome.Findings(checklist,
            [new(1, ChecklistVerdict.Fail, " "), new(2, ChecklistVerdict.Pass, null), new(3, ChecklistVerdict.Pass, null)]))
            .Message.ShouldContain("须填写问题说明");
        Should.Throw<DomainException>(() => ChecklistOutcome.Findings(checklist,
            [new(1, ChecklistVerdict.Pass, null), new(2, ChecklistVerdict.Pass, null), new(3, ChecklistVerdict.Pass, null), new(9, ChecklistVerdict.Pass, null)]));
    }

    [Fact]
    public void AReviewReInspectsOnlyTheFailedItems()
    {
        var checklist = Safety();

        var review = ChecklistOutcome.ItemsToReview(checklist,
        [
            new(1, ChecklistVerdict.Fail, "专职安全员未到岗"),
            new(2, ChecklistVerdict.Pass, null),
            new(3, ChecklistVerdict.Fail, "配电箱未设漏电保护"),
        ]);

        review.Select(i => i.Number).ShouldBe([1, 3]);
    }

    [Fact]
    public void AChecklistNeedsDistinctItemsEachWithALegalBasis()
    {
        Should.Throw<DomainException>(() => InspectionChecklist.Publish(Guid.NewGuid(), DepartmentCode.Quality, 1, "质监站清单", new DateOnly(2026, 1, 1),
            [new ChecklistItem(1, "质量行为", "检验制度", "", FindingSeverity.General)]));
        Should.Throw<DomainException>(() => InspectionChecklist.Publish(Guid.NewGuid(), DepartmentCode.Quality, 1, "质监站清单", new DateOnly(2026, 1, 1),
            [new ChecklistItem(1, "a", "b", "c", FindingSeverity.General), new ChecklistItem(1, "a", "d", "c", FindingSeverity.General)]));
    }
}
