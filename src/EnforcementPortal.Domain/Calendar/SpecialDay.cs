namespace EnforcementPortal.Domain.Calendar;

/// <summary>A read-only snapshot of a <see cref="CalendarDay"/> as held by a <see cref="WorkingDayCalendar"/>.</summary>
public readonly record struct SpecialDay(DateOnly Date, CalendarDayKind Kind, string Note);
