using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.Domain.Statistics;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Statistics;

/// <summary>The complaint rows of the 月报 and the year, as docs/statistics.md defines them.</summary>
public class ComplaintFigureDefinitions
{
    private static readonly DateOnly November = new(2026, 11, 1);
    private static readonly DateOnly December = new(2026, 12, 1);

    private static ComplaintRecord Record(ComplaintChannel channel, Domain.Departments.DepartmentCode? department, DateOnly received, DateOnly? answered = null, DateOnly? due = null, ComplaintState state = ComplaintState.Accepted, bool opened = false, bool major = false) =>
        new(channel, department, received, answered, due, state, opened, major);

    [Fact]
    public void ReceivedCountsByRegistrationDateAndAnsweredByTheOpinionsDate()
    {
        ComplaintRecord[] records =
        [
            // Received in October, answered in November on its due day: answered in time in November, not received.
            Record(ComplaintChannel.Hotline, Housing, new(2026, 10, 28), new(2026, 11, 11), new(2026, 11, 11), ComplaintState.Answered),
            // Received and answered in November, one day late.
            Record(ComplaintChannel.OnlinePublic, Housing, new(2026, 11, 2), new(2026, 11, 17), new(2026, 11, 16), ComplaintState.Closed, opened: true),
            // Received in November, not yet routed.
            Record(ComplaintChannel.PublicOpinion, null, new(2026, 11, 30), state: ComplaintState.Received),
            // Received in November, refused, major.
            Record(ComplaintChannel.District, Safety, new(2026, 11, 5), state: ComplaintState.Refused, major: true),
            // Received on 1 December: next month.
            Record(ComplaintChannel.Hotline, Housing, December),
        ];

        var figures = ComplaintFigures.Count(records, November, December);

        figures.Received.ShouldBe(3);
        figures.Answered.ShouldBe(2);
        figures.AnsweredInTime.ShouldBe(1);
        figures.InTimeRate.ShouldBe(50.0m);
        figures.Refused.ShouldBe(1);
        figures.CasesOpened.ShouldBe(1);
        figures.Major.ShouldBe(1);
        figures.ByChannel.Single(c => c.Channel == ComplaintChannel.Hotline).Count.ShouldBe(0);
        figures.ByChannel.Single(c => c.Channel == ComplaintChannel.OnlinePublic).Count.ShouldBe(1);
        figures.ByChannel.Sum(c => c.Count).ShouldBe(figures.Received);
        figures.ByDepartment.Single(d => d.Department == Housing).ShouldBe(((Domain.Departments.DepartmentCode?)Housing, 1, 2, 1));
        figures.ByDepartment.Single(d => d.Department == null).Received.ShouldBe(1);
        figures.ByDepartment[^1].Department.ShouldBeNull("未分派 comes last");
    }

    [Fact]
    public void TheRateIsRoundedToOneDecimalAndAbsentWithoutAnswers()
    {
        var day = new DateOnly(2026, 11, 10);
        ComplaintRecord[] threeAnswered =
        [
            Record(ComplaintChannel.Hotline, Quality, day, day, day),
            Record(ComplaintChannel.Hotline, Quality, day, day, day),
            Record(ComplaintChannel.Hotline, Quality, day, day, day.AddDays(-1)),
        ];

        ComplaintFigures.Count(threeAnswered, November, December).InTimeRate.ShouldBe(66.7m);
        ComplaintFigures.Count([Record(ComplaintChannel.Hotline, Quality, day)], November, December).InTimeRate.ShouldBeNull();
    }
}
