namespace EnforcementPortal.Domain.Cases;

/// <summary>
/// The Chinese name of a step (<see cref="CaseAction"/> member), as officers say it and as the timeline, the diagrams and
/// the refusals print it. Declared on the member so that a new step is named where it is declared.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class StepNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
