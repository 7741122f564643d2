using EnforcementPortal.Domain.Cases;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>
/// The one deadline that runs in each state, counted on the official calendar: the rectification term in calendar
/// days, 10 working days to transfer, 5 working days for the filing feedback, 60 days to archive.
/// </summary>
public class CaseDeadlines
{
    [Fact]
    public void TheRectificationTermIsCountedInCalendarDaysAndRolledPastNationalDay()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).InspectedAt(new DateTime(2025, 9, 16, 9, 0, 0)).Open();

        // Served 16 September 2025 with 15 days: the 15th day is 1 October (国庆节); 1-8 October are off.
        scenario.At(new DateTime(2025, 9, 16, 16, 0, 0)).IssueNotice(deadlineDays: 15);

        scenario.Case.OpenDeadlineKind.ShouldBe(DeadlineKind.Rectification);
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2025, 10, 9));
    }

    [Fact]
    public void TheTransferTermIsTenWorkingDaysFromTheDetermination()
    {
        // 建管科 determines a serious finding on Friday 26 September 2025. The working days are Sunday 28
        // (调休上班), 29, 30 September, then 9, 10, Saturday 11 (调休上班), 13, 14, 15 and 16 October.
        var scenario = CaseBuilder.For(ConstructionManagement).WithSeriousFindings(1).InspectedAt(new DateTime(2025, 9, 26, 9, 0, 0)).Open();
        scenario.Today.ShouldBe(new DateOnly(2025, 9, 28));

        scenario.IssueNotice().InterviewCooperative();

        scenario.Case.State.ShouldBe(CaseState.AwaitingTransfer);
        scenario.Case.TransferDeterminedOn.ShouldBe(new DateOnly(2025, 9, 26));
        scenario.Case.OpenDeadlineKind.ShouldBe(DeadlineKind.Transfer);
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2025, 10, 16));
    }

    [Fact]
    public void AfterARefusalTheTransferTermRunsFromTheInterview()
    {
        var scenario = CaseBuilder.For(Safety).WithSeriousFindings(1).InspectedAt(new DateTime(2025, 9, 22, 9, 0, 0)).Open().IssueNotice();

        scenario.At(new DateTime(2025, 9, 26, 10, 0, 0)).InterviewRefused();

        scenario.Case.TransferDeterminedOn.ShouldBe(new DateOnly(2025, 9, 26));
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2025, 10, 16));
    }

    [Fact]
    public void TheFilingFeedbackIsDueFiveWorkingDaysAfterTheTransfer()
    {
        // Handed over Tuesday 30 September 2025: 9, 10, Saturday 11 (调休上班), 13 and 14 October.
        var scenario = CaseBuilder.For(CivilAirDefense).WithSeriousFindings(1).InspectedAt(new DateTime(2025, 9, 26, 9, 0, 0)).Open()
            .IssueNotice().InterviewRefused().RequestTransfer();

        scenario.At(new DateTime(2025, 9, 30, 16, 0, 0)).ApproveTransfer();

        scenario.Case.CurrentTransfer!.TransferredOn.ShouldBe(new DateOnly(2025, 9, 30));
        scenario.Case.OpenDeadlineKind.ShouldBe(DeadlineKind.FilingFeedback);
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2025, 10, 14));
    }

    [Fact]
    public void TheArchiveIsDueSixtyDaysAfterTheConclusionRolledToAWorkingDay()
    {
        // Concluded Monday 4 August 2025: the 60th day is 3 October, inside the National Day holiday.
        var scenario = CaseBuilder.For(Quality).WithGeneralFindings(2).InspectedAt(new DateTime(2025, 7, 21, 9, 0, 0)).Open().IssueNotice().Reply();

        scenario.At(new DateTime(2025, 8, 4, 10, 0, 0)).ReviewPassed();

        scenario.Case.ConcludedOn.ShouldBe(new DateOnly(2025, 8, 4));
        scenario.Case.OpenDeadlineKind.ShouldBe(DeadlineKind.Archive);
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2025, 10, 9));
    }

    [Fact]
    public void TheOpenDeadlineFollowsTheState()
    {
        // 房产科, on the scenario's clock (one step per working day from Tuesday 3 March 2026).
        (string Step, CaseState State, DeadlineKind? Kind, DateOnly? Due)[] expected =
        [
            ("（判定）", CaseState.AwaitingNotice, null, null),
            ("下发整改通知书", CaseState.Rectifying, DeadlineKind.Rectification, new(2026, 3, 18)), // served 3 March, 15 days
            ("整改回复", CaseState.AwaitingReview, null, null),
            ("复查：整改未到位", CaseState.AwaitingInterview, null, null),
            ("约谈：配合整改", CaseState.Rectifying, DeadlineKind.Rectification, new(2026, 3, 16)), // interview 6 March, 10 days
            ("逾期未回复", CaseState.AwaitingReview, null, null), // recorded 17 March
            ("复查：不配合", CaseState.AwaitingInterview, null, null),
            ("约谈：仍不配合", CaseState.AwaitingTransfer, DeadlineKind.Transfer, new(2026, 4, 2)), // refused 19 March, 10 working days
            ("提请移交", CaseState.TransferPendingApproval, DeadlineKind.Transfer, new(2026, 4, 2)),
            ("退回移交", CaseState.AwaitingTransfer, DeadlineKind.Transfer, new(2026, 4, 2)),
            ("提请移交", CaseState.TransferPendingApproval, DeadlineKind.Transfer, new(2026, 4, 2)),
            ("批准移交", CaseState.Transferred, DeadlineKind.FilingFeedback, new(2026, 4, 1)), // handed over 25 March, 5 working days
            ("立案", CaseState.AwaitingDisposal, null, null),
            ("处置结果", CaseState.Concluded, DeadlineKind.Archive, new(2026, 5, 26)), // concluded 27 March, 60 days
            ("归档", CaseState.Archived, null, null),
        ];
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(2).Open();
        var seen = new List<(string, CaseState, DeadlineKind?, DateOnly?)>
        {
            ("（判定）", scenario.Case.State, scenario.Case.OpenDeadlineKind, scenario.Case.OpenDeadline),
        };

        foreach (var step in expected.Skip(1).Select(row => row.Step))
        {
            scenario.Follow(step);
            seen.Add((step, scenario.Case.State, scenario.Case.OpenDeadlineKind, scenario.Case.OpenDeadline));
        }

        seen.ShouldBe(expected.Select(row => (row.Step, row.State, row.Kind, row.Due)));
    }

    [Fact]
    public void ACaseIsOverdueFromTheDayAfterItsDeadline()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).Open().IssueNotice();
        scenario.Case.OpenDeadline.ShouldBe(new DateOnly(2026, 3, 18));

        scenario.Case.IsOverdue(new DateOnly(2026, 3, 17)).ShouldBeFalse();
        scenario.Case.IsOverdue(new DateOnly(2026, 3, 18)).ShouldBeFalse();
        scenario.Case.IsOverdue(new DateOnly(2026, 3, 19)).ShouldBeTrue();
    }

    [Fact]
    public void ACaseWithoutARunningDeadlineIsNeverOverdue()
    {
        var scenario = CaseBuilder.For(Housing).WithGeneralFindings(1).Open().IssueNotice().Reply();

        scenario.Case.OpenDeadline.ShouldBeNull();
        scenario.Case.IsOverdue(new DateOnly(2027, 1, 1)).ShouldBeFalse();
    }
}
