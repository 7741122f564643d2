using EnforcementPortal.Domain.Parties;

namespace EnforcementPortal.UnitTests.Parties;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters of the 31-character alphabet, the last a check character over the
/// first 17 with weights 3^i mod 31. Expected check characters below were computed by hand, independently of the code.
/// </summary>
public class UnifiedSocialCreditCodeParsing
{
    [Theory]
    [InlineData("91330100716105852F")] // 阿里巴巴（中国）有限公司, as published
    [InlineData("9144030071526726XG")] // 腾讯科技（深圳）有限公司
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("91110000710925462X")] // 中国石油天然气股份有限公司
    [InlineData("91654002MA78K3QN20")] // made up for 伊宁市 (654002): weighted sum ≡ 0 (mod 31), so the check is '0'
    [InlineData("126540024580123458")] // made up: a public institution (事业单位) of 伊宁市
    public void AcceptsCodesWhoseCheckCharacterAgrees(string text)
    {
        UnifiedSocialCreditCode.TryParse(text, out var code).ShouldBeTrue();

        code.Value.ShouldBe(text);
        code.ToString().ShouldBe(text);
        UnifiedSocialCreditCode.Parse(text).ShouldBe(code);
    }

    [Fact]
    public void AcceptsLowercaseAndSurroundingSpacesAndStoresTheCanonicalForm()
    {
        UnifiedSocialCreditCode.TryParse("  9144030071526726xg ", out var code).ShouldBeTrue();

        code.Value.ShouldBe("9144030071526726XG");
    }

    [Theory]
    [InlineData("91330100716105852G", "wrong check character")]
    [InlineData("91110000100000589B", "wrong check character (the right one would be A)")]
    [InlineData("91330100716105825F", "two digits swapped")]
    [InlineData("91330100716105852", "17 characters")]
    [InlineData("91330100716105852FF", "19 characters")]
    [InlineData("", "empty")]
    [InlineData("   ", "blank")]
    [InlineData(null, "missing")]
    [InlineData("9133010071610585-F", "a character outside the alphabet")]
    [InlineData("９１３３０１００７１６１０５８５２Ｆ", "full-width digits")]
    public void RefusesMalformedCodes(string? text, string why)
    {
        UnifiedSocialCreditCode.TryParse(text, out var code).ShouldBeFalse(why);
        code.ShouldBe(default);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    public void RefusesTheLettersTheStandardLeavesOut(char letter)
    {
        // Put the forbidden letter in the organisation-code part of an otherwise valid code.
        var text = "91654002MA78K3QN20".Remove(9, 1).Insert(9, letter.ToString());

        UnifiedSocialCreditCode.TryParse(text, out _).ShouldBeFalse();
        UnifiedSocialCreditCode.TryParse(text.ToLowerInvariant(), out _).ShouldBeFalse();
        UnifiedSocialCreditCode.Alphabet.ShouldNotContain(letter);
    }

    [Fact]
    public void ParseExplainsTheFormatInChinese() =>
        Should.Throw<FormatException>(() => UnifiedSocialCreditCode.Parse("91330100716105852G"))
            .Message.ShouldBe("统一社会信用代码格式不正确（应为18位，且校验码须符合GB 32100-2015）。");

    [Theory]
    [InlineData("91330100716105852", 'F')]
    [InlineData("91654002MA78K3QN2", '0')]
    [InlineData("91654002MA7AB12C3", 'L')]
    [InlineData("91110000100000589", 'A')]
    public void ComputesTheCheckCharacter(string first17, char expected)
    {
        UnifiedSocialCreditCode.ComputeCheckCharacter(first17).ShouldBe(expected);
        UnifiedSocialCreditCode.ComputeCheckCharacter(first17.ToLowerInvariant()).ShouldBe(expected);
    }

    [Fact]
    public void TheCheckCharacterNeedsExactlySeventeenCharactersOfTheAlphabet()
    {
        Should.Throw<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter("9133010071610585"));
        Should.Throw<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter("9133010071610585O"));
    }

    [Theory]
    [InlineData("71610585", '2')] // 阿里巴巴's organisation code 71610585-2, inside 91330100 716105852 F
    [InlineData("71526726", 'X')] // 腾讯's 71526726-X
    [InlineData("19220382", '1')] // 华为's 19220382-1
    public void ComputesTheCheckOfTheEmbeddedOrganisationCode(string first8, char expected) =>
        UnifiedSocialCreditCode.ComputeOrganizationCodeCheck(first8).ShouldBe(expected);
}
