using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.UnitTests.Staff;

/// <summary>执法证 暂扣 / 收回 / 注销 / 发还 (建法〔2025〕40号 (五)): reason and date kept, effect at once on the two-officer rule.</summary>
public class CertificateStatusChanges
{
    private static readonly DateOnly Today = new(2026, 11, 16);
    private static readonly Guid Holder = Guid.Parse("00000000-0000-0000-0000-000000000042");
    private static readonly Actor Admin = new(Guid.Parse("00000000-0000-0000-0000-000000000001"), "系统管理员");
    private static readonly DateTime At = new(2026, 11, 16, 10, 0, 0);
    private static readonly Certificate Held = new("65400220242002", "新疆维吾尔自治区人民政府", new DateOnly(2024, 3, 1), new DateOnly(2029, 2, 28));

    [Fact]
    public void SuspendingRecordsTheChangeWithItsReasonAndDate()
    {
        var changed = Held.ChangeStatus(Holder, CertificateStatus.Suspended, " 现场检查未出示执法证件 ", new DateOnly(2026, 11, 13), Today, null, Admin, At);

        changed.Certificate.Status.ShouldBe(CertificateStatus.Suspended);
        changed.Certificate.Number.ShouldBe(Held.Number);
        changed.Change.HolderId.ShouldBe(Holder);
        changed.Change.CertificateNumber.ShouldBe(Held.Number);
        changed.Change.From.ShouldBe(CertificateStatus.Valid);
        changed.Change.To.ShouldBe(CertificateStatus.Suspended);
        changed.Change.Reason.ShouldBe("现场检查未出示执法证件");
        changed.Change.EffectiveOn.ShouldBe(new DateOnly(2026, 11, 13));
        changed.Change.RecordedByName.ShouldBe("系统管理员");
        Held.Status.ShouldBe(CertificateStatus.Valid, "the certificate is a value: the change gives a new one");
    }

    [Fact]
    public void ASuspendedCertificateIsNotValidEvenWithinItsValidity()
    {
        var suspended = Held.ChangeStatus(Holder, CertificateStatus.Suspended, "待查", Today, Today, null, Admin, At).Certificate;

        suspended.IsWithinValidity(Today).ShouldBeTrue();
        suspended.IsValidOn(Today).ShouldBeFalse();
    }

    [Fact]
    public void ASuspendedCertificateStopsTheOfficerCountingTowardTheTwoOfficerRule()
    {
        var colleague = OfficerOnDuty.From(Guid.NewGuid(), "艾力·买买提", Held with { Number = "65400220241002" });
        var suspended = Held.ChangeStatus(Holder, CertificateStatus.Suspended, "待查", Today, Today, null, Admin, At).Certificate;

        TwoCertifiedOfficersRule.Check([colleague, OfficerOnDuty.From(Holder, "赵磊", Held)], Today).ShouldBeEmpty();
        TwoCertifiedOfficersRule.Check([colleague, OfficerOnDuty.From(Holder, "赵磊", suspended)], Today).ShouldBe(
        [
            "赵磊的执法证（65400220242002）已暂扣，不能参与执法。",
            "执法人员不得少于两人，且均须持有效执法证（当前有效执法人员 1 人）。",
        ]);
    }

    [Theory]
    [InlineData(CertificateStatus.Valid, CertificateStatus.Suspended, true)]
    [InlineData(CertificateStatus.Valid, CertificateStatus.Withdrawn, true)]
    [InlineData(CertificateStatus.Valid, CertificateStatus.Cancelled, true)]
    [InlineData(CertificateStatus.Suspended, CertificateStatus.Valid, true)]
    [InlineData(CertificateStatus.Suspended, CertificateStatus.Cancelled, true)]
    [InlineData(CertificateStatus.Withdrawn, CertificateStatus.Cancelled, true)]
    [InlineData(CertificateStatus.Withdrawn, CertificateStatus.Valid, false)]
    [InlineData(CertificateStatus.Cancelled, CertificateStatus.Valid, false)]
    [InlineData(CertificateStatus.Cancelled, CertificateStatus.Suspended, false)]
    public void OnlyTheAllowedChangesAreAccepted(CertificateStatus from, CertificateStatus to, bool allowed)
    {
        var certificate = Held with { Status = from };

        var change = () => certificate.ChangeStatus(Holder, to, "理由", Today, Today, null, Admin, At);

        if (allowed)
        {
            change().Certificate.Status.ShouldBe(to);
        }
        else
        {
            Should.Throw<DomainException>(change).Message.ShouldStartWith($"执法证不能由“{CertificateStatuses.Label(from)}”改为“{CertificateStatuses.Label(to)}”。");
        }
    }

    [Theory]
    [InlineData(null, "请填写状态变更的理由。")]
    [InlineData("   ", "请填写状态变更的理由。")]
    public void AReasonIsRequired(string? reason, string message) =>
        Should.Throw<DomainException>(() => Held.ChangeStatus(Holder, CertificateStatus.Suspended, reason, Today, Today, null, Admin, At)).Message.ShouldBe(message);

    [Fact]
    public void AChangeCannotBeDatedInTheFuture() =>
        Should.Throw<DomainException>(() => Held.ChangeStatus(Holder, CertificateStatus.Suspended, "待查", Today.AddDays(1), Today, null, Admin, At))
            .Message.ShouldBe("状态变更日期不能晚于今天：变更即时生效，不能预先登记。");

    [Fact]
    public void AChangeCannotBeDatedBeforeThePreviousOne() =>
        Should.Throw<DomainException>(() => Held.ChangeStatus(Holder, CertificateStatus.Suspended, "待查", new DateOnly(2026, 11, 1), Today, new DateOnly(2026, 11, 2), Admin, At))
            .Message.ShouldBe("状态变更日期不能早于上一次变更（2026年11月2日）。");

    [Fact]
    public void TheSameStatusIsRefused() =>
        Should.Throw<DomainException>(() => Held.ChangeStatus(Holder, CertificateStatus.Valid, "理由", Today, Today, null, Admin, At))
            .Message.ShouldBe("执法证已是“有效”状态。");
}
