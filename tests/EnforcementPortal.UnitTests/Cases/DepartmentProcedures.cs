using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Cases.CaseState;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>
/// The five departments' procedures of 《伊宁市住建局 执法流程与办事指南》, row by row: a department, the steps its officers take in the
/// words of the seed, and where the case must end up. Each row opens a case with two certified officers on
/// 2 March 2026 and walks it with realistic data.
/// </summary>
public class DepartmentProcedures
{
    private const string Transfer = "提请移交 → 法制审核：同意 → 批准移交 → 立案 → 处置结果 → 归档";

    /// <summary>三、问题判定 1: 未发现问题 — 房产科/安监站/质监站 直接结束；建管科/人防 结束执法并归档.</summary>
    public static TheoryData<DepartmentCode, CaseState> NoViolation => new()
    {
        { Housing, Ended },
        { ConstructionManagement, Archived },
        { CivilAirDefense, Archived },
        { Safety, Ended },
        { Quality, Ended },
    };

    /// <summary>四、一般问题: 下发通知书 → 整改回复 → 复查 整改到位 → 归档结案.</summary>
    public static TheoryData<DepartmentCode, string, CaseState> GeneralFindingRectified => ForEveryDepartment(
        ("下发整改通知书 → 整改回复 → 复查：整改到位", Concluded),
        ("下发整改通知书 → 整改回复 → 复查：整改到位 → 归档", Archived),
        ("下发整改通知书", Rectifying),
        ("下发整改通知书 → 整改回复", AwaitingReview),
        ("下发整改通知书 → 逾期未回复", AwaitingReview));

    /// <summary>
    /// 四、复查 整改未到位/不配合 → 约谈 → 约谈后配合整改：重复“整改-复查”流程 (as often as needed).
    /// 安监站 serves a new notice with the interview; the others interview without one.
    /// </summary>
    public static TheoryData<DepartmentCode, string, CaseState> FailedReviewThenCooperation => new()
    {
        { Housing, "下发整改通知书 → 整改回复 → 复查：整改未到位 → 约谈：配合整改 → 整改回复 → 复查：整改到位 → 归档", Archived },
        { ConstructionManagement, "下发整改通知书 → 整改回复 → 复查：整改未到位 → 约谈：配合整改 → 整改回复 → 复查：整改到位 → 归档", Archived },
        { CivilAirDefense, "下发整改通知书 → 整改回复 → 复查：整改未到位 → 约谈：配合整改 → 整改回复 → 复查：整改到位 → 归档", Archived },
        { Safety, "下发整改通知书 → 整改回复 → 复查：整改未到位 → 同步下发整改通知书 → 约谈：配合整改 → 整改回复 → 复查：整改到位 → 归档", Archived },
        { Quality, "下发整改通知书 → 整改回复 → 复查：整改未到位 → 约谈：配合整改 → 整改回复 → 复查：整改到位 → 归档", Archived },

        // The loop repeats: partly rectified, interviewed, still not rectified, interviewed again, then rectified.
        { Housing, "下发整改通知书 → 整改回复 → 复查：部分到位 → 约谈：配合整改 → 整改回复 → 复查：整改未到位 → 约谈：配合整改 → 整改回复 → 复查：整改到位 → 归档", Archived },
        { ConstructionManagement, "下发整改通知书 → 逾期未回复 → 复查：不配合 → 约谈：配合整改 → 整改回复 → 复查：部分到位 → 约谈：配合整改 → 整改回复 → 复查：整改到位 → 归档", Archived },
        { CivilAirDefense, "下发整改通知书 → 整改回复 → 复查：部分到位 → 约谈：配合整改 → 逾期未回复 → 复查：整改未到位 → 约谈：配合整改 → 整改回复 → 复查：整改到位", Concluded },
        { Safety, "下发整改通知书 → 整改回复 → 复查：部分到位 → 同步下发整改通知书 → 约谈：配合整改 → 整改回复 → 复查：整改未到位 → 同步下发整改通知书 → 约谈：配合整改 → 整改回复 → 复查：整改到位 → 归档", Archived },
        { Quality, "下发整改通知书 → 整改回复 → 复查：整改未到位 → 约谈：配合整改 → 整改回复 → 复查：不配合 → 约谈：配合整改 → 整改回复 → 复查：整改到位 → 归档", Archived },

        // Between the steps.
        { Housing, "下发整改通知书 → 整改回复 → 复查：整改未到位", AwaitingInterview },
        { Safety, "下发整改通知书 → 整改回复 → 复查：整改未到位 → 同步下发整改通知书", AwaitingInterview },
        { Quality, "下发整改通知书 → 整改回复 → 复查：整改未到位 → 约谈：配合整改", Rectifying },
    };

