using EnforcementPortal.Domain.Supervision;
using static EnforcementPortal.UnitTests.Calendar.OfficialCalendar;

namespace EnforcementPortal.UnitTests.Supervision;

/// <summary>
/// The 督办 list pages and counts in the database by comparing a stored day with a threshold: "due on or before the
/// limit" must hold for exactly the stored days before it, on the official 调休 calendar, around National Day and the
/// Spring Festival, for each derived due date.
/// </summary>
public class SupervisionThresholdRules
{
    public static TheoryData<string, string> Limits() => new()
    {
        { "review", "2026-09-22" }, { "review", "2026-10-08" }, { "review", "2026-02-24" },
        { "filing", "2026-10-09" }, { "filing", "2026-06-30" },
        { "disposal", "2026-10-12" }, { "disposal", "2026-03-02" },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void TheThresholdSeparatesTheStoredDaysWhoseDueDateFallsByTheLimit(string term, string limit)
    {
        Func<DateOnly, DateOnly> due = term switch
        {
            "review" => day => SupervisionDeadlines.ReviewDue(day, Instance, SupervisionSettings.Default),
            "filing" => day => SupervisionDeadlines.FilingFeedbackDue(day, Instance, SupervisionSettings.Default),
            _ => day => SupervisionDeadlines.DisposalFeedbackDue(day, Instance),
        };

        var threshold = SupervisionDeadlines.FirstBaseDueAfter(due, D(limit));

        for (var day = D(limit).AddDays(-200); day <= D(limit).AddDays(5); day = day.AddDays(1))
        {
            (day < threshold).ShouldBe(due(day) <= D(limit), $"{term}: stored {day}, due {due(day)}, limit {limit}, threshold {threshold}");
        }
    }
}
