using System.Reflection;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>
/// The timeline's hash chain survives a rename in the code: steps and states enter the hash as their stored numbers,
/// which are pinned here. Renaming a member keeps every stored chain intact; renumbering one fails these tests.
/// </summary>
public sealed class TimelineHashStability
{
    [Fact]
    public void TheHashOfAKnownEntryIsPinned()
    {
        var entry = Entry(CaseAction.IssueNotice, CaseState.AwaitingNotice, CaseState.Rectifying);

        // SHA-256 of the fields joined by U+001F, the step and states as 3, 1 and 2 (computed independently of the code).
        entry.Hash.ShouldBe("e79f7d315876931f9ff7116499c478cf65099246c40bd85de33c312865cdcaf8");
        entry.ComputeHash().ShouldBe(entry.Hash);
    }

    [Fact]
    public void TheStoredNumbersOfTheStepsAreStable() =>
        Enum.GetValues<CaseAction>().ToDictionary(a => a.ToString(), a => (int)a).ShouldBe(new Dictionary<string, int>
        {
            ["DetermineNoViolation"] = 0, ["DetermineGeneral"] = 1, ["DetermineSerious"] = 2, ["IssueNotice"] = 3,
            ["RecordReply"] = 4, ["RecordNoReply"] = 5, ["ReviewPassed"] = 6, ["ReviewFailed"] = 7,
            ["InterviewCooperative"] = 8, ["InterviewRefused"] = 9, ["RequestTransfer"] = 10, ["ApproveTransfer"] = 11,
            ["ReturnTransfer"] = 12, ["FilingAccepted"] = 13, ["FilingDeclined"] = 14, ["RecordDisposal"] = 15, ["Archive"] = 16,
            ["LegalReviewAgreed"] = 20, ["LegalReviewReturned"] = 21, ["LegalReviewDisagreed"] = 22,
        });

    [Fact]
    public void TheStoredNumbersOfTheStatesAreStable() =>
        Enum.GetValues<CaseState>().ToDictionary(s => s.ToString(), s => (int)s).ShouldBe(new Dictionary<string, int>
        {
            ["Inspected"] = 0, ["AwaitingNotice"] = 1, ["Rectifying"] = 2, ["AwaitingReview"] = 3, ["AwaitingInterview"] = 4,
            ["AwaitingTransfer"] = 5, ["TransferPendingApproval"] = 6, ["Transferred"] = 7, ["AwaitingDisposal"] = 8,
            ["Concluded"] = 9, ["Ended"] = 10, ["Archived"] = 11,
            ["RectificationStage"] = 100, ["TransferStage"] = 101, ["FinishedStage"] = 102,
        });

    [Fact]
    public void AnEntryWithoutAStepHashesEmptyCodes()
    {
        var entry = Entry(null, null, CaseState.Inspected);

        entry.ComputeHash().ShouldBe(entry.Hash);
        entry.Hash.ShouldNotBe(Entry(CaseAction.DetermineNoViolation, null, CaseState.Inspected).Hash);
    }

    private static CaseEvent Entry(CaseAction? action, CaseState? from, CaseState to)
    {
        var constructor = typeof(CaseEvent).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Single(c => c.GetParameters().Length == 10);
        return (CaseEvent)constructor.Invoke(
        [
            Guid.NewGuid(),
            new Guid("11111111-1111-1111-1111-111111111111"),
            3,
            new DateTime(2026, 3, 3, 9, 0, 0),
            new Actor(new Guid("22222222-2222-2222-2222-222222222222"), "阿依古丽"),
            action,
            from,
            to,
            "下发整改通知书。",
            string.Empty,
        ]);
    }
}
