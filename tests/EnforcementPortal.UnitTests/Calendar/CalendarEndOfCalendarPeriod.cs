using static EnforcementPortal.UnitTests.Calendar.OfficialCalendar;

namespace EnforcementPortal.UnitTests.Calendar;

/// <summary>
/// Periods in calendar days (a 15-day rectification term, 60 days to archive): start day not counted; a last day that
/// is a holiday or rest day moves to the next working day.
/// </summary>
public class CalendarEndOfCalendarPeriod
{
    public static TheoryData<string, int, string, string> Cases => new()
    {
        // 09-16 + 15 = Wed 10-01 国庆节; 10-01..10-08 off → Thu 10-09.
        { "2025-09-16", 15, "2025-10-09", "15 days ending on National Day 2025" },

        // 02-01 + 15 = Mon 02-16 春节; 02-15..02-23 off → Tue 02-24.
        { "2026-02-01", 15, "2026-02-24", "15 days ending in Spring Festival 2026" },

        // 03-07 + 15 = Sat 03-22, an ordinary weekend → Mon 03-24.
        { "2025-03-07", 15, "2025-03-24", "15 days ending on an ordinary Saturday" },

        // 09-26 + 15 = Sat 10-11, a make-up working day: the period ends that day.
        { "2025-09-26", 15, "2025-10-11", "15 days ending on a make-up Saturday" },

        // 2025-12-17 + 15 = Thu 2026-01-01 元旦; 01-01..01-03 off → Sun 01-04, the make-up working day.
        { "2025-12-17", 15, "2026-01-04", "15 days ending on New Year's Day rolls onto the make-up Sunday" },

        // 08-02 + 60 = Wed 10-01 → Thu 10-09.
        { "2025-08-02", 60, "2025-10-09", "60 days to archive ending on National Day" },

        // 03-03 + 15 = Tue 03-18, a working day: unchanged.
        { "2025-03-03", 15, "2025-03-18", "15 days ending on a working day" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MovesALastDayOffToTheNextWorkingDay(string start, int days, string expected, string why)
    {
        var deadline = OfficialCalendar.Instance.EndOfCalendarPeriod(D(start), days);

        deadline.Date.ShouldBe(D(expected), why);
        deadline.IsProvisional.ShouldBeFalse(why);
    }

    [Fact]
    public void RefusesANegativeLength() =>
        Should.Throw<ArgumentOutOfRangeException>(() => OfficialCalendar.Instance.EndOfCalendarPeriod(D("2025-03-07"), -15));
}
