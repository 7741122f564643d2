namespace EnforcementPortal.Domain.Calendar;

/// <summary>Why a date departs from the ordinary Monday–Friday week.</summary>
public enum CalendarDayKind
{
    /// <summary>法定节假日（含调休放假）: a day off, even when it falls on a weekday.</summary>
    Holiday = 1,

    /// <summary>调休上班: a Saturday or Sunday that is a working day.</summary>
    MakeUpWorkday = 2,
}
