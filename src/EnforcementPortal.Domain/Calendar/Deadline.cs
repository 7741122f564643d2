namespace EnforcementPortal.Domain.Calendar;

/// <summary>
/// The last day of a period (期间届满日) as the working-day calendar computed it.
/// </summary>
/// <param name="Date">The deadline.</param>
/// <param name="UncoveredYear">
/// The first year the count passed through for which no holiday arrangement is loaded, or <c>null</c> when every
/// day the count depended on is covered. In such a year only weekends are treated as rest days, so the date may
/// move once the State Council announces that year's arrangement; the UI warns "该年度节假日安排尚未录入".
/// </param>
public readonly record struct Deadline(DateOnly Date, int? UncoveredYear = null)
{
    /// <summary>True when the date may still change because a year without official data was crossed.</summary>
    public bool IsProvisional => UncoveredYear.HasValue;
}
