using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Calendar;
using static EnforcementPortal.UnitTests.Calendar.OfficialCalendar;

namespace EnforcementPortal.UnitTests.Calendar;

public class CalendarDayRules
{
    [Fact]
    public void RefusesAMakeUpWorkdayOnAWeekday() =>
        Should.Throw<DomainException>(() => CalendarDay.MakeUpWorkday(D("2025-10-09"))).Message.ShouldBe("2025-10-09 不是周六或周日，不能设为调休上班日。");

    [Fact]
    public void GivesDefaultNotes()
    {
        CalendarDay.Holiday(D("2025-10-01")).Note.ShouldBe("法定节假日");
        CalendarDay.MakeUpWorkday(D("2025-10-11")).Note.ShouldBe("调休上班");
    }

    [Fact]
    public void RefusesANoteLongerThanTheColumn() =>
        Should.Throw<DomainException>(() => CalendarDay.Holiday(D("2025-10-01"), new string('节', CalendarDay.NoteMaxLength + 1)));

    [Fact]
    public void ChangesKindAndNoteButKeepsTheDate()
    {
        var day = CalendarDay.Holiday(D("2025-10-11"), "国庆节");

        day.Change(CalendarDayKind.MakeUpWorkday, " 调休上班 ");

        day.Date.ShouldBe(D("2025-10-11"));
        day.Kind.ShouldBe(CalendarDayKind.MakeUpWorkday);
        day.Note.ShouldBe("调休上班");
    }
}