    /// <summary>
    /// 四、约谈后仍不配合：移交城市管理局 → 六、闭环管理: 跟踪处置结果，全流程存档.
    /// </summary>
    public static TheoryData<DepartmentCode, string, CaseState> RefusalIsTransferred => new()
    {
        { Housing, "下发整改通知书 → 整改回复 → 复查：不配合 → 约谈：仍不配合 → " + Transfer, Archived },
        { ConstructionManagement, "下发整改通知书 → 整改回复 → 复查：整改未到位 → 约谈：仍不配合 → " + Transfer, Archived },
        { CivilAirDefense, "下发整改通知书 → 逾期未回复 → 复查：不配合 → 约谈：仍不配合 → " + Transfer, Archived },
        { Safety, "下发整改通知书 → 整改回复 → 复查：不配合 → 同步下发整改通知书 → 约谈：仍不配合 → " + Transfer, Archived },
        { Quality, "下发整改通知书 → 整改回复 → 复查：整改未到位 → 约谈：仍不配合 → " + Transfer, Archived },

        // Between the steps of the transfer, and a chief who sends the request back once.
        { Housing, "下发整改通知书 → 整改回复 → 复查：不配合 → 约谈：仍不配合", AwaitingTransfer },
        { Quality, "下发整改通知书 → 整改回复 → 复查：不配合 → 约谈：仍不配合 → 提请移交", TransferPendingApproval },
        { ConstructionManagement, "下发整改通知书 → 整改回复 → 复查：不配合 → 约谈：仍不配合 → 提请移交 → 退回移交", AwaitingTransfer },
        { CivilAirDefense, "下发整改通知书 → 整改回复 → 复查：不配合 → 约谈：仍不配合 → 提请移交 → 退回移交 → 提请移交 → 法制审核：同意 → 批准移交", Transferred },
        { Safety, "下发整改通知书 → 整改回复 → 复查：不配合 → 同步下发整改通知书 → 约谈：仍不配合 → 提请移交 → 法制审核：同意 → 批准移交 → 立案", AwaitingDisposal },
        { Housing, "下发整改通知书 → 整改回复 → 复查：不配合 → 约谈：仍不配合 → 提请移交 → 法制审核：同意 → 批准移交 → 立案 → 处置结果", Concluded },
    };

    /// <summary>
    /// 五、严重问题: 立即约谈负责人，同步下发整改通知书. 建管科/人防 then transfer directly, whatever the interview's
    /// outcome; 房产科/安监站/质监站 continue as "不配合整改": cooperate → rectify/review, refuse → transfer.
    /// </summary>
    public static TheoryData<DepartmentCode, string, CaseState> SeriousFinding => new()
    {
        { Housing, "同步下发整改通知书 → 约谈：配合整改", Rectifying },
        { Housing, "同步下发整改通知书 → 约谈：仍不配合", AwaitingTransfer },
        { ConstructionManagement, "同步下发整改通知书 → 约谈：配合整改", AwaitingTransfer },
        { ConstructionManagement, "同步下发整改通知书 → 约谈：仍不配合", AwaitingTransfer },
        { CivilAirDefense, "同步下发整改通知书 → 约谈：配合整改", AwaitingTransfer },
        { CivilAirDefense, "同步下发整改通知书 → 约谈：仍不配合", AwaitingTransfer },
        { Safety, "同步下发整改通知书 → 约谈：配合整改", Rectifying },
        { Safety, "同步下发整改通知书 → 约谈：仍不配合", AwaitingTransfer },
        { Quality, "同步下发整改通知书 → 约谈：配合整改", Rectifying },
        { Quality, "同步下发整改通知书 → 约谈：仍不配合", AwaitingTransfer },

        // To the end of each branch.
        { Housing, "同步下发整改通知书 → 约谈：配合整改 → 整改回复 → 复查：整改到位 → 归档", Archived },
        { Safety, "同步下发整改通知书 → 约谈：配合整改 → 整改回复 → 复查：整改未到位 → 同步下发整改通知书 → 约谈：配合整改 → 整改回复 → 复查：整改到位 → 归档", Archived },
        { Quality, "同步下发整改通知书 → 约谈：配合整改 → 整改回复 → 复查：整改未到位 → 约谈：仍不配合 → " + Transfer, Archived },
        { Housing, "同步下发整改通知书 → 约谈：仍不配合 → " + Transfer, Archived },
        { Safety, "同步下发整改通知书 → 约谈：仍不配合 → " + Transfer, Archived },
        { ConstructionManagement, "同步下发整改通知书 → 约谈：配合整改 → " + Transfer, Archived },
        { CivilAirDefense, "同步下发整改通知书 → 约谈：仍不配合 → " + Transfer, Archived },
        { Quality, "同步下发整改通知书", AwaitingInterview },
    };

