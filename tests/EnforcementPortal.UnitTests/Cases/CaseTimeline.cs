using System.Reflection;
using EnforcementPortal.Domain.Cases;
using EnforcementPortal.Domain.Common;
using EnforcementPortal.UnitTests.Cases.Builders;
using static EnforcementPortal.Domain.Departments.DepartmentCode;

namespace EnforcementPortal.UnitTests.Cases;

/// <summary>
/// The timeline: every step adds an entry with who, when, from and to; entries are numbered 1..n and chained by
/// SHA-256, so an edit or a deletion made outside the application is found at the entry where it was made.
/// </summary>
public class CaseTimeline
{
    [Fact]
    public void EveryStepAddsAnEntryWithWhoWhenFromAndTo()
    {
        var scenario = Transferred();
        var events = scenario.Case.Events;

        events.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, events.Count));
        events.ShouldAllBe(e => e.CaseId == scenario.Case.Id);
        events.Select(e => (e.Action, e.FromState, e.ToState)).ShouldBe(
        [
            (null, null, CaseState.Inspected),
            (CaseAction.DetermineGeneral, CaseState.Inspected, CaseState.AwaitingNotice),
            (CaseAction.IssueNotice, CaseState.AwaitingNotice, CaseState.Rectifying),
            (CaseAction.RecordReply, CaseState.Rectifying, CaseState.AwaitingReview),
            (CaseAction.ReviewFailed, CaseState.AwaitingReview, CaseState.AwaitingInterview),
            (CaseAction.InterviewRefused, CaseState.AwaitingInterview, CaseState.AwaitingTransfer),
            (CaseAction.RequestTransfer, CaseState.AwaitingTransfer, CaseState.TransferPendingApproval),
            (CaseAction.LegalReviewAgreed, CaseState.TransferPendingApproval, CaseState.TransferPendingApproval),
            (CaseAction.ApproveTransfer, CaseState.TransferPendingApproval, CaseState.Transferred),
        ]);
        events.Select(e => e.OccurredAt).ShouldBe(
        [
            new DateTime(2026, 3, 2, 9, 0, 0),
            new DateTime(2026, 3, 2, 9, 0, 0),
            new DateTime(2026, 3, 3, 9, 0, 0),
            new DateTime(2026, 3, 4, 9, 0, 0),
            new DateTime(2026, 3, 5, 9, 0, 0),
            new DateTime(2026, 3, 6, 9, 0, 0),
            new DateTime(2026, 3, 9, 9, 0, 0),
            new DateTime(2026, 3, 10, 10, 0, 0),
            new DateTime(2026, 3, 10, 11, 0, 0),
        ]);
        events.Select(e => e.ActorName).ShouldBe(["马建军", "马建军", "马建军", "马建军", "马建军", "马建军", "马建军", "李慧敏", "王振华"]);
        events[^1].ActorId.ShouldBe(Bureau.Chief.UserId);
        events[0].IsTransition.ShouldBeFalse();
        events.Skip(1).ShouldAllBe(e => e.IsTransition);
    }

    [Fact]
    public void TheHashChainOfAnUntouchedTimelineIsIntact()
    {
        var events = Transferred().Case.Events;

        events[0].PreviousHash.ShouldBeEmpty();
        for (var i = 1; i < events.Count; i++)
        {
            events[i].PreviousHash.ShouldBe(events[i - 1].Hash);
        }

        events.ShouldAllBe(e => e.Hash.Length == CaseEvent.HashLength && e.Hash == e.ComputeHash());
        events.Select(e => e.Hash).Distinct().Count().ShouldBe(events.Count);
        events.ShouldAllBe(e => e.Hash.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c)));
        Transferred().Case.VerifyTimeline().ShouldBe(TimelineVerification.Intact);
    }

    [Fact]
    public void AnEditedSummaryIsFoundAtItsEntry()
    {
        var enforcementCase = Transferred().Case;

        Set(enforcementCase.Events[3], nameof(CaseEvent.Summary), "2026年3月4日收到情况说明：已全部整改。");

        enforcementCase.VerifyTimeline().ShouldSatisfyAllConditions(v => v.IsIntact.ShouldBeFalse(), v => v.FirstBrokenSequence.ShouldBe(4));
    }

    [Fact]
    public void AnEditedActorIsFoundAtItsEntry()
    {
        var enforcementCase = Transferred().Case;

        Set(enforcementCase.Events[7], nameof(CaseEvent.ActorName), "马建军");

        enforcementCase.VerifyTimeline().ShouldSatisfyAllConditions(v => v.IsIntact.ShouldBeFalse(), v => v.FirstBrokenSequence.ShouldBe(8));
    }

    [Fact]
    public void AnEditWhoseHashWasRecomputedIsFoundAtTheNextEntry()
    {
        var enforcementCase = Transferred().Case;
        var edited = enforcementCase.Events[4];

        Set(edited, nameof(CaseEvent.Summary), "2026年3月5日现场复查：整改到位。");
        Set(edited, nameof(CaseEvent.Hash), edited.ComputeHash());

        enforcementCase.VerifyTimeline().ShouldSatisfyAllConditions(v => v.IsIntact.ShouldBeFalse(), v => v.FirstBrokenSequence.ShouldBe(6));
    }

    [Fact]
    public void ADeletedEntryIsFoundAtTheEntryAfterIt()
    {
        var enforcementCase = Transferred().Case;
        var events = (List<CaseEvent>)typeof(EnforcementCase).GetField("_events", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(enforcementCase)!;

        events.RemoveAt(4);

        enforcementCase.VerifyTimeline().ShouldSatisfyAllConditions(v => v.IsIntact.ShouldBeFalse(), v => v.FirstBrokenSequence.ShouldBe(6));
    }

    [Fact]
    public void AnUploadIsNotedOnTheTimelineWithoutChangingTheState()
    {
        var scenario = CaseBuilder.For(Safety).WithGeneralFindings(2).Open().IssueNotice();
        var versionBefore = scenario.Case.Version;
        var file = new EvidenceFile(
            Guid.NewGuid(), EvidenceStep.Inspection, null, 1, "脚手架连墙件.jpg", "image/jpeg", 245_760,
            "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea", "2026/03/04/a1.jpg", scenario.Now, scenario.Actor, "外脚手架东立面");

        scenario.Case.AttachEvidence(file, scenario.Actor, scenario.Now);

        var entry = scenario.Case.Events[^1];
        entry.Action.ShouldBeNull();
        entry.FromState.ShouldBeNull();
        entry.ToState.ShouldBe(CaseState.Rectifying);
        entry.IsTransition.ShouldBeFalse();
        entry.Summary.ShouldBe("上传证据：脚手架连墙件.jpg（240 KB，SHA-256 3f79bb7b435b…）");
        scenario.Case.State.ShouldBe(CaseState.Rectifying);
        scenario.Case.Version.ShouldBeGreaterThan(versionBefore);
        scenario.Case.VerifyTimeline().IsIntact.ShouldBeTrue();
    }

    [Fact]
    public void AClosedCaseTakesNoMoreEvidence()
    {
        var scenario = CaseBuilder.For(Housing).WithoutFindings().Open();
        var file = new EvidenceFile(
            Guid.NewGuid(), EvidenceStep.Inspection, null, null, "现场.jpg", "image/jpeg", 1024,
            new string('a', 64), "k", scenario.Now, scenario.Actor, null);

        Should.Throw<DomainException>(() => scenario.Case.AttachEvidence(file, scenario.Actor, scenario.Now))
            .Message.ShouldBe("案件已结束或归档，不能再添加证据。");
    }

    [Fact]
    public void EveryStepIncreasesTheVersion()
    {
        var scenario = CaseBuilder.For(Quality).WithGeneralFindings(1).Open();
        var versions = new List<int> { scenario.Case.Version };

        foreach (var step in new Action[] { () => scenario.IssueNotice(), () => scenario.Reply(), () => scenario.ReviewPassed(), () => scenario.Archive() })
        {
            step();
            versions.Add(scenario.Case.Version);
        }

        versions.ShouldBeInOrder(SortDirection.Ascending);
        versions.Distinct().Count().ShouldBe(versions.Count);
    }

    /// <summary>房产科: noticed, replied, failed at review, refused at the interview, transferred on 10 March 2026.</summary>
    private static CaseScenario Transferred() =>
        CaseBuilder.For(Housing).WithGeneralFindings(2).Open()
            .IssueNotice().Reply().ReviewFailed().InterviewRefused().RequestTransfer().LegalReviewAgreed().ApproveTransfer();

    /// <summary>Plays the database administrator: writes a property behind the entity's private setter.</summary>
    private static void Set(CaseEvent entry, string property, object value) =>
        typeof(CaseEvent).GetProperty(property)!.SetValue(entry, value);
}
