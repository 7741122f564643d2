using Microsoft.EntityFrameworkCore;

namespace EnforcementPortal.UnitTests.Statistics;

/// <summary>
/// The annual statistics count a department's year from the case's facts copied onto its record rows (department; the
/// trigger, party and site of an inspection; the inspection time of a finding). On the demo data every copy equals a full
/// recount from the cases themselves: the same join of each record to its case (and a finding to its inspection) that
/// the statistics made before the copies existed finds no row that differs, over every record table.
/// </summary>
[Collection(StatisticsDatabaseCollection.Name)]
public sealed class CaseRecordCopies(StatisticsDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Checks => new()
    {
        { "CaseInspections", "r.\"Department\" <> c.\"Department\" OR r.\"Trigger\" <> c.\"Trigger\" OR r.\"PartyId\" <> c.\"PartyId\" OR r.\"SiteName\" <> c.\"SiteName\"" },
        { "CaseFindings", "r.\"Department\" <> c.\"Department\" OR r.\"InspectedAt\" IS NOT (SELECT i.\"StartedAt\" FROM \"CaseInspections\" AS i WHERE i.\"Id\" = r.\"InspectionId\")" },
        { "CaseNotices", "r.\"Department\" <> c.\"Department\"" },
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
}
