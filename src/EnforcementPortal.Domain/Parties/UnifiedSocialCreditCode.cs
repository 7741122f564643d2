namespace EnforcementPortal.Domain.Parties;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet; the 18th is a check character
/// computed from the first 17 with weights 3^(i) mod 31.
/// </summary>
public readonly record struct UnifiedSocialCreditCode
{
    public const int Length = 18;

    /// <summary>The code alphabet: digits and capital letters except I, O, Z, S, V.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out UnifiedSocialCreditCode code)
    {
        code = default;
        var candidate = text?.Trim().ToUpperInvariant();
        if (candidate is null || candidate.Length != Length || candidate.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        if (ComputeCheckCharacter(candidate.AsSpan(0, Length - 1)) != candidate[Length - 1])
        {
            return false;
        }

        code = new UnifiedSocialCreditCode(candidate);
        return true;
    }

    public static UnifiedSocialCreditCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException(InvalidMessage);

    public const string InvalidMessage = "统一社会信用代码格式不正确（应为18位，且校验码须符合GB 32100-2015）。";

    /// <summary>Computes the 18th (check) character for the first 17 characters.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Exactly 17 characters are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var index = Alphabet.IndexOf(char.ToUpperInvariant(first17[i]), StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the code alphabet.", nameof(first17));
            }

            sum += index * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>
    /// The check character of the embedded 9-character organisation code (GB 11714-1997) for its first 8 characters,
    /// used when generating realistic codes.
    /// </summary>
    public static char ComputeOrganizationCodeCheck(ReadOnlySpan<char> first8)
    {
        ReadOnlySpan<int> weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * weights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    public override string ToString() => Value;
}
