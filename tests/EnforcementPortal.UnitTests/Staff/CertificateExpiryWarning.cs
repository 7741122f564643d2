using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.UnitTests.Staff;

/// <summary>
/// The warning 30 calendar days before a 执法证 expires. A certificate's validity is printed in calendar days and it
/// lapses on its last day whatever the working calendar says, so the warning counts calendar days, not working days.
/// </summary>
public class CertificateExpiryWarning
{
    private static readonly Certificate Held = new("65400220242002", "新疆维吾尔自治区人民政府", new DateOnly(2024, 3, 1), new DateOnly(2026, 12, 16));

    [Theory]
    [InlineData("2026-11-15", false)] // 31 days before
    [InlineData("2026-11-16", true)] // exactly 30 calendar days before, though only ~21 working days
    [InlineData("2026-12-16", true)] // the last day
    public void WarnsFromThirtyCalendarDaysBeforeTheLastDay(string today, bool warned)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        CertificateStatuses.NeedsAttention(Held, day).ShouldBe(warned);
        (CertificateStatuses.WarningFor(Held, day) is not null).ShouldBe(warned);
    }

    [Fact]
    public void TheHolderIsToldTheDateItExpires() =>
        CertificateStatuses.WarningFor(Held, new DateOnly(2026, 11, 20)).ShouldBe("您的执法证（65400220242002）将于2026年12月16日到期，请提前办理换证。");

    [Fact]
    public void AnExpiredCertificateIsReportedAsExpired() =>
        CertificateStatuses.WarningFor(Held, new DateOnly(2026, 12, 17)).ShouldBe("您的执法证（65400220242002）已于2026年12月16日到期，不能参与现场检查、文书送达和约谈。请尽快办理换证。");

    [Fact]
    public void ASuspendedCertificateIsReportedAsSuspendedWhateverItsValidity()
    {
        var suspended = Held with { Status = CertificateStatus.Suspended };

        CertificateStatuses.WarningFor(suspended, new DateOnly(2025, 6, 1)).ShouldBe("您的执法证（65400220242002）已暂扣，不能参与现场检查、文书送达和约谈。");
        CertificateStatuses.NeedsAttention(suspended, new DateOnly(2025, 6, 1)).ShouldBeTrue();
    }

    [Fact]
    public void NoWarningWithoutACertificate() => CertificateStatuses.WarningFor(null, new DateOnly(2026, 11, 20)).ShouldBeNull();
}
