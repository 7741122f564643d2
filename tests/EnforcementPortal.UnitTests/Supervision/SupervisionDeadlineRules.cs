using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Departments;
using EnforcementPortal.Domain.Supervision;
using EnforcementPortal.UnitTests.Calendar;
using static EnforcementPortal.UnitTests.Calendar.OfficialCalendar;

namespace EnforcementPortal.UnitTests.Supervision;

/// <summary>督办: red (overdue) and yellow (due within 3 working days) on the official 调休 calendar, and the derived due dates.</summary>
public class SupervisionDeadlineRules
{
    // Friday 2026-09-18: Sunday 09-20 is a make-up working day (调休上班) before National Day 2026, so the three
    // working days after it are Sun 09-20, Mon 09-21 and Tue 09-22. Without the make-up day they would end on Wed 09-23.
    private static readonly DeadlineWindow Window = DeadlineWindow.On(D("2026-09-18"), OfficialCalendar.Instance);

    [Theory]
    [InlineData("2026-09-17", DeadlineUrgency.Overdue)]
    [InlineData("2026-08-01", DeadlineUrgency.Overdue)]
    [InlineData("2026-09-18", DeadlineUrgency.DueSoon)]
    [InlineData("2026-09-22", DeadlineUrgency.DueSoon)]
    public void OverdueIsRedAndDueWithinThreeWorkingDaysIsYellow(string due, DeadlineUrgency expected)
    {
        var item = SupervisionDeadlines.Classify(SupervisionItemKind.Rectification, D(due), Window, DepartmentCode.Housing, Guid.NewGuid(), null, "房产科 2026 年第 0001 号", "伊宁市某房地产开发有限公司");

        item.ShouldNotBeNull();
        item.Urgency.ShouldBe(expected);
    }

    [Fact]
    public void TheMakeUpSundayCountsSoTheFourthCalendarDayOfTheWindowIsNotDueSoon()
    {
        Window.DueSoonBy.ShouldBe(D("2026-09-22"));

        SupervisionDeadlines.Classify(SupervisionItemKind.Rectification, D("2026-09-23"), Window, DepartmentCode.Housing, Guid.NewGuid(), null, "x", "y").ShouldBeNull();
    }

    [Fact]
    public void AReviewIsDueFiveWorkingDaysAfterTheReplyCountingTheMakeUpSunday() =>
        SupervisionDeadlines.ReviewDue(D("2026-09-18"), OfficialCalendar.Instance, SupervisionSettings.Default).ShouldBe(D("2026-09-24"));

    [Fact]
    public void TheFilingFeedbackIsChasedAfterTheSetWorkingDaysFromTheTransfer() =>
        // 15 working days from Monday 2026-03-02 (no holiday in between): three weeks later, Monday 03-23.
        SupervisionDeadlines.FilingFeedbackDue(D("2026-03-02"), OfficialCalendar.Instance, SupervisionSettings.Default).ShouldBe(D("2026-03-23"));

    [Fact]
    public void TheDisposalFeedbackIsDueNinetyDaysAfterFilingThenFiveWorkingDays()
    {
        // 2026-03-02 + 90 days = Sunday 2026-05-31 → Monday 06-01; five working days later: Monday 06-08.
        SupervisionDeadlines.DisposalFeedbackDue(D("2026-03-02"), OfficialCalendar.Instance).ShouldBe(D("2026-06-08"));
    }

    [Fact]
    public void TheListShowsTheMostOverdueFirstThenTheSoonestDue()
    {
        var items = new[] { "2026-09-22", "2026-09-10", "2026-09-18", "2026-09-15" }
            .Select(d => SupervisionDeadlines.Classify(SupervisionItemKind.Archive, D(d), Window, DepartmentCode.Safety, Guid.NewGuid(), null, d, "p")!)
            .ToList();

        SupervisionDeadlines.Order(items).Select(i => i.Reference).ShouldBe(["2026-09-10", "2026-09-15", "2026-09-18", "2026-09-22"]);
    }
}
