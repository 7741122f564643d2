using System.Globalization;
using System.Text;

namespace EnforcementPortal.Infrastructure.Files;

/// <summary>
/// Makes a user-supplied file name safe to show and to offer as a download name: no path, no control characters and
/// no bidirectional formatting characters, so that <c>photo\u202Egnp.exe</c> cannot pass itself off as "photoexe.png".
/// </summary>
public static class DisplayFileName
{
    public static string Clean(string? fileName, int maxLength = 200)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            builder.Append(c);
        }

        var cleaned = builder.ToString().Trim().TrimStart('.');
        if (cleaned.Length == 0)
        {
            cleaned = "file";
        }

        return cleaned.Length > maxLength ? cleaned[^maxLength..] : cleaned;
    }
}
