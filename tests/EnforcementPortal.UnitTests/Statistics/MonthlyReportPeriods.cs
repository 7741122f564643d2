using EnforcementPortal.Domain.Statistics;

namespace EnforcementPortal.UnitTests.Statistics;

/// <summary>月报: a month's report is available from the 1st of the next month.</summary>
public sealed class MonthlyReportPeriods
{
    [Theory]
    [InlineData(2026, 10, 31, false)]
    [InlineData(2026, 11, 1, true)]
    [InlineData(2027, 1, 5, true)]
    public void OctobersReportIsAvailableFromTheFirstOfNovember(int year, int month, int day, bool available)
    {
        new ReportMonth(2026, 10).IsAvailableOn(new DateOnly(year, month, day)).ShouldBe(available);
    }

    [Fact]
    public void TheLatestAvailableReportIsLastMonthsAcrossTheYearEnd()
    {
        ReportMonth.LatestAvailable(new DateOnly(2027, 1, 1)).ShouldBe(new ReportMonth(2026, 12));
        new ReportMonth(2026, 12).Next().ShouldBe(new ReportMonth(2027, 1));
        new ReportMonth(2026, 1).Previous().ShouldBe(new ReportMonth(2025, 12));
    }

    [Fact]
    public void EveryRowOfTheReportHasItsDefinition()
    {
        MonthlyCounts.Rows.Count.ShouldBe(new MonthlyCounts(Domain.Departments.DepartmentCode.Housing, new ReportMonth(2026, 10), 1, 2, 3, 4, 5, 6, 7).Values.Count);
        MonthlyCounts.Rows.ShouldAllBe(r => r.Definition.Length > 0);
    }

    [Fact]
    public void AMonthsReportIsDueByTheFifthOfTheNextMonth()
    {
        new ReportMonth(2026, 10).SubmissionDue.ShouldBe(new DateOnly(2026, 11, 5));
        new ReportMonth(2025, 12).SubmissionDue.ShouldBe(new DateOnly(2026, 1, 5));
    }
}
