using System.Globalization;
using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Infrastructure.Calendar;

namespace EnforcementPortal.UnitTests.Calendar;

/// <summary>The calendar built from the shipped holidays-cn.json (2025 and 2026, State Council notices).</summary>
internal static class OfficialCalendar
{
    public static WorkingDayCalendar Instance { get; } = new(HolidayCalendarJsonReader.ReadEmbeddedSeed());

    public static DateOnly D(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