    /// <summary>城市管理局不予立案: the transfer is concluded without a disposal, then archived.</summary>
    public static TheoryData<DepartmentCode, string, CaseState> FilingDeclined => new()
    {
        { Housing, "下发整改通知书 → 整改回复 → 复查：不配合 → 约谈：仍不配合 → 提请移交 → 法制审核：同意 → 批准移交 → 不予立案", Concluded },
        { ConstructionManagement, "同步下发整改通知书 → 约谈：配合整改 → 提请移交 → 法制审核：同意 → 批准移交 → 不予立案", Concluded },
        { CivilAirDefense, "同步下发整改通知书 → 约谈：仍不配合 → 提请移交 → 法制审核：同意 → 批准移交 → 不予立案 → 归档", Archived },
        { Safety, "同步下发整改通知书 → 约谈：仍不配合 → 提请移交 → 法制审核：同意 → 批准移交 → 不予立案", Concluded },
        { Quality, "下发整改通知书 → 逾期未回复 → 复查：不配合 → 约谈：仍不配合 → 提请移交 → 法制审核：同意 → 批准移交 → 不予立案 → 归档", Archived },
    };

    [Theory]
    [MemberData(nameof(NoViolation))]
    public void AnInspectionWithoutFindingsEndsTheCaseOrArchivesIt(DepartmentCode department, CaseState expected)
    {
        var enforcementCase = CaseBuilder.For(department).WithoutFindings().Build();

        enforcementCase.Determination.ShouldBe(Determination.NoViolation);
        enforcementCase.State.ShouldBe(expected);
        enforcementCase.IsClosed.ShouldBeTrue();
        enforcementCase.ConcludedOn.ShouldBe(DateOnly.FromDateTime(Bureau.Start));
        enforcementCase.ArchivedOn.ShouldBe(expected == Archived ? DateOnly.FromDateTime(Bureau.Start) : null);
        enforcementCase.OpenDeadline.ShouldBeNull();
        enforcementCase.AvailableActions(DateOnly.FromDateTime(Bureau.Start)).ShouldBeEmpty();
        enforcementCase.Events[^1].Summary.ShouldBe($"问题判定：{DepartmentPolicy.For(department).NoFindingLabel}。");
    }

    [Theory]
    [MemberData(nameof(GeneralFindingRectified))]
    public void AGeneralFindingIsNoticedRectifiedReviewedAndArchived(DepartmentCode department, string procedure, CaseState expected) =>
        Walk(department, procedure, expected);

    [Theory]
    [MemberData(nameof(FailedReviewThenCooperation))]
    public void AFailedReviewLeadsToAnInterviewAndTheRectifyReviewLoopAgain(DepartmentCode department, string procedure, CaseState expected) =>
        Walk(department, procedure, expected);

    [Theory]
    [MemberData(nameof(RefusalIsTransferred))]
    public void APartyThatStillRefusesAfterTheInterviewIsTransferredAndTrackedToItsDisposal(DepartmentCode department, string procedure, CaseState expected) =>
        Walk(department, procedure, expected);

    [Theory]
    [MemberData(nameof(SeriousFinding))]
    public void ASeriousFindingIsInterviewedWithANoticeAtOnceThenBranchesAsTheDepartmentSays(DepartmentCode department, string procedure, CaseState expected) =>
        Walk(department, procedure, expected);

    [Theory]
    [MemberData(nameof(FilingDeclined))]
    public void ATransferTheReceivingBureauDeclinesToFileIsConcluded(DepartmentCode department, string procedure, CaseState expected) =>
        Walk(department, procedure, expected);

    /// <summary>
    /// Opens the case the procedure starts from: a serious finding (with a general one beside it) when the first step
    /// is the notice served with the immediate interview, otherwise three general findings.
    /// </summary>
    private static void Walk(DepartmentCode department, string procedure, CaseState expected)
    {
        var serious = procedure.StartsWith("同步下发整改通知书", StringComparison.Ordinal);
        var scenario = serious
            ? CaseBuilder.For(department).WithSeriousFindings(1).WithGeneralFindings(1).Open()
            : CaseBuilder.For(department).WithGeneralFindings(3).Open();
        scenario.Case.Determination.ShouldBe(serious ? Determination.Serious : Determination.General);
        var steps = procedure.Split(ProcedureSteps.Separator).Length;

        scenario.Follow(procedure);

        var enforcementCase = scenario.Case;
        enforcementCase.State.ShouldBe(expected);

        // One timeline entry for the inspection, one for the determination, one per step; each transition starts
        // where the previous entry ended, and the hash chain holds.
        enforcementCase.Events.Count.ShouldBe(2 + steps);
        for (var i = 1; i < enforcementCase.Events.Count; i++)
        {
            enforcementCase.Events[i].FromState.ShouldBe(enforcementCase.Events[i - 1].ToState);
        }

        enforcementCase.Events[^1].ToState.ShouldBe(expected);
        enforcementCase.VerifyTimeline().IsIntact.ShouldBeTrue();
    }

    private static TheoryData<DepartmentCode, string, CaseState> ForEveryDepartment(params (string Procedure, CaseState Expected)[] rows)
    {
        var data = new TheoryData<DepartmentCode, string, CaseState>();
        foreach (var department in Enum.GetValues<DepartmentCode>())
        {
            foreach (var (procedure, expected) in rows)
            {
                data.Add(department, procedure, expected);
            }
        }

        return data;
    }
}
