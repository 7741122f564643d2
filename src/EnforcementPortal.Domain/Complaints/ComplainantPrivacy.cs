using System.Globalization;
using System.Text;

namespace EnforcementPortal.Domain.Complaints;

/// <summary>
/// How the complainant's name and phone appear to anyone who may not see them (操作流程 五: 不得泄露……投诉举报人信息):
/// 张三 → 张*, 13912341234 → 139****1234.
/// </summary>
public static class ComplainantPrivacy
{
    public const string Anonymous = "匿名";

    /// <summary>The first character, then one * per remaining character; 匿名 when no name was given.</summary>
    public static string MaskName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Anonymous;
        }

        var elements = StringInfo.GetTextElementEnumerator(name.Trim());
        var result = new StringBuilder();
        var first = true;
        while (elements.MoveNext())
        {
            result.Append(first ? elements.GetTextElement() : "*");
            first = false;
        }

        return result.ToString();
    }

    /// <summary>The first three and the last four digits of a phone of 8 digits or more (139****1234); otherwise all masked.</summary>
    public static string MaskPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return "未留";
        }

        var value = phone.Trim();
        return value.Length >= 8
            ? string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4))
            : new string('*', value.Length);
    }

    /// <summary>A phone as it is compared and hashed: digits only, without a leading +86/86 country code.</summary>
    public static string NormalizePhone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : digits;
    }
}
