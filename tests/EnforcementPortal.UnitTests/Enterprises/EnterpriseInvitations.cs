using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Enterprises;

namespace EnforcementPortal.UnitTests.Enterprises;

/// <summary>企业网上办理邀请码: single use, stored hashed, expires, void after repeated wrong entries.</summary>
public class EnterpriseInvitations
{
    private static readonly DateTime IssuedAt = new(2026, 11, 16, 10, 0, 0);
    private static readonly Guid Party = Guid.NewGuid();

    [Fact]
    public void TheCodeIsStoredOnlyAsItsHash()
    {
        var (invitation, code) = EnterpriseInvitation.Issue(Party, Guid.NewGuid(), IssuedAt, 30);

        code.Length.ShouldBe(InvitationCodes.Length);
        code.ShouldAllBe(c => InvitationCodes.Alphabet.Contains(c));
        invitation.CodeHash.ShouldNotContain(code);
        invitation.CodeHash.Length.ShouldBe(EnterpriseInvitation.HashLength);
        invitation.Matches(InvitationCodes.Format(code).ToLowerInvariant()).ShouldBeTrue();
        invitation.ExpiresAt.ShouldBe(IssuedAt.AddDays(30));
    }

    [Fact]
    public void ACodeIsUsedOnceOnly()
    {
        var (invitation, code) = EnterpriseInvitation.Issue(Party, Guid.NewGuid(), IssuedAt, 30);
        var user = Guid.NewGuid();

        invitation.Redeem(code, user, IssuedAt.AddDays(1));

        invitation.UsedByUserId.ShouldBe(user);
        invitation.IsUsableAt(IssuedAt.AddDays(2)).ShouldBeFalse();
        Should.Throw<DomainException>(() => invitation.Redeem(code, Guid.NewGuid(), IssuedAt.AddDays(2))).Message.ShouldBe(EnterpriseInvitation.RefusedMessage);
        invitation.UsedByUserId.ShouldBe(user);
    }

    [Fact]
    public void ACodeExpiresAtTheEndOfItsValidity()
    {
        var (invitation, code) = EnterpriseInvitation.Issue(Party, Guid.NewGuid(), IssuedAt, 7);

        invitation.IsUsableAt(IssuedAt.AddDays(7).AddSeconds(-1)).ShouldBeTrue();
        invitation.IsUsableAt(IssuedAt.AddDays(7)).ShouldBeFalse();
        Should.Throw<DomainException>(() => invitation.Redeem(code, Guid.NewGuid(), IssuedAt.AddDays(7))).Message.ShouldBe(EnterpriseInvitation.RefusedMessage);
        invitation.IsUsed.ShouldBeFalse();
    }

    [Fact]
    public void AWrongCodeIsRefusedAndFiveWrongEntriesVoidTheInvitation()
    {
        var (invitation, code) = EnterpriseInvitation.Issue(Party, Guid.NewGuid(), IssuedAt, 30);
        var other = code[..^1] + (code[^1] == 'A' ? 'B' : 'A');

        Should.Throw<DomainException>(() => invitation.Redeem(other, Guid.NewGuid(), IssuedAt.AddHours(1)));
        for (var i = 0; i < EnterpriseInvitation.MaxFailedAttempts - 1; i++)
        {
            invitation.RecordFailedAttempt();
        }

        invitation.IsUsableAt(IssuedAt.AddHours(1)).ShouldBeTrue();
        invitation.RecordFailedAttempt();
        invitation.IsVoid.ShouldBeTrue();
        Should.Throw<DomainException>(() => invitation.Redeem(code, Guid.NewGuid(), IssuedAt.AddHours(1)));
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn", "ABCDEFGHJKMN")]
    [InlineData(" ABCD EFGH JKMN ", "ABCDEFGHJKMN")]
    [InlineData("ABCD-EFGH-JKM0", null)]
    [InlineData("ABCD-EFGH-JKMO", null)]
    [InlineData("ABCD-EFGH", null)]
    [InlineData("", null)]
    public void CodesAreReadWithoutCaseOrDashesAndLookAlikesAreNoCode(string typed, string? expected) =>
        InvitationCodes.Normalize(typed).ShouldBe(expected);

    [Fact]
    public void ValidityOutsideOneToThreeHundredSixtyFiveDaysIsRefused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => EnterpriseInvitation.Issue(Party, Guid.NewGuid(), IssuedAt, 0));
}
