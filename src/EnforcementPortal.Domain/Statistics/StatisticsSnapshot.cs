using System.Globalization;
using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Domain.Statistics;

/// <summary>Where a figure comes from.</summary>
public enum IndicatorSource
{
    /// <summary>Computed from the case records by the definition printed beside it.</summary>
    Computed = 1,

    /// <summary>Entered by the department (补充指标).</summary>
    Supplementary = 2,
}

/// <summary>
/// One figure as shown and as frozen in a publication: the definition text travels with the number, so a later change
/// of wording never alters what was published.
/// </summary>
public sealed record IndicatorValue
{
    /// <summary>The computed indicator, or null for a supplementary one.</summary>
    public IndicatorCode? Code { get; init; }

    public IndicatorGroup Group { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Unit { get; init; } = string.Empty;

    /// <summary>The figure; null for a rate without denominator.</summary>
    public decimal? Value { get; init; }

    /// <summary>For a rate: the counts it divides.</summary>
    public int? Numerator { get; init; }

    public int? Denominator { get; init; }

    public string Definition { get; init; } = string.Empty;

    /// <summary>A note entered with a supplementary figure (e.g. 其中今年审批 821.81 万元).</summary>
    public string? Remark { get; init; }

    public IndicatorSource Source { get; init; }

    /// <summary>A breakdown line ("其中：…") under the indicator before it.</summary>
    public bool IsBreakdown { get; init; }

    public bool IsRate => Unit == AnnualIndicators.Percent;

    /// <summary>The figure as printed: 278, 4328.37, 100%, 68.8%, or — when there is no figure.</summary>
    public string DisplayValue => Value is { } value ? FormatNumber(value) + (IsRate ? "%" : string.Empty) : "—";

    /// <summary>The figure with its unit: "278 次", "100%", "4328.37 万元".</summary>
    public string DisplayWithUnit => Value is null ? "—" : IsRate ? DisplayValue : $"{DisplayValue} {Unit}";

    /// <summary>For a rate, the counts behind it: "（11/16）".</summary>
    public string? RateBasis => IsRate && Numerator is { } n && Denominator is { } d ? $"{n}/{d}" : null;

    public static string FormatNumber(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>The figures of one department's year as of a cut-off date.</summary>
public sealed record StatisticsSnapshot
{
    public DepartmentCode Department { get; init; }

    public int Year { get; init; }

    /// <summary>统计截止日: records entered up to this day are counted.</summary>
    public DateOnly AsOf { get; init; }

    public IReadOnlyList<IndicatorValue> Indicators { get; init; } = [];

    public IndicatorValue? Find(IndicatorCode code) => Indicators.FirstOrDefault(i => i.Code == code);

    public IEnumerable<IndicatorValue> InGroup(IndicatorGroup group) => Indicators.Where(i => i.Group == group);
}

/// <summary>Builds a department's annual figures from the counts and the department's supplementary indicators.</summary>
public static class AnnualStatistics
{
    public static StatisticsSnapshot Build(DepartmentCode department, int year, DateOnly asOf, AnnualCounts counts, IEnumerable<SupplementaryIndicator> supplementary)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(supplementary);
        var computed = AnnualIndicators.For(department).Select(definition => Value(definition, counts));
        var entered = supplementary
            .Where(s => s.Department == department && s.Year == year)
            .OrderBy(s => s.Group).ThenBy(s => s.SortOrder).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new IndicatorValue
            {
                Group = s.Group,
                Name = s.Name,
                Unit = s.Unit,
                Value = s.Value,
                Remark = s.Remark,
                Definition = AnnualIndicators.SupplementaryRule,
                Source = IndicatorSource.Supplementary,
            });

        // Supplementary figures follow the computed ones of their group.
        var all = computed.Concat(entered).OrderBy(i => i.Group).ToList();
        return new StatisticsSnapshot { Department = department, Year = year, AsOf = asOf, Indicators = all };
    }

    private static IndicatorValue Value(IndicatorDefinition definition, AnnualCounts counts)
    {
        var value = new IndicatorValue
        {
            Code = definition.Code,
            Group = definition.Group,
            Name = definition.Name,
            Unit = definition.Unit,
            Definition = definition.Definition,
            Source = IndicatorSource.Computed,
            IsBreakdown = definition.IsBreakdown,
        };
        return definition.Code switch
        {
            IndicatorCode.SupervisedObjects => value with { Value = counts.SupervisedObjects },
            IndicatorCode.Inspections => value with { Value = counts.Inspections },
            IndicatorCode.FirstInspections => value with { Value = counts.FirstInspections },
            IndicatorCode.ReviewInspections => value with { Value = counts.ReviewInspections },
            IndicatorCode.SpecialCampaigns => value with { Value = counts.SpecialCampaigns },
            IndicatorCode.Findings => value with { Value = counts.Findings },
            IndicatorCode.Notices => value with { Value = counts.Notices },
            IndicatorCode.Interviews => value with { Value = counts.Interviews },
            IndicatorCode.ClosedLoopRate => Rate(value, counts.NoticesClosed, counts.Notices),
            IndicatorCode.ClosedWithoutPenaltyAfterLegalReview => value with { Value = counts.ClosedWithoutPenaltyAfterLegalReview },
            IndicatorCode.Transferred => value with { Value = counts.Transferred },
            IndicatorCode.TrackingCompleted => value with { Value = counts.TrackingCompleted },
            IndicatorCode.TrackingCompletionRate => Rate(value, counts.TrackingCompleted, counts.Transferred),
            IndicatorCode.ConstructionProcedureLetters => value with { Value = counts.ConstructionProcedureLetters },
            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition.Code, null),
        };
    }

    private static IndicatorValue Rate(IndicatorValue value, int numerator, int denominator) =>
        value with
        {
            Value = AnnualIndicators.Rate(numerator, denominator),
            Numerator = numerator,
            Denominator = denominator,
            Remark = denominator == 0 ? AnnualIndicators.RateWithoutDenominator : null,
        };
}
