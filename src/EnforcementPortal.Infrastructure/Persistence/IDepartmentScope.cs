using EnforcementPortal.Domain.Departments;

namespace EnforcementPortal.Infrastructure.Persistence;

/// <summary>
/// Which departments' records the current request may see. Applied as a global query filter on cases, so an
/// officer of one department can neither list, open nor post to another department's record: it is simply not found.
/// </summary>
public interface IDepartmentScope
{
    bool SeesAllDepartments { get; }

    /// <summary>The one department visible when <see cref="SeesAllDepartments"/> is false; null sees nothing.</summary>
    DepartmentCode? Department { get; }
}

/// <summary>Fixed scopes for work outside a web request (start-up seeding, tools, tests).</summary>
public sealed record FixedDepartmentScope(bool SeesAllDepartments, DepartmentCode? Department) : IDepartmentScope
{
    public static readonly FixedDepartmentScope Unrestricted = new(true, null);

    public static readonly FixedDepartmentScope Nothing = new(false, null);

    public static FixedDepartmentScope Only(DepartmentCode department) => new(false, department);
}
