using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.UnitTests.Staff;

/// <summary>两名以上持有效执法证的执法人员 (seeds 001 (五), 002): every problem is named in Chinese.</summary>
public class TwoCertifiedOfficers
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static readonly OfficerOnDuty Ma = Officer(1, "马建军", "65040021001", "2024-01-01", "2028-12-31");
    private static readonly OfficerOnDuty Gulmira = Officer(2, "古丽米拉·吐尔逊", "65040021002", "2024-01-01", "2028-12-31");
    private static readonly OfficerOnDuty Ablimit = Officer(3, "阿不来提·艾合买提", "65040021003", "2026-03-02", "2029-03-01");
    private static readonly OfficerOnDuty Liu = Officer(4, "刘海涛", "65040019004", "2023-03-01", "2026-02-28");
    private static readonly OfficerOnDuty Zhao = new(Guid.Parse("00000000-0000-0000-0000-000000000005"), "赵鑫", null, null, null);

    [Fact]
    public void TwoCertifiedOfficersSatisfyTheRule() =>
        TwoCertifiedOfficersRule.Check([Ma, Gulmira], Day).ShouldBeEmpty();

    [Fact]
    public void ACertificateIssuedThatVeryDayCounts() =>
        TwoCertifiedOfficersRule.Check([Ma, Ablimit], Day).ShouldBeEmpty();

    [Fact]
    public void OneOfficerIsNotEnough() =>
        TwoCertifiedOfficersRule.Check([Ma], Day).ShouldBe(["执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 1 人）。"]);

    [Fact]
    public void NoOfficerAtAll() =>
        TwoCertifiedOfficersRule.Check([], Day).ShouldBe(["执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 0 人）。"]);

    [Fact]
    public void TheSameOfficerListedTwiceCountsOnce() =>
        TwoCertifiedOfficersRule.Check([Ma, Ma], Day).ShouldBe(["执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 1 人）。"]);

    [Fact]
    public void AnExpiredCertificateIsNamedWithItsNumberAndTheDay() =>
        TwoCertifiedOfficersRule.Check([Ma, Liu], Day).ShouldBe(
        [
            "刘海涛的执法证（65040019004）在2026年3月2日不在有效期内，不能参与执法。",
            "执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 1 人）。",
        ]);

    [Fact]
    public void AnExpiredOfficerIsRefusedEvenBesideTwoCertifiedOnes() =>
        TwoCertifiedOfficersRule.Check([Ma, Gulmira, Liu], Day).ShouldBe(["刘海涛的执法证（65040019004）在2026年3月2日不在有效期内，不能参与执法。"]);

    [Fact]
    public void AnOfficerWithoutACertificateIsNamed() =>
        TwoCertifiedOfficersRule.Check([Zhao, Liu], Day).ShouldBe(
        [
            "赵鑫未持有执法证，不能参与执法。",
            "刘海涛的执法证（65040019004）在2026年3月2日不在有效期内，不能参与执法。",
            "执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 0 人）。",
        ]);

    [Fact]
    public void TheDayBeforeExpiryStillCounts() =>
        TwoCertifiedOfficersRule.Check([Ma, Liu], new DateOnly(2026, 2, 28)).ShouldBeEmpty();

    private static OfficerOnDuty Officer(int id, string name, string number, string from, string to) => new(
        Guid.Parse($"00000000-0000-0000-0000-00000000000{id}"),
        name,
        number,
        DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
        DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
}
