namespace EnforcementPortal.Infrastructure.Persistence;

/// <summary>
/// A gap-free counter (case numbers per department-year, document numbers per department-year and kind).
/// It is incremented in the same transaction as the record that takes the number, so a rolled-back step leaves no gap.
/// </summary>
public sealed class NumberSequence
{
    public const int ScopeMaxLength = 64;

    public NumberSequence(string scope) => Scope = scope;

    public string Scope { get; private set; }

    public int LastValue { get; private set; }

    public int Next() => ++LastValue;
}
