using EnforcementPortal.Domain.Calendar;
using static EnforcementPortal.UnitTests.Calendar.OfficialCalendar;

namespace EnforcementPortal.UnitTests.Calendar;

/// <summary>A count that passes through a year without official data is flagged, so the UI can warn "该年度节假日安排尚未录入".</summary>
public class CalendarProvisionalDeadlines
{
    [Fact]
    public void CoversTheYearsOfTheShippedData()
    {
        OfficialCalendar.Instance.CoveredYears.ShouldBe([2025, 2026]);
        OfficialCalendar.Instance.IsCovered(D("2026-12-31")).ShouldBeTrue();
        OfficialCalendar.Instance.IsCovered(D("2027-01-01")).ShouldBeFalse();
        OfficialCalendar.Instance.IsCovered(2024).ShouldBeFalse();
    }

    [Fact]
    public void AStoredDeadlineInAYearWithoutDataIsProvisional()
    {
        OfficialCalendar.Instance.IsProvisional(D("2026-12-31")).ShouldBeFalse();
        OfficialCalendar.Instance.IsProvisional(D("2027-03-15")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2026-10-31", null)]
    [InlineData("2026-11-01", 2027)]
    [InlineData("2026-12-31", 2027)]
    [InlineData("2025-11-01", null)]
    public void RemindsToLoadNextYearFromTheFirstOfNovember(string today, int? expected)
    {
        OfficialCalendar.Instance.YearToLoad(D(today)).ShouldBe(expected);
    }

    [Fact]
    public void FlagsAWorkingDayCountThatCrossesIntoAYearWithoutData()
    {
        // Thu 2026-12-24 → Fri 12-25 (1), Mon 12-28..Thu 12-31 (2..5); 2027 has no data, so Fri 2027-01-01 counts
        // as an ordinary weekday (6) although it will surely be New Year's Day; Mon 01-04..Thu 01-07 (7..10).
        var deadline = OfficialCalendar.Instance.AddWorkingDays(D("2026-12-24"), 10);

        deadline.Date.ShouldBe(D("2027-01-07"));
        deadline.IsProvisional.ShouldBeTrue();
        deadline.UncoveredYear.ShouldBe(2027);
    }

    [Fact]
    public void DoesNotFlagACountThatStaysInCoveredYears()
    {
        // Tue 2026-12-01 → Wed 12-02..Fri 12-04 (1..3), Mon 12-07 (4), Tue 12-08 (5).
        var deadline = OfficialCalendar.Instance.AddWorkingDays(D("2026-12-01"), 5);

        deadline.ShouldBe(new Deadline(D("2026-12-08")));
        deadline.IsProvisional.ShouldBeFalse();
    }

    [Fact]
    public void FlagsACalendarPeriodEndingInAYearWithoutData()
    {
        // 2026-12-20 + 15 = Mon 2027-01-04: a weekday, but whether it is off in 2027 is not known yet.
        var deadline = OfficialCalendar.Instance.EndOfCalendarPeriod(D("2026-12-20"), 15);

        deadline.Date.ShouldBe(D("2027-01-04"));
        deadline.UncoveredYear.ShouldBe(2027);
    }

    [Fact]
    public void IgnoresAYearWithoutDataThatACalendarPeriodOnlyPassesThrough()
    {
        // Calendar days count alike in any year; only the last day (and the days it rolls over) depends on the
        // arrangement. 2025-12-01 + 400 = Tue 2027-01-05, with 2026 not covered in between.
        var calendar = new WorkingDayCalendar([CalendarDay.Holiday(D("2025-01-01"))], coveredYears: [2025, 2027]);

        calendar.EndOfCalendarPeriod(D("2025-12-01"), 400).ShouldBe(new Deadline(D("2027-01-05")));
    }

    [Fact]
    public void AnEmptyCalendarTreatsOnlyWeekendsAsRestAndFlagsEverything()
    {
        var deadline = WorkingDayCalendar.Empty.AddWorkingDays(D("2025-09-26"), 10);

        deadline.Date.ShouldBe(D("2025-10-10"));
        deadline.UncoveredYear.ShouldBe(2025);
    }

    [Fact]
    public void ExplicitCoverageOverridesTheYearsSeenInTheData()
    {
        // The administrator has entered only 元旦 2027 so far; the year is not published as complete.
        var calendar = new WorkingDayCalendar(
            [CalendarDay.Holiday(D("2027-01-01"), "元旦")],
            coveredYears: []);

        calendar.IsCovered(2027).ShouldBeFalse();
        calendar.AddWorkingDays(D("2026-12-31"), 1).ShouldBe(new Deadline(D("2027-01-04"), 2027));
    }
}
