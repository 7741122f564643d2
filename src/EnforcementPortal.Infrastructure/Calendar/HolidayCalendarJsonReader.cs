using System.Globalization;
using System.Text.Json;
using EnforcementPortal.Domain.Calendar;
using EnforcementPortal.Infrastructure.Seed;

namespace EnforcementPortal.Infrastructure.Calendar;

/// <summary>
/// Reads the State Council holiday arrangements (holidays-cn.json) into <see cref="CalendarDay"/>s.
/// </summary>
/// <remarks>
/// Shape: <c>{ "years": { "2025": { "holidays": ["2025-01-01", …], "workdays": ["2025-01-26", …],
/// "festivals": [{ "name": "春节", "from": "2025-01-28", "to": "2025-02-04", "workdays": ["2025-01-26", …] }] } } }</c>.
/// <c>festivals</c> is optional and only names the days: a holiday inside a festival's range gets its name as the
/// note ("春节"), a make-up working day listed under it gets "春节调休上班"; without it the notes are
/// "法定节假日" and "调休上班".
/// </remarks>
public static class HolidayCalendarJsonReader
{
    /// <summary>Reads the copy of holidays-cn.json embedded in this assembly.</summary>
    public static IReadOnlyList<CalendarDay> ReadEmbeddedSeed() =>
        Read(EmbeddedSeed.ReadText(EmbeddedSeed.HolidaysResourceName));

    /// <exception cref="FormatException">The JSON does not have the expected shape or its dates disagree.</exception>
    public static IReadOnlyList<CalendarDay> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FormatException("The holiday calendar is not valid JSON.", ex);
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("years", out var years) || years.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("The holiday calendar has no \"years\" object.");
            }

            var days = new List<CalendarDay>();
            var seen = new HashSet<DateOnly>();
            foreach (var year in years.EnumerateObject())
            {
                if (!int.TryParse(year.Name, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    throw new FormatException($"'{year.Name}' is not a year.");
                }

                var holidays = Dates(year.Value, "holidays", year.Name);
                var workdays = Dates(year.Value, "workdays", year.Name);
                var (holidayNames, workdayNames) = FestivalNames(year.Value, year.Name, holidays, workdays);

                foreach (var date in holidays)
                {
                    AddDay(days, seen, date, CalendarDayKind.Holiday, holidayNames.GetValueOrDefault(date));
                }

                foreach (var date in workdays)
                {
                    var festival = workdayNames.GetValueOrDefault(date);
                    AddDay(days, seen, date, CalendarDayKind.MakeUpWorkday,
                        festival is null ? null : festival + CalendarDay.DefaultMakeUpWorkdayNote);
                }
            }

            return [.. days.OrderBy(d => d.Date)];
        }
    }

    private static void AddDay(List<CalendarDay> days, HashSet<DateOnly> seen, DateOnly date, CalendarDayKind kind, string? note)
    {
        if (!seen.Add(date))
        {
            throw new FormatException($"{date:yyyy-MM-dd} is listed more than once.");
        }

        try
        {
            days.Add(CalendarDay.Create(date, kind, note));
        }
        catch (EnforcementPortal.Domain.Common.DomainException ex)
        {
            throw new FormatException($"{date:yyyy-MM-dd}: {ex.Message}", ex);
        }
    }

    private static List<DateOnly> Dates(JsonElement year, string property, string yearName)
    {
        if (!year.TryGetProperty(property, out var array))
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{yearName}.{property} is not an array.");
        }

        return [.. array.EnumerateArray().Select(e => ParseDate(e, $"{yearName}.{property}"))];
    }

    private static (Dictionary<DateOnly, string> Holidays, Dictionary<DateOnly, string> Workdays) FestivalNames(
        JsonElement year, string yearName, List<DateOnly> holidays, List<DateOnly> workdays)
    {
        var holidayNames = new Dictionary<DateOnly, string>();
        var workdayNames = new Dictionary<DateOnly, string>();
        if (!year.TryGetProperty("festivals", out var festivals))
        {
            return (holidayNames, workdayNames);
        }

        foreach (var festival in festivals.EnumerateArray())
        {
            var name = festival.TryGetProperty("name", out var n) ? n.GetString()?.Trim() : null;
            if (string.IsNullOrEmpty(name) || name.Length + CalendarDay.DefaultMakeUpWorkdayNote.Length > CalendarDay.NoteMaxLength)
            {
                throw new FormatException($"{yearName}.festivals: a festival has no name or a name too long.");
            }

            var from = ParseDate(festival, "from", $"{yearName}.festivals.{name}");
            var to = ParseDate(festival, "to", $"{yearName}.festivals.{name}");
            for (var date = from; date <= to; date = date.AddDays(1))
            {
                // The names must describe the authoritative lists, never extend them.
                if (!holidays.Contains(date))
                {
                    throw new FormatException($"{yearName}.festivals.{name}: {date:yyyy-MM-dd} is not in holidays.");
                }

                holidayNames[date] = name;
            }

            foreach (var date in Dates(festival, "workdays", $"{yearName}.festivals.{name}"))
            {
                if (!workdays.Contains(date))
                {
                    throw new FormatException($"{yearName}.festivals.{name}: {date:yyyy-MM-dd} is not in workdays.");
                }

                workdayNames[date] = name;
            }
        }

        return (holidayNames, workdayNames);
    }

    private static DateOnly ParseDate(JsonElement parent, string property, string where) =>
        parent.TryGetProperty(property, out var element)
            ? ParseDate(element, $"{where}.{property}")
            : throw new FormatException($"{where} has no \"{property}\".");

    private static DateOnly ParseDate(JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"{where}: '{element}' is not a date (yyyy-MM-dd).");
}
