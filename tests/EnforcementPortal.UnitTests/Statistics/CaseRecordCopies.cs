using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.UnitTests.Statistics;

/// <summary>
/// The annual statistics count a department's year from the case's facts copied onto its record rows (department; the
/// trigger, party and site of an inspection; the inspection time of a finding). On the demo data every copy equals a full
/// recount from the cases themselves: the same join of each record to its case (and a finding to its inspection) that
/// the statistics made before the copies existed finds no row that differs, over every record table. Two copies are
/// computed rather than copied: an inspection's year (of its own start) and a notice's loop-closed day (from the case's
/// reviews and transfers), recounted here in SQL.
/// </summary>
[Collection(StatisticsDatabaseCollection.Name)]
public sealed class CaseRecordCopies(StatisticsDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Recounted from the case's reviews and transfers: the first day on or after the notice's issue with a review that
    /// confirmed the rectification (Outcome 1) or a transfer (the smaller of the two, or whichever exists).
    /// </summary>
    private const string LoopClosedOn =
        "min(coalesce(" + RectifiedOn + ", " + TransferredOn + "), coalesce(" + TransferredOn + ", " + RectifiedOn + "))";

    private const string RectifiedOn =
        "(SELECT MIN(v.\"ReviewedOn\") FROM \"CaseReviews\" AS v WHERE v.\"CaseId\" = r.\"CaseId\" AND v.\"Outcome\" = 1 AND v.\"ReviewedOn\" >= r.\"IssuedOn\")";

    private const string CountNotices = "SELECT COUNT(*) AS \"Value\" FROM \"CaseNotices\" AS r WHERE ";

    private const string TransferredOn =
        "(SELECT MIN(t.\"TransferredOn\") FROM \"CaseTransfers\" AS t WHERE t.\"CaseId\" = r.\"CaseId\" AND t.\"TransferredOn\" >= r.\"IssuedOn\")";

    public static TheoryData<string, string> Checks => new()
    {
        { "CaseInspections", "r.\"Department\" <> c.\"Department\" OR r.\"Trigger\" <> c.\"Trigger\" OR r.\"PartyId\" <> c.\"PartyId\" OR r.\"SiteName\" <> c.\"SiteName\" OR r.\"StartedYear\" <> CAST(substr(r.\"StartedAt\", 1, 4) AS INTEGER)" },
        { "CaseFindings", "r.\"Department\" <> c.\"Department\" OR r.\"InspectedAt\" IS NOT (SELECT i.\"StartedAt\" FROM \"CaseInspections\" AS i WHERE i.\"Id\" = r.\"InspectionId\")" },
        { "CaseNotices", "r.\"Department\" <> c.\"Department\" OR r.\"LoopClosedOn\" IS NOT " + LoopClosedOn },
        { "CaseInterviews", "r.\"Department\" <> c.\"Department\"" },
        { "CaseTransfers", "r.\"Department\" <> c.\"Department\"" },
        { "CaseLegalReviews", "r.\"Department\" <> c.\"Department\"" },
    };

    [Theory]
    [MemberData(nameof(Checks))]
    public async Task EveryRecordCarriesItsCasesFacts(string table, string differs)
    {
        await using var db = database.NewContext();
#pragma warning disable EF1002 // Table names and conditions are the constants above.
        var rows = await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" AS r JOIN \"Cases\" AS c ON c.\"Id\" = r.\"CaseId\"").SingleAsync(Ct);
        var differing = await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" AS r JOIN \"Cases\" AS c ON c.\"Id\" = r.\"CaseId\" WHERE {differs}").SingleAsync(Ct);
#pragma warning restore EF1002

        if (table != "CaseLegalReviews")
        {
            rows.ShouldBeGreaterThan(0, $"the demo has {table}");
        }

        differing.ShouldBe(0, $"{table}: rows whose copies differ from their case");
    }

    /// <summary>The recount above meets both ways a loop closes: the demo has notices closed by a review and by a transfer.</summary>
    [Fact]
    public async Task TheDemoHasNoticesClosedByAReviewAndByATransfer()
    {
        await using var db = database.NewContext();
#pragma warning disable EF1002 // The conditions are the constants above.
        var byReview = await db.Database.SqlQueryRaw<int>(CountNotices + "r.\"LoopClosedOn\" IS NOT NULL AND r.\"LoopClosedOn\" = " + RectifiedOn).SingleAsync(Ct);
        var byTransfer = await db.Database.SqlQueryRaw<int>(CountNotices + "r.\"LoopClosedOn\" IS NOT NULL AND r.\"LoopClosedOn\" = " + TransferredOn).SingleAsync(Ct);
#pragma warning restore EF1002

        byReview.ShouldBeGreaterThan(0);
        byTransfer.ShouldBeGreaterThan(0);
    }
}
