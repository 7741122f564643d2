using System.Text;

namespace EnforcementPortal.Infrastructure.Seed;

/// <summary>The reference data shipped inside the assembly, so that a bare machine can import it without files.</summary>
public static class EmbeddedSeed
{
    public const string HolidaysResourceName = "EnforcementPortal.Infrastructure.Seed.holidays-cn.json";
    public const string PenaltyMattersResourceName = "EnforcementPortal.Infrastructure.Seed.penalty-matters-004.txt";
    public const string NationalPenaltyMattersResourceName = "EnforcementPortal.Infrastructure.Seed.penalty-matters-national.json";

    public static string ReadText(string resourceName)
    {
        using var stream = typeof(EmbeddedSeed).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded seed resource '{resourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
