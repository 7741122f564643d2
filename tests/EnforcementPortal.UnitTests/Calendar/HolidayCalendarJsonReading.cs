using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Infrastructure.Calendar;
using static EnforcementPortal.UnitTests.Calendar.OfficialCalendar;

namespace EnforcementPortal.UnitTests.Calendar;

public class HolidayCalendarJsonReading
{
    [Fact]
    public void ReadsEveryDayOfTheShippedArrangement()
    {
        var days = HolidayCalendarJsonReader.ReadEmbeddedSeed();

        // 2025: 28 holidays and 5 make-up days; 2026: 33 and 6 (holidays-cn.json).
        days.Count(d => d.Kind == CalendarDayKind.Holiday).ShouldBe(28 + 33);
        days.Count(d => d.Kind == CalendarDayKind.MakeUpWorkday).ShouldBe(5 + 6);
        days.Select(d => d.Date).ShouldBeUnique();
        days.ShouldAllBe(d => d.Kind != CalendarDayKind.MakeUpWorkday || CalendarDay.IsWeekend(d.Date));
        days.ShouldAllBe(d => d.Note.Length > 0);
    }

    [Fact]
    public void ReadsTheSharedFormatWithoutFestivalNames()
    {
        const string json = """
            { "years": { "2025": { "holidays": ["2025-10-01", "2025-10-02"], "workdays": ["2025-09-28"] } } }
            """;

        var days = HolidayCalendarJsonReader.Read(json);

        days.Select(d => (d.Date, d.Kind, d.Note)).ShouldBe(
        [
            (D("2025-09-28"), CalendarDayKind.MakeUpWorkday, "调休上班"),
            (D("2025-10-01"), CalendarDayKind.Holiday, "法定节假日"),
            (D("2025-10-02"), CalendarDayKind.Holiday, "法定节假日"),
        ]);
    }

    [Theory]
    [InlineData("""{ "days": [] }""")]
    [InlineData("""{ "years": { "2025": { "holidays": ["2025-13-01"] } } }""")]
    [InlineData("""{ "years": { "2025": { "holidays": ["2025-10-01"], "workdays": ["2025-10-01"] } } }""")]
    [InlineData("""{ "years": { "2025": { "workdays": ["2025-10-09"] } } }""")]
    [InlineData("""{ "years": { "2025": { "holidays": ["2025-10-01"], "festivals": [{ "name": "国庆节", "from": "2025-10-01", "to": "2025-10-02" }] } } }""")]
    [InlineData("""not json""")]
    public void RefusesMalformedData(string json) =>
        Should.Throw<FormatException>(() => HolidayCalendarJsonReader.Read(json));
}
