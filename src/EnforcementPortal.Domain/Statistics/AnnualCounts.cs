namespace EnforcementPortal.Domain.Statistics;

/// <summary>
/// The raw counts of one department's (or the bureau's) year, as of a date. The indicators and their rates are built
/// from these by <see cref="AnnualStatistics"/>; the counts come from <see cref="AnnualCounter"/> (in memory) or from
/// the database's aggregation, which must agree.
/// </summary>
public sealed record AnnualCounts
{
    /// <summary>Distinct parties (房产科) or projects (the construction departments) visited in the year; null bureau-wide.</summary>
    public int? SupervisedObjects { get; init; }

    public int FirstInspections { get; init; }

    public int ReviewInspections { get; init; }

    public int Inspections => FirstInspections + ReviewInspections;

    public int SpecialCampaigns { get; init; }

    public int Findings { get; init; }

    public int Notices { get; init; }

    /// <summary>Notices of the year whose loop was closed by the as-of date.</summary>
    public int NoticesClosed { get; init; }

    public int Interviews { get; init; }

    /// <summary>Closings after rectification alone that a legal reviewer agreed carried no penalty (建法〔2025〕40号 (九)).</summary>
    public int ClosedWithoutPenaltyAfterLegalReview { get; init; }

    public int Transferred { get; init; }

    /// <summary>Transfers of the year whose disposal the receiving bureau had reported by the as-of date.</summary>
    public int TrackingCompleted { get; init; }

    /// <summary>建设单位依法履行建设程序督办函 issued in the year (建管科), by issue date.</summary>
    public int ConstructionProcedureLetters { get; init; }

    public static AnnualCounts Zero { get; } = new();
}
