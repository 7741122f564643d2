using EnforcementPortal.Domain.Complaints;
using static EnforcementPortal.UnitTests.Complaints.ComplaintBuilder;

namespace EnforcementPortal.UnitTests.Complaints;

/// <summary>重复投诉: same party or site (or the same caller) within the window.</summary>
public class DuplicateComplaints
{
    [Fact]
    public void The_same_party_written_differently_within_the_window_is_a_candidate()
    {
        var earlier = Received(party: "伊宁市安居房产经纪有限公司", address: "A路1号");
        var later = Received(party: "伊宁市 安居房产经纪有限公司。", address: "B路2号", at: Filed.AddDays(30));

        DuplicateMatching.IsCandidate(later.DuplicateKey, earlier.DuplicateKey, 90).ShouldBeTrue();
    }

    [Fact]
    public void The_same_site_with_full_width_digits_is_a_candidate()
    {
        var earlier = Received(party: "甲公司", address: "伊宁市解放路88号");
        var later = Received(party: "乙公司", address: "伊宁市解放路８８号", at: Filed.AddDays(5));

        DuplicateMatching.IsCandidate(later.DuplicateKey, earlier.DuplicateKey, 90).ShouldBeTrue();
    }

    [Fact]
    public void Outside_the_window_it_is_not_a_candidate()
    {
        var earlier = Received();
        var later = Received(at: Filed.AddDays(91));

        DuplicateMatching.IsCandidate(later.DuplicateKey, earlier.DuplicateKey, 90).ShouldBeFalse();
        DuplicateMatching.IsCandidate(later.DuplicateKey, earlier.DuplicateKey, 120).ShouldBeTrue();
    }

    [Fact]
    public void Different_party_site_and_caller_is_not_a_candidate_nor_is_the_complaint_itself()
    {
        var earlier = Received(party: "甲公司", address: "A路1号", phoneHash: "x");
        var later = Received(party: "乙公司", address: "B路2号", phoneHash: "y");

        DuplicateMatching.IsCandidate(later.DuplicateKey, earlier.DuplicateKey, 90).ShouldBeFalse();
        DuplicateMatching.IsCandidate(later.DuplicateKey, later.DuplicateKey, 90).ShouldBeFalse();
    }

    [Fact]
    public void The_same_callers_phone_hash_is_a_candidate_and_candidates_come_most_recent_first()
    {
        var first = Received(party: "甲公司", address: "A路1号", phoneHash: "same");
        var second = Received(party: "丙公司", address: "C路3号", phoneHash: "same", at: Filed.AddDays(2));
        var later = Received(party: "乙公司", address: "B路2号", phoneHash: "same", at: Filed.AddDays(3));

        DuplicateMatching.CandidatesFor(later.DuplicateKey, [first.DuplicateKey, second.DuplicateKey], 90)
            .Select(k => k.ComplaintId).ShouldBe([second.Id, first.Id]);
    }
}
