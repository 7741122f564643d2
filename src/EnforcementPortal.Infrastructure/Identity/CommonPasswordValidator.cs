using Microsoft.AspNetCore.Identity;

namespace EnforcementPortal.Infrastructure.Identity;

/// <summary>
/// Refuses passwords that pass the length and character rules but are among the first an attacker tries: a common
/// word or keyboard run with digits and symbols around it (<c>Password1</c>, <c>Qwerty123</c>, <c>Admin@2026</c>),
/// a run of digits with a letter or two (<c>Aa123456</c>), or the user's own name. Registered as an Identity password
/// validator, so it applies to every way a password is set: creating a user, an administrator's reset, a change, the
/// bootstrap administrator.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string Code = "CommonPassword";

    // Lower-case letter cores; a password whose letters, with digits and symbols removed, are one of these is refused.
    private static readonly HashSet<string> CommonCores = new(StringComparer.Ordinal)
    {
        "password", "passw", "passwd", "pass", "pwd", "p", "pa", "qwerty", "qwertyuiop", "qwer", "qwe", "asdf", "asdfgh",
        "asdfghjkl", "zxcv", "zxcvbn", "zxcvbnm", "qaz", "qazwsx", "wsx", "qazwsxedc", "abc", "abcd", "abcde", "abcdef",
        "abcdefg", "admin", "administrator", "root", "user", "test", "tester", "guest", "login", "welcome", "letmein",
        "iloveyou", "love", "monkey", "dragon", "master", "sunshine", "princess", "football", "baseball", "shadow",
        "superman", "batman", "trustno", "hello", "hellow", "secret", "china", "beijing", "zhongguo", "woaini", "aini",
        "wang", "zhang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "system", "sys", "manager",
        "changeme", "default", "temp", "oracle", "mysql", "server", "computer", "internet", "yining", "zhujian",
        "zhijian", "gov", "xxx", "aaa", "aaaa", "aaaaaa", "mima", "mimamima",
    };

    private static readonly string[] Runs = ["0123456789", "9876543210", "qwertyuiop", "asdfghjkl", "zxcvbnm", "abcdefghijklmnopqrstuvwxyz"];

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(IsCommon(password ?? string.Empty, user.UserName)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = "该密码过于常见或容易被猜到（如 Password1、Admin@2026、Aa123456），请换一个。" })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password, string? userName)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.ToLowerInvariant();
        var letters = new string([.. lower.Where(char.IsAsciiLetterLower)]);
        var unLeet = new string([.. lower.Select(c => c switch { '@' => 'a', '0' => 'o', '$' => 's', '3' => 'e', _ => c }).Where(char.IsAsciiLetterLower)]);
        if (letters.Length <= 2 || CommonCores.Contains(letters) || CommonCores.Contains(unLeet))
        {
            return true;
        }

        if (!string.IsNullOrEmpty(userName))
        {
            var name = userName.ToLowerInvariant();
            var nameLetters = new string([.. name.Where(char.IsAsciiLetterLower)]);
            if (lower.Contains(name, StringComparison.Ordinal) || (nameLetters.Length >= 3 && letters.Contains(nameLetters, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        // Mostly one keyboard or alphabet run, or one repeated character.
        return lower.Distinct().Count() <= 3 || Runs.Any(run => LongestCommonRun(lower, run) >= lower.Length - 2);
    }

    private static int LongestCommonRun(string value, string run)
    {
        var best = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var start = run.IndexOf(value[i], StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            var length = 0;
            while (i + length < value.Length && start + length < run.Length && value[i + length] == run[start + length])
            {
                length++;
            }

            best = Math.Max(best, length);
        }

        return best;
    }
}
