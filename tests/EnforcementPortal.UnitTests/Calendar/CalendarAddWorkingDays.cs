using static EnforcementPortal.UnitTests.Calendar.OfficialCalendar;

namespace EnforcementPortal.UnitTests.Calendar;

/// <summary>Periods in working days (工作日): the start day is not counted; weekends and holidays are skipped; 调休上班 counts.</summary>
public class CalendarAddWorkingDays
{
    public static TheoryData<string, int, string, string> Cases => new()
    {
        // Fri 09-26 → Sun 09-28 调休上班 (1), Mon 09-29 (2), Tue 09-30 (3), 10-01..10-08 国庆/中秋 off,
        // Thu 10-09 (4), Fri 10-10 (5), Sat 10-11 调休上班 (6), Mon 10-13..Thu 10-16 (7..10).
        { "2025-09-26", 10, "2025-10-16", "National Day 2025 with both make-up days" },

        // An ordinary Friday: the count starts on Monday 03-10; two full weeks end on Friday 03-21.
        { "2025-03-07", 10, "2025-03-21", "Friday start, no holidays" },
        { "2025-03-07", 1, "2025-03-10", "one working day from a Friday is the Monday" },

        // Fri 02-13 → Sat 02-14 调休上班 (1), 02-15..02-23 春节 off, Tue 02-24..Fri 02-27 (2..5).
        { "2026-02-13", 5, "2026-02-27", "Spring Festival 2026" },
        // …and the sixth is Sat 02-28, the second make-up Saturday.
        { "2026-02-13", 6, "2026-02-28", "Spring Festival 2026 ending on its make-up Saturday" },

        // Thu 04-30 → 05-01..05-05 劳动节 off, Wed 05-06 (1), Thu (2), Fri (3), Sat 05-09 调休上班 (4),
        // Sun 05-10 rest, Mon 05-11 (5).
        { "2026-04-30", 5, "2026-05-11", "Labour Day 2026" },

        // Tue 09-30 → the next working day is Thu 10-09, after the eight days off.
        { "2025-09-30", 1, "2025-10-09", "the day before a long holiday" },

        // Fri 01-24 → Sun 01-26 is the 春节 make-up working day.
        { "2025-01-24", 1, "2025-01-26", "make-up Sunday before Spring Festival 2025" },

        // Wed 2025-12-31 → 01-01..01-03 元旦 off, Sun 01-04 调休上班: across the year boundary, both years covered.
        { "2025-12-31", 1, "2026-01-04", "New Year 2026 across covered years" },

        // Fri 09-18 → Sun 09-20 调休上班 (1), Mon 09-21 (2), Tue 09-22 (3).
        { "2026-09-18", 3, "2026-09-22", "make-up Sunday before National Day 2026" },

        { "2025-10-01", 0, "2025-10-01", "zero working days is the start day itself" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CountsWorkingDaysFromTheDayAfterTheStart(string start, int workingDays, string expected, string why)
    {
        var deadline = OfficialCalendar.Instance.AddWorkingDays(D(start), workingDays);

        deadline.Date.ShouldBe(D(expected), why);
        deadline.IsProvisional.ShouldBeFalse(why);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WorkingDaysBetweenIsTheInverseOfAdding(string start, int workingDays, string expected, string why)
    {
        OfficialCalendar.Instance.WorkingDaysBetween(D(start), D(expected)).ShouldBe(workingDays, why);
        OfficialCalendar.Instance.WorkingDaysBetween(D(expected), D(start)).ShouldBe(-workingDays, why);
    }

    [Fact]
    public void RefusesANegativeCount() =>
        Should.Throw<ArgumentOutOfRangeException>(() => OfficialCalendar.Instance.AddWorkingDays(D("2025-03-07"), -1));
}
