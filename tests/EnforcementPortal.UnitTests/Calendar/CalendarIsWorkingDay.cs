using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Calendar;
using static EnforcementPortal.UnitTests.Calendar.OfficialCalendar;

namespace EnforcementPortal.UnitTests.Calendar;

public class CalendarIsWorkingDay
{
    public static TheoryData<string, bool, string> Cases => new()
    {
        { "2025-10-11", true, "Saturday, 国庆 make-up working day" },
        { "2025-02-08", true, "Saturday, 春节 make-up working day" },
        { "2026-02-14", true, "Saturday, 春节 make-up working day" },
        { "2026-02-28", true, "Saturday, 春节 make-up working day" },
        { "2026-05-09", true, "Saturday, 劳动节 make-up working day" },
        { "2026-10-10", true, "Saturday, 国庆 make-up working day" },
        { "2025-09-28", true, "Sunday, 国庆 make-up working day" },
        { "2026-01-04", true, "Sunday, 元旦 make-up working day" },
        { "2026-09-20", true, "Sunday, 国庆 make-up working day" },
        { "2025-10-18", false, "ordinary Saturday" },
        { "2025-10-19", false, "ordinary Sunday" },
        { "2025-10-08", false, "Wednesday inside 国庆 2025" },
        { "2026-02-16", false, "Monday inside 春节 2026" },
        { "2026-06-19", false, "Friday, 端午节 2026" },
        { "2025-10-09", true, "Thursday after 国庆 2025" },
        { "2027-03-10", true, "a Wednesday of a year without data is still a working day" },
        { "2027-03-13", false, "a Saturday of a year without data is still a rest day" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FollowsTheOfficialArrangement(string date, bool expected, string why) =>
        OfficialCalendar.Instance.IsWorkingDay(D(date)).ShouldBe(expected, why);

    [Fact]
    public void NamesTheSpecialDays()
    {
        OfficialCalendar.Instance.FindSpecialDay(D("2025-10-03"))
            .ShouldBe(new SpecialDay(D("2025-10-03"), CalendarDayKind.Holiday, "国庆节、中秋节"));
        OfficialCalendar.Instance.FindSpecialDay(D("2026-02-28"))
            .ShouldBe(new SpecialDay(D("2026-02-28"), CalendarDayKind.MakeUpWorkday, "春节调休上班"));
        OfficialCalendar.Instance.FindSpecialDay(D("2026-03-10")).ShouldBeNull();
    }

    [Fact]
    public void ListsTheSpecialDaysOfAYearInOrder()
    {
        var days = OfficialCalendar.Instance.SpecialDaysIn(2026);

        days.Count.ShouldBe(33 + 6);
        days.Select(d => d.Date).ShouldBeInOrder();
        OfficialCalendar.Instance.SpecialDaysIn(2027).ShouldBeEmpty();
    }

    [Fact]
    public void RefusesTheSameDateTwice() =>
        Should.Throw<DomainException>(() => new WorkingDayCalendar(
        [
            CalendarDay.Holiday(D("2025-10-01"), "国庆节"),
            CalendarDay.Holiday(D("2025-10-01"), "国庆节"),
        ]));
}
