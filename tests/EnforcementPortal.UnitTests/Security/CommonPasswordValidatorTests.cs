using EnforcementPortal.Infrastructure.Identity;

namespace EnforcementPortal.UnitTests.Security;

public sealed class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("Password1")]
    [InlineData("Qwerty123")]
    [InlineData("Aa123456")]
    [InlineData("Admin@2026")]
    [InlineData("P@ssw0rd1")]
    [InlineData("Abcd1234")]
    [InlineData("1qaz2WSX")]
    [InlineData("Woaini1314")]
    [InlineData("Asdfghjkl1")]
    [InlineData("Aaaaaaa1")]
    public void CommonPasswordsAreRefused(string password) => CommonPasswordValidator.IsCommon(password, "zj.officer1").ShouldBeTrue();

    [Theory]
    [InlineData("Renewed2027")]
    [InlineData("Hx7-river-Tulip")]
    [InlineData("Yining8Kiln")]
    public void UncommonPasswordsPass(string password) => CommonPasswordValidator.IsCommon(password, "zj.officer1").ShouldBeFalse();

    [Fact]
    public void PasswordContainingTheUserNameIsRefused() => CommonPasswordValidator.IsCommon("Zhangwei2027", "zhangwei").ShouldBeTrue();
}
