using EnforcementPortal.Domain.Complaints;

namespace EnforcementPortal.UnitTests.Complaints;

/// <summary>Masking of the complainant where the viewer may not see them: 张*, 139****1234.</summary>
public class ComplainantMasking
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData(" 李 ", "李")]
    [InlineData(null, "匿名")]
    [InlineData("", "匿名")]
    public void Names_keep_only_the_first_character(string? name, string masked) =>
        ComplainantPrivacy.MaskName(name).ShouldBe(masked);

    [Theory]
    [InlineData("13912341234", "139****1234")]
    [InlineData("09998332533", "099****2533")]
    [InlineData("12345", "*****")]
    [InlineData(null, "未留")]
    public void Phones_keep_the_first_three_and_last_four_digits(string? phone, string masked) =>
        ComplainantPrivacy.MaskPhone(phone).ShouldBe(masked);

    [Theory]
    [InlineData("+86 139-1234-1234", "13912341234")]
    [InlineData("139 1234 1234", "13912341234")]
    public void Phones_are_normalised_before_hashing(string phone, string normalised) =>
        ComplainantPrivacy.NormalizePhone(phone).ShouldBe(normalised);
}
