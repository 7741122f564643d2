using System.Text;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>A stand-in for font metrics: CJK characters are 10 wide, everything narrower 5.</summary>
internal static class FixedWidthMeasure
{
    public const float Ideograph = 10f;
    public const float Narrow = 5f;

    public static float Measure(string text) =>
        text.EnumerateRunes().Sum(r => IsWide(r) ? Ideograph : Narrow);

    private static bool IsWide(Rune rune) => rune.Value >= 0x2E80 || rune.Value is '“' or '”' or '‘' or '’';
}
