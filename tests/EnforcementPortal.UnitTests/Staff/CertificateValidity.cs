using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Staff;

namespace EnforcementPortal.UnitTests.Staff;

/// <summary>执法证: valid on both its first and its last day; "expires within" warns only while it is still valid.</summary>
public class CertificateValidity
{
    private static readonly Certificate Certificate = new(" 65040021001 ", "新疆维吾尔自治区人民政府", new DateOnly(2024, 1, 1), new DateOnly(2026, 3, 31));

    [Theory]
    [InlineData("2023-12-31", false)]
    [InlineData("2024-01-01", true)]
    [InlineData("2025-06-15", true)]
    [InlineData("2026-03-31", true)]
    [InlineData("2026-04-01", false)]
    public void IsValidFromItsFirstToItsLastDayInclusive(string day, bool valid) =>
        Certificate.IsValidOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(valid);

    [Theory]
    [InlineData("2026-03-01", 30, true)] // 31 March is 30 days after 1 March
    [InlineData("2026-03-01", 29, false)]
    [InlineData("2026-03-31", 0, true)] // the last day itself
    [InlineData("2026-04-01", 30, false)] // already expired: not "expiring"
    [InlineData("2023-12-01", 60, false)] // not yet valid
    public void ExpiresWithinCountsDaysFromToday(string today, int days, bool expected) =>
        Certificate.ExpiresWithin(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), days).ShouldBe(expected);

    [Fact]
    public void TrimsItsNumberAndIssuer()
    {
        Certificate.Number.ShouldBe("65040021001");
        Certificate.IssuingAuthority.ShouldBe("新疆维吾尔自治区人民政府");
    }

    [Fact]
    public void RefusesACertificateWithoutANumber() =>
        Should.Throw<DomainException>(() => new Certificate(" ", "新疆维吾尔自治区人民政府", new DateOnly(2024, 1, 1), new DateOnly(2026, 3, 31)))
            .Message.ShouldBe("执法证号不能为空。");

    [Fact]
    public void RefusesAValidityThatEndsBeforeItStarts() =>
        Should.Throw<DomainException>(() => new Certificate("65040021001", "新疆维吾尔自治区人民政府", new DateOnly(2026, 1, 1), new DateOnly(2025, 12, 31)))
            .Message.ShouldBe("执法证有效期截止日期不能早于起始日期。");

    [Fact]
    public void AOneDayCertificateIsValidThatDay()
    {
        var day = new DateOnly(2026, 3, 2);

        new Certificate("65040021009", "伊宁市人民政府", day, day).IsValidOn(day).ShouldBeTrue();
    }

    [Fact]
    public void TheOfficerOnDutyKeepsTheCertificateAsItWasThatDay()
    {
        var officer = OfficerOnDuty.From(Guid.NewGuid(), "马建军", Certificate);

        officer.CertificateNumber.ShouldBe("65040021001");
        officer.HasValidCertificateOn(new DateOnly(2026, 3, 31)).ShouldBeTrue();
        officer.HasValidCertificateOn(new DateOnly(2026, 4, 1)).ShouldBeFalse();
        OfficerOnDuty.From(Guid.NewGuid(), "赵鑫", null).HasValidCertificateOn(new DateOnly(2026, 3, 2)).ShouldBeFalse();
    }
}
